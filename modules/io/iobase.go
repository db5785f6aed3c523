package io

import (
	"upy/py"
)

// The methods of the abstract classes io.IOBase, RawIOBase,
// BufferedIOBase and TextIOBase. They serve Python subclasses, so they
// work through the receiver's (possibly overridden) Python methods.

var strIOBaseClosed = py.Intern("__IOBase_closed")

// isClosed reads the receiver's closed attribute.
func objClosed(t *py.Thread, o py.Object) (bool, error) {
	c, err := py.GetAttrString(t, o, "closed")
	if err != nil {
		return false, err
	}
	return py.Truth(t, c)
}

func checkObjOpen(t *py.Thread, o py.Object) error {
	c, err := objClosed(t, o)
	if err != nil {
		return err
	}
	if c {
		return closedFile()
	}
	return nil
}

func unsupportedMethod(name string) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return nil, unsupported(name)
	}
}

// lineOf reads one line of o through its read method, a byte (or
// character) at a time.
func lineOf(t *py.Thread, o py.Object, limit int) (py.Object, error) {
	var out []byte
	text := false
	for limit < 0 || len(out) < limit {
		r, err := t.CallMethod(o, "read", py.Int(1))
		if err != nil {
			return nil, err
		}
		var chunk []byte
		switch v := r.(type) {
		case *py.Str:
			text = true
			chunk = []byte(v.S)
		default:
			b, ok := py.AsBytes(r)
			if !ok {
				if r == py.None {
					break
				}
				return nil, py.Errorf(py.OSError, "read() should have returned a bytes object, not '%s'", py.TypeName(r))
			}
			chunk = b
		}
		if len(chunk) == 0 {
			break
		}
		out = append(out, chunk...)
		if chunk[len(chunk)-1] == '\n' {
			break
		}
	}
	if text {
		return py.NewStr(string(out)), nil
	}
	return py.NewBytes(out), nil
}

func emptyLine(o py.Object) bool {
	switch v := o.(type) {
	case *py.Str:
		return v.S == ""
	case *py.Bytes:
		return len(v.B) == 0
	}
	n, ok := py.AsBytes(o)
	return ok && len(n) == 0
}

func initIOBase() {
	tp := py.IOBaseType
	tp.AddGetSet("closed", func(t *py.Thread, o py.Object) (py.Object, error) {
		if inst, ok := o.(*py.Instance); ok && inst.Dict != nil {
			if v := inst.Dict.GetStr(strIOBaseClosed); v != nil {
				return v, nil
			}
		}
		return py.False, nil
	}, nil)
	tp.AddMethod("close", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		c, err := objClosed(t, args[0])
		if err != nil || c {
			return py.None, err
		}
		_, ferr := t.CallMethod(args[0], "flush")
		if inst, ok := args[0].(*py.Instance); ok {
			if inst.Dict == nil {
				inst.Dict = py.NewDict()
			}
			inst.Dict.SetStr(strIOBaseClosed, py.True)
		}
		return py.None, ferr
	})
	tp.AddMethod("flush", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, checkObjOpen(t, args[0])
	})
	tp.AddMethod("__enter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return args[0], checkObjOpen(t, args[0])
	})
	tp.AddMethod("__exit__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		_, err := t.CallMethod(args[0], "close")
		return py.None, err
	})
	tp.AddMethod("__iter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return args[0], checkObjOpen(t, args[0])
	})
	tp.AddMethod("__next__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		line, err := t.CallMethod(args[0], "readline")
		if err != nil {
			return nil, err
		}
		if emptyLine(line) {
			return nil, py.NewException(py.StopIteration)
		}
		return line, nil
	})
	tp.AddMethod("readline", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "readline", args[1:], kw)
		if err != nil {
			return nil, err
		}
		return lineOf(t, args[0], n)
	})
	tp.AddMethod("readlines", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		hint, err := sizeArg(t, "readlines", args[1:], kw)
		if err != nil {
			return nil, err
		}
		var lines []py.Object
		total := 0
		for {
			line, err := t.CallMethod(args[0], "readline")
			if err != nil {
				return nil, err
			}
			if emptyLine(line) {
				break
			}
			lines = append(lines, line)
			n, err := py.Len(t, line)
			if err != nil {
				return nil, err
			}
			total += n
			if hint > 0 && total >= hint {
				break
			}
		}
		return py.NewList(lines...), nil
	})
	tp.AddMethod("writelines", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("writelines", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		if err := checkObjOpen(t, args[0]); err != nil {
			return nil, err
		}
		err := py.Iterate(t, args[1], func(x py.Object) (bool, error) {
			_, err := t.CallMethod(args[0], "write", x)
			return err == nil, err
		})
		return py.None, err
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.False, nil
		})
	}
	tp.AddMethod("isatty", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.False, checkObjOpen(t, args[0])
	})
	tp.AddMethod("fileno", unsupportedMethod("fileno"))
	tp.AddMethod("seek", unsupportedMethod("seek"))
	tp.AddMethod("truncate", unsupportedMethod("truncate"))
	tp.AddMethod("tell", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return t.CallMethod(args[0], "seek", py.Int(0), py.Int(1))
	})

	raw := py.RawIOBaseType
	raw.AddMethod("read", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "read", args[1:], kw)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return t.CallMethod(args[0], "readall")
		}
		b := &py.ByteArray{B: make([]byte, n)}
		r, err := t.CallMethod(args[0], "readinto", b)
		if err != nil || r == py.None {
			return r, err
		}
		k, err := py.IndexInt(t, r)
		if err != nil {
			return nil, err
		}
		if k < 0 || k > n {
			return nil, py.Errorf(py.ValueError, "readinto returned %d outside buffer size %d", k, n)
		}
		return py.NewBytes(b.B[:k]), nil
	})
	raw.AddMethod("readall", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var out []byte
		got := false
		for {
			r, err := t.CallMethod(args[0], "read", py.Int(DefaultBufferSize))
			if err != nil {
				return nil, err
			}
			if r == py.None {
				if !got {
					return py.None, nil
				}
				break
			}
			b, ok := py.AsBytes(r)
			if !ok {
				return nil, py.Errorf(py.TypeError, "read() should return bytes")
			}
			if len(b) == 0 {
				break
			}
			got = true
			out = append(out, b...)
		}
		return py.NewBytes(out), nil
	})
	raw.AddMethod("readinto", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return nil, py.NewException(py.NotImplementedError)
	})
	raw.AddMethod("write", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return nil, py.NewException(py.NotImplementedError)
	})

	bio := py.BufferedIOBaseType
	for _, name := range []string{"read", "read1", "write", "detach"} {
		bio.AddMethod(name, unsupportedMethod(name))
	}
	readinto := func(name, via string) {
		bio.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs(name, args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			buf, ok := py.WritableBytes(args[1])
			if !ok {
				return nil, py.Errorf(py.TypeError, "%s() argument must be read-write bytes-like object, not %s", name, py.TypeName(args[1]))
			}
			r, err := t.CallMethod(args[0], via, py.Int(len(buf)))
			if err != nil {
				return nil, err
			}
			data, err := bytesLike(r)
			if err != nil {
				return nil, err
			}
			return py.Int(copy(buf, data)), nil
		})
	}
	readinto("readinto", "read")
	readinto("readinto1", "read1")

	tio := py.TextIOBaseType
	for _, name := range []string{"read", "readline", "write", "detach"} {
		tio.AddMethod(name, unsupportedMethod(name))
	}
	for _, name := range []string{"encoding", "newlines", "errors"} {
		tio.AddGetSet(name, func(t *py.Thread, o py.Object) (py.Object, error) { return py.None, nil }, nil)
	}
}
