// Package all links every builtin module into a program that imports it.
package all

import (
	_ "upy/lib"
	_ "upy/modules/asyncio"
	_ "upy/modules/cmath"
	_ "upy/modules/errno"
	_ "upy/modules/gc"
	_ "upy/modules/io"
	_ "upy/modules/json"
	_ "upy/modules/machine"
	_ "upy/modules/math"
	_ "upy/modules/micropython"
	_ "upy/modules/os"
	_ "upy/modules/select"
	_ "upy/modules/socket"
	_ "upy/modules/ssl"
	_ "upy/modules/struct"
	_ "upy/modules/thread"
	_ "upy/modules/time"
)
