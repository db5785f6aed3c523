package io

import (
	"upy/py"
)

func textSelf(args []py.Object) (*TextIO, error) {
	return self0[*TextIO](args, py.TextIOWrapperType)
}

func init() {
	tp := py.TextIOWrapperType
	defer py.InstallNew(tp)
	tp.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return &TextIO{}, nil
	}
	tp.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		x, err := textSelf(args)
		if err != nil {
			return nil, err
		}
		var buffer py.Object
		var encoding, errors, newline py.Object = py.None, py.None, py.None
		var lineBuffering, writeThrough bool
		if err := py.UnpackArgs(t, "TextIOWrapper", args[1:], kw, "buffer", &buffer, "encoding?", &encoding,
			"errors?", &errors, "newline?", &newline, "line_buffering?", &lineBuffering, "write_through?", &writeThrough); err != nil {
			return nil, err
		}
		return py.None, x.setup(t, buffer, encoding, errors, newline, lineBuffering, writeThrough)
	})
	m := func(name string, fn func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			x, err := textSelf(args)
			if err != nil {
				return nil, err
			}
			return fn(t, x, args[1:], kw)
		})
	}
	m("read", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "read", args, kw)
		if err != nil {
			return nil, err
		}
		s, err := x.readChars(t, n)
		if err != nil {
			return nil, err
		}
		return py.NewStr(s), nil
	})
	m("readline", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n := -1
		if err := py.UnpackArgs(t, "readline", args, kw, "size?", &n); err != nil {
			return nil, err
		}
		s, err := x.readLine(t, n)
		if err != nil {
			return nil, err
		}
		return py.NewStr(s), nil
	})
	m("readlines", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		hint, err := sizeArg(t, "readlines", args, kw)
		if err != nil {
			return nil, err
		}
		var lines []py.Object
		total := 0
		for {
			s, err := x.readLine(t, -1)
			if err != nil {
				return nil, err
			}
			if s == "" {
				break
			}
			l := py.NewStr(s)
			lines = append(lines, l)
			total += l.Len()
			if hint > 0 && total >= hint {
				break
			}
		}
		return py.NewList(lines...), nil
	})
	m("__iter__", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := x.check(t); err != nil {
			return nil, err
		}
		return x, nil
	})
	m("__next__", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, err := x.readLine(t, -1)
		if err != nil {
			return nil, err
		}
		if s == "" {
			return nil, py.NewException(py.StopIteration)
		}
		return py.NewStr(s), nil
	})
	m("write", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "TextIOWrapper.write() takes exactly one argument (%d given)", len(args))
		}
		s, ok := args[0].(*py.Str)
		if !ok {
			if inst, ok2 := args[0].(*py.Instance); ok2 {
				s, ok = inst.Base.(*py.Str)
			}
			if !ok {
				return nil, py.Errorf(py.TypeError, "write() argument must be str, not %s", argTypeName(args[0]))
			}
		}
		n, err := x.write(t, s)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	m("writelines", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("writelines", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if err := x.check(t); err != nil {
			return nil, err
		}
		err := py.Iterate(t, args[0], func(o py.Object) (bool, error) {
			s, ok := o.(*py.Str)
			if !ok {
				return false, py.Errorf(py.TypeError, "write() argument must be str, not %s", py.TypeName(o))
			}
			_, err := x.write(t, s)
			return err == nil, err
		})
		return py.None, err
	})
	m("seek", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		cookie, whence, err := seekArgs(t, args, kw)
		if err != nil {
			return nil, err
		}
		pos, err := x.seek(t, int64(cookie), whence)
		if err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	})
	m("tell", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		pos, err := x.tell(t)
		if err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	})
	m("truncate", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var size py.Object = py.None
		if err := py.UnpackArgs(t, "truncate", args, kw, "pos?", &size); err != nil {
			return nil, err
		}
		n, err := x.truncate(t, size)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	m("flush", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := x.check(t); err != nil {
			return nil, err
		}
		return py.None, x.buf.flush(t)
	})
	m("close", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, x.close(t)
	})
	m("__enter__", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := x.check(t); err != nil {
			return nil, err
		}
		return x, nil
	})
	m("__exit__", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, x.close(t)
	})
	m("detach", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := x.check(t); err != nil {
			return nil, err
		}
		if err := x.buf.flush(t); err != nil {
			return nil, err
		}
		b := x.bufObj
		*x = TextIO{detached: true}
		return b, nil
	})
	m("fileno", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if !x.init {
			return nil, x.check(t)
		}
		return x.buf.fileno(t)
	})
	bm := func(name string, fn func(x *TextIO, t *py.Thread) (bool, error)) {
		m(name, func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if !x.init {
				return nil, x.check(t)
			}
			b, err := fn(x, t)
			if err != nil {
				return nil, err
			}
			return py.NewBool(b), nil
		})
	}
	bm("isatty", func(x *TextIO, t *py.Thread) (bool, error) { return x.buf.isatty(t) })
	bm("readable", func(x *TextIO, t *py.Thread) (bool, error) { return x.buf.readable(t) })
	bm("writable", func(x *TextIO, t *py.Thread) (bool, error) { return x.buf.writable(t) })
	bm("seekable", func(x *TextIO, t *py.Thread) (bool, error) { return x.buf.seekable(t) })
	get := func(name string, fn func(t *py.Thread, x *TextIO) (py.Object, error)) {
		tp.AddGetSet(name, func(t *py.Thread, o py.Object) (py.Object, error) {
			x, err := textSelf([]py.Object{o})
			if err != nil {
				return nil, err
			}
			if !x.init {
				return nil, x.check(t)
			}
			return fn(t, x)
		}, nil)
	}
	tp.AddGetSet("buffer", func(t *py.Thread, o py.Object) (py.Object, error) {
		x, err := textSelf([]py.Object{o})
		if err != nil {
			return nil, err
		}
		if x.detached {
			return py.None, nil
		}
		if !x.init {
			return nil, x.check(t)
		}
		return x.bufObj, nil
	}, nil)
	get("closed", func(t *py.Thread, x *TextIO) (py.Object, error) {
		c, err := x.buf.isClosed(t)
		return py.NewBool(c), err
	})

	get("encoding", func(t *py.Thread, x *TextIO) (py.Object, error) { return py.NewStr(x.encoding), nil })
	get("errors", func(t *py.Thread, x *TextIO) (py.Object, error) { return py.NewStr(x.errors), nil })
	get("line_buffering", func(t *py.Thread, x *TextIO) (py.Object, error) { return py.NewBool(x.lineBuffering), nil })
	get("write_through", func(t *py.Thread, x *TextIO) (py.Object, error) { return py.NewBool(x.writeThrough), nil })
	get("newlines", func(t *py.Thread, x *TextIO) (py.Object, error) {
		if !x.readUniversal {
			return py.None, nil
		}
		return newlinesValue(x.seen), nil
	})
	get("name", func(t *py.Thread, x *TextIO) (py.Object, error) { return py.GetAttrString(t, x.bufObj, "name") })
	get("mode", func(t *py.Thread, x *TextIO) (py.Object, error) {
		if x.mode == nil {
			return nil, py.Errorf(py.AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'")
		}
		return x.mode, nil
	})
	m("__repr__", func(t *py.Thread, x *TextIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s := "<_io.TextIOWrapper"
		if x.init {
			if name, err := py.GetAttrString(t, x.bufObj, "name"); err == nil {
				n, err := reprName(t, name)
				if err != nil {
					return nil, err
				}
				s += n
			} else if e := py.AsException(err); !e.IsInstance(py.AttributeError) && !e.IsInstance(py.ValueError) {
				return nil, err
			}
			if x.mode != nil {
				r, err := py.Repr(t, x.mode)
				if err != nil {
					return nil, err
				}
				s += " mode=" + r
			}
			s += " encoding=" + py.StrRepr(x.encoding)
		}
		return py.NewStr(s + ">"), nil
	})
}
