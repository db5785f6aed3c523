// Package lib embeds the library modules written in Python and makes
// them importable (after the directories of sys.path, so a user's own
// module of the same name wins).
package lib

import (
	"embed"

	"upy/py"
)

//go:embed *.py all:collections all:concurrent all:importlib all:logging all:unittest all:urllib
var files embed.FS

func init() { py.RegisterLibFS(files) }
