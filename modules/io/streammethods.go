package io

import (
	"bytes"

	"upy/py"
)

// lineReader is implemented by streams with a fast readline.
type lineReader interface {
	readline(t *py.Thread, limit int) ([]byte, error)
}

// readLine reads one line (at most limit bytes when limit >= 0).
func readLine(t *py.Thread, s stream, limit int) ([]byte, error) {
	if lr, ok := s.(lineReader); ok {
		return lr.readline(t, limit)
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		b, _, err := s.read(t, 1)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b...)
		if b[len(b)-1] == '\n' {
			break
		}
	}
	return out, nil
}

// readLines implements readlines(hint).
func readLines(t *py.Thread, s stream, hint int) (py.Object, error) {
	var lines []py.Object
	total := 0
	for {
		line, err := readLine(t, s, -1)
		if err != nil {
			return nil, err
		}
		if len(line) == 0 {
			break
		}
		lines = append(lines, py.NewBytes(line))
		total += len(line)
		if hint > 0 && total >= hint {
			break
		}
	}
	return py.NewList(lines...), nil
}

// addStreamMethods installs the Python methods shared by the binary
// stream classes; self extracts the Go stream from the receiver.
func addStreamMethods(tp *py.Type, self func(args []py.Object) (stream, error)) {
	m := func(name string, fn func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			s, err := self(args)
			if err != nil {
				return nil, err
			}
			return fn(t, s, args[1:], kw)
		})
	}
	m("read", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "read", args, kw)
		if err != nil {
			return nil, err
		}
		b, blocked, err := s.read(t, n)
		if err != nil {
			return nil, err
		}
		if blocked {
			return py.None, nil
		}
		return py.NewBytes(b), nil
	})
	m("read1", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "read1", args, kw)
		if err != nil {
			return nil, err
		}
		b, err := s.read1(t, n)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b), nil
	})
	m("readline", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "readline", args, kw)
		if err != nil {
			return nil, err
		}
		b, err := readLine(t, s, n)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b), nil
	})
	m("readlines", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "readlines", args, kw)
		if err != nil {
			return nil, err
		}
		if c, err := s.isClosed(t); err != nil || c {
			if err == nil {
				err = closedFile()
			}
			return nil, err
		}
		return readLines(t, s, n)
	})
	m("__next__", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		b, err := readLine(t, s, -1)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			return nil, py.NewException(py.StopIteration)
		}
		return py.NewBytes(b), nil
	})
	m("__iter__", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if c, err := s.isClosed(t); err != nil || c {
			if err == nil {
				err = closedFile()
			}
			return nil, err
		}
		return s, nil
	})
	m("write", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("write", args, kw, 1, 1); err != nil {
			return nil, err
		}
		b, err := bytesLike(args[0])
		if err != nil {
			return nil, err
		}
		n, err := s.write(t, b)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return py.None, nil
		}
		return py.Int(n), nil
	})
	m("writelines", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("writelines", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if c, err := s.isClosed(t); err != nil || c {
			if err == nil {
				err = closedFile()
			}
			return nil, err
		}
		err := py.Iterate(t, args[0], func(x py.Object) (bool, error) {
			b, err := bytesLike(x)
			if err != nil {
				return false, err
			}
			_, err = s.write(t, b)
			return err == nil, err
		})
		return py.None, err
	})
	m("seek", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		off, whence, err := seekArgs(t, args, kw)
		if err != nil {
			return nil, err
		}
		pos, err := s.seek(t, int64(off), whence)
		if err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	})
	m("tell", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("tell", args, kw, 0, 0); err != nil {
			return nil, err
		}
		pos, err := s.tell(t)
		if err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	})
	m("truncate", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var size py.Object = py.None
		if err := py.UnpackArgs(t, "truncate", args, kw, "size?", &size); err != nil {
			return nil, err
		}
		n, err := s.truncate(t, size)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	m("flush", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, s.flush(t)
	})
	m("close", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, s.close(t)
	})
	m("__enter__", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if c, err := s.isClosed(t); err != nil || c {
			if err == nil {
				err = closedFile()
			}
			return nil, err
		}
		return s, nil
	})
	m("__exit__", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, s.close(t)
	})
	boolMethod := func(name string, fn func(s stream, t *py.Thread) (bool, error)) {
		m(name, func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			b, err := fn(s, t)
			if err != nil {
				return nil, err
			}
			return py.NewBool(b), nil
		})
	}
	boolMethod("readable", stream.readable)
	boolMethod("writable", stream.writable)
	boolMethod("seekable", stream.seekable)
	boolMethod("isatty", stream.isatty)
	m("fileno", func(t *py.Thread, s stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return s.fileno(t)
	})
	tp.AddGetSet("closed", func(t *py.Thread, o py.Object) (py.Object, error) {
		s, err := self([]py.Object{o})
		if err != nil {
			return nil, err
		}
		c, err := s.isClosed(t)
		if err != nil {
			return nil, err
		}
		return py.NewBool(c), nil
	}, nil)
}

// indexLF returns the index just past the first '\n' in b, or -1.
func indexLF(b []byte) int {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return -1
	}
	return i + 1
}

// seekArgs parses seek(offset, whence=0), shared by every stream class.
func seekArgs(t *py.Thread, args []py.Object, kw []py.Kwarg) (offset, whence int, err error) {
	if err = py.CheckArgs("seek", args, kw, 1, 2); err != nil {
		return
	}
	if offset, err = py.IndexInt(t, args[0]); err != nil {
		return
	}
	if len(args) > 1 {
		whence, err = py.IndexInt(t, args[1])
	}
	return
}
