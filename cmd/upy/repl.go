package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"golang.org/x/term"

	"upy/py"
	"upy/syntax"
)

// repl runs the interactive prompt until Ctrl-D (or exit()). It returns
// the process exit status.
func repl(t *py.Thread) int {
	ip := t.Interp
	fmt.Fprintf(os.Stdout, "upy %s (MicroPython %d.%d.%d compatible, Python %d.%d) on %s\nType \"help()\" for more information. Ctrl-D to exit.\n",
		py.Version, py.MicroPythonVersion[0], py.MicroPythonVersion[1], py.MicroPythonVersion[2],
		py.PythonVersion[0], py.PythonVersion[1], runtime.GOOS)
	lr, err := newLineReader()
	if err != nil {
		fmt.Fprintf(os.Stderr, "upy: %v\n", err)
		return 1
	}
	defer lr.close()
	for {
		src, err := readEntry(t, lr)
		if err == io.EOF {
			fmt.Fprintln(os.Stdout)
			return 0
		}
		if err == errInterrupted {
			fmt.Fprintln(os.Stdout, "\nKeyboardInterrupt")
			continue
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "upy: %v\n", err)
			return 1
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		ip.Interrupt.Store(0)
		code, cerr := py.CompileSource("<stdin>", []byte(src), syntax.ModeSingle, ip.OptLevel)
		if cerr == nil {
			_, cerr = t.RunCode(code, ip.Main.Dict, ip.Main.Dict)
		}
		if cerr != nil {
			e := py.AsException(cerr)
			if e.IsInstance(py.SystemExit) {
				return t.ExitStatus(e)
			}
			py.PrintTraceback(t, e, ip.Sys.Get("stderr"))
		}
		ip.Flush()
	}
}

var errInterrupted = errors.New("interrupted")

// readEntry reads one complete statement, asking for continuation lines
// while the parser reports the input as incomplete.
func readEntry(t *py.Thread, lr *lineReader) (string, error) {
	ps1, ps2 := ">>> ", "... "
	if s, ok := t.Interp.Sys.Get("ps1").(*py.Str); ok {
		ps1 = s.S
	}
	if s, ok := t.Interp.Sys.Get("ps2").(*py.Str); ok {
		ps2 = s.S
	}
	t.Interp.Flush()
	line, err := lr.readLine(ps1)
	if err != nil {
		return "", err
	}
	src := line
	for {
		_, _, perr := syntax.Parse("<stdin>", []byte(src+"\n"), syntax.ModeSingle)
		var se *syntax.Error
		if perr == nil || !errors.As(perr, &se) || !se.Incomplete {
			// A compound statement continues until an empty line.
			if perr == nil && isBlockStart(src) {
				// fall through to read more
			} else {
				return src + "\n", nil
			}
		}
		more, err := lr.readLine(ps2)
		if err == io.EOF {
			return src + "\n", nil
		}
		if err != nil {
			return "", err
		}
		if more == "" && perr == nil {
			return src + "\n", nil
		}
		src += "\n" + more
	}
}

// isBlockStart reports whether the entry so far opens an indented block
// (its first line ends with ':'), which the REPL ends with a blank line.
func isBlockStart(src string) bool {
	first := strings.SplitN(src, "\n", 2)[0]
	s := strings.TrimSpace(first)
	if i := strings.Index(s, "#"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return strings.HasSuffix(s, ":") || strings.Contains(src, "\n")
}

// lineReader reads lines with editing and history on a terminal.
type lineReader struct {
	term  *term.Terminal
	state *term.State
	fd    int
	in    *ctrlCReader
}

// ctrlCReader notes a Ctrl-C byte, which term.Terminal reports as EOF.
type ctrlCReader struct {
	r   io.Reader
	hit bool
}

func (c *ctrlCReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for _, b := range p[:n] {
		if b == 3 {
			c.hit = true
		}
	}
	return n, err
}

func newLineReader() (*lineReader, error) {
	fd := int(os.Stdin.Fd())
	lr := &lineReader{fd: fd}
	lr.in = &ctrlCReader{r: os.Stdin}
	lr.term = term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{lr.in, os.Stdout}, "")
	return lr, nil
}

func (lr *lineReader) readLine(prompt string) (string, error) {
	state, err := term.MakeRaw(lr.fd)
	if err != nil {
		return "", err
	}
	defer term.Restore(lr.fd, state)
	if w, h, err := term.GetSize(lr.fd); err == nil {
		lr.term.SetSize(w, h)
	}
	lr.term.SetPrompt(prompt)
	lr.in.hit = false
	line, err := lr.term.ReadLine()
	if err == io.EOF && lr.in.hit {
		return "", errInterrupted
	}
	if err == term.ErrPasteIndicator {
		err = nil
	}
	if err == io.EOF && line != "" {
		err = nil
	}
	return line, err
}

func (lr *lineReader) close() {}
