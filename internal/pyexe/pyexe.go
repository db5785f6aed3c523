// Package pyexe finds the python3 interpreter that the benchmarks and
// interop tests compare upy with.
package pyexe

import (
	"os/exec"
	"strings"
)

// Resolve returns the interpreter binary that name runs. A name on PATH
// may be a launcher script (pyenv's shims take 0.1-0.4 s to start the
// real interpreter), which would be timed as if it were python3's
// start-up: asking the interpreter for sys.executable skips it. On any
// failure name is returned unchanged.
func Resolve(name string) string {
	out, err := exec.Command(name, "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return name
	}
	if exe := strings.TrimSpace(string(out)); exe != "" {
		return exe
	}
	return name
}
