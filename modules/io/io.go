// Package io is the io module: open() and the file classes (FileIO,
// BufferedReader/Writer/Random, TextIOWrapper), StringIO and BytesIO,
// and the abstract bases user streams derive from.
package io

import (
	"upy/py"
)

// openMode is the parsed mode of open().
func parseOpenMode(mode string) (fileMode, error) {
	var m fileMode
	seen := map[rune]bool{}
	for _, c := range mode {
		switch c {
		case 'r':
			m.reading = true
		case 'w':
			m.writing = true
		case 'a':
			m.appending = true
		case 'x':
			m.creating = true
		case '+':
			m.plus = true
		case 't':
			m.text = true
		case 'b':
			m.binary = true
		default:
			return m, py.Errorf(py.ValueError, "invalid mode: '%s'", mode)
		}
		if seen[c] {
			return m, py.Errorf(py.ValueError, "invalid mode: '%s'", mode)
		}
		seen[c] = true
	}
	if m.text && m.binary {
		return m, py.Errorf(py.ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.reading, m.writing, m.appending, m.creating} {
		if b {
			n++
		}
	}
	if n > 1 {
		return m, py.Errorf(py.ValueError, "must have exactly one of create/read/write/append mode")
	}
	return m, nil
}

func strOrNone(fname, pname string, o py.Object) error {
	if o == py.None {
		return nil
	}
	if _, ok := o.(*py.Str); !ok {
		return py.Errorf(py.TypeError, "%s() argument '%s' must be str or None, not %s", fname, pname, py.TypeName(o))
	}
	return nil
}

// Open implements open() (builtins.open and io.open).
func Open(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var file py.Object
	var modeObj py.Object = py.NewStr("r")
	buffering := -1
	var encoding, errors, newline, opener py.Object = py.None, py.None, py.None, py.None
	closefd := true
	for _, k := range kw {
		switch k.Name {
		case "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener":
		default:
			return nil, py.InvalidKeyword("open", k.Name)
		}
	}
	if err := py.UnpackArgs(t, "open", args, kw, "file", &file, "mode?", &modeObj, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errors, "newline?", &newline, "closefd?", &closefd, "opener?", &opener); err != nil {
		return nil, err
	}
	ms, ok := modeObj.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "open() argument 'mode' must be str, not %s", py.TypeName(modeObj))
	}
	if err := strOrNone("open", "encoding", encoding); err != nil {
		return nil, err
	}
	if err := strOrNone("open", "errors", errors); err != nil {
		return nil, err
	}
	if err := strOrNone("open", "newline", newline); err != nil {
		return nil, err
	}
	if _, isFd := fdArg(file); !isFd {
		if _, _, err := FSPath(t, file); err != nil {
			return nil, err
		}
	}
	m, err := parseOpenMode(ms.S)
	if err != nil {
		return nil, err
	}
	if m.binary {
		switch {
		case encoding != py.None:
			return nil, py.Errorf(py.ValueError, "binary mode doesn't take an encoding argument")
		case errors != py.None:
			return nil, py.Errorf(py.ValueError, "binary mode doesn't take an errors argument")
		case newline != py.None:
			return nil, py.Errorf(py.ValueError, "binary mode doesn't take a newline argument")
		}
	}
	rawMode := ""
	switch {
	case m.creating:
		rawMode = "x"
	case m.reading:
		rawMode = "r"
	case m.writing:
		rawMode = "w"
	case m.appending:
		rawMode = "a"
	}
	if m.plus {
		rawMode += "+"
	}
	raw, err := openFileIO(t, file, rawMode, closefd, opener)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (py.Object, error) {
		raw.close(t)
		return nil, err
	}
	lineBuffering := false
	if buffering == 1 || buffering < 0 && isTerminal(raw.fd) {
		buffering = -1
		lineBuffering = true
	}
	if buffering < 0 {
		buffering = DefaultBufferSize
	}
	if buffering == 0 {
		if m.binary {
			return raw, nil
		}
		return fail(py.Errorf(py.ValueError, "can't have unbuffered text I/O"))
	}
	kind := bufReader
	switch {
	case m.plus:
		kind = bufRandom
	case !m.reading:
		kind = bufWriter
	}
	buf := newBuffered(kind, raw, buffering)
	if m.binary {
		return buf, nil
	}
	x := &TextIO{}
	if err := x.setup(t, buf, encoding, errors, newline, lineBuffering, false); err != nil {
		return fail(err)
	}
	x.mode = ms
	return x, nil
}

func init() {
	py.OpenHook = Open
	initIOBase()
	py.RegisterModule("io", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("io")
		if open := t.Interp.Builtins.Get("open"); open != nil {
			m.Set("open", open)
		} else {
			m.SetFunc("open", Open)
		}
		for _, tp := range []*py.Type{py.IOBaseType, py.RawIOBaseType, py.BufferedIOBaseType, py.TextIOBaseType,
			FileIOType, py.BufferedReaderType, py.BufferedWriterType, BufferedRandomType,
			py.TextIOWrapperType, BytesIOType, StringIOType} {
			m.Set(tp.Name, tp)
		}
		m.Set("UnsupportedOperation", py.UnsupportedOperation())
		m.Set("DEFAULT_BUFFER_SIZE", py.Int(DefaultBufferSize))
		m.Set("SEEK_SET", py.Int(0))
		m.Set("SEEK_CUR", py.Int(1))
		m.Set("SEEK_END", py.Int(2))
		m.SetFunc("text_encoding", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("text_encoding", args, kw, 1, 2); err != nil {
				return nil, err
			}
			if args[0] == py.None {
				return py.NewStr("locale"), nil
			}
			return args[0], nil
		})
		return m, nil
	})
}
