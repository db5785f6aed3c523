package py

// More methods of the standard streams: the rest of the TextIOWrapper
// and Buffered* API that makes sense on a terminal or pipe.

func addBinaryMethod(name string, fn Native) {
	BinaryStreamType.AddMethod(name, fn)
	BinaryReaderStreamType.AddMethod(name, fn)
}

func illegalSeek(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	return nil, NewOSError(29, nil) // ESPIPE: Illegal seek
}

func initStdioExtras() {
	text := func(o Object) *TextStream {
		switch v := o.(type) {
		case *TextStream:
			return v
		case *BinaryStream:
			return v.text
		}
		return nil
	}
	self := func(t *Thread, args []Object, kw []Kwarg) (*TextStream, error) {
		s := text(args[0])
		if s == nil {
			return nil, Errorf(TypeError, "expected a standard stream, not %s", TypeName(args[0]))
		}
		return s, nil
	}
	for _, tp := range []*Type{TextStreamType, BinaryStreamType, BinaryReaderStreamType} {
		tp.AddMethod("seekable", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if _, err := self(t, args, kw); err != nil {
				return nil, err
			}
			return False, nil
		})
		tp.AddMethod("tell", illegalSeek)
		tp.AddMethod("seek", illegalSeek)
		tp.AddMethod("truncate", illegalSeek)
		tp.AddMethod("__enter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil })
		tp.AddMethod("__exit__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			return None, nil
		})
		tp.AddMethod("isatty", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s, err := self(t, args, kw)
			if err != nil {
				return nil, err
			}
			return NewBool(s.tty), nil
		})
		tp.AddMethod("fileno", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s, err := self(t, args, kw)
			if err != nil {
				return nil, err
			}
			return Int(s.fd), nil
		})
		tp.AddMethod("readable", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s, err := self(t, args, kw)
			if err != nil {
				return nil, err
			}
			return NewBool(s.r != nil), nil
		})
		tp.AddMethod("writable", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s, err := self(t, args, kw)
			if err != nil {
				return nil, err
			}
			return NewBool(s.w != nil), nil
		})
		tp.AddMethod("writelines", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("writelines", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			err := Iterate(t, args[1], func(x Object) (bool, error) {
				_, err := t.CallMethod(args[0], "write", x)
				return err == nil, err
			})
			return None, err
		})
		tp.AddGetSet("closed", func(t *Thread, o Object) (Object, error) {
			if s := text(o); s != nil {
				return NewBool(s.closed), nil
			}
			return False, nil
		}, nil)
		tp.AddGetSet("mode", func(t *Thread, o Object) (Object, error) {
			s := text(o)
			mode := "r"
			if s != nil && s.w != nil {
				mode = "w"
			}
			if _, bin := o.(*BinaryStream); bin {
				mode += "b"
			}
			return NewStr(mode), nil
		}, nil)
	}
	TextStreamType.AddGetSet("line_buffering", func(t *Thread, o Object) (Object, error) {
		s := text(o)
		return NewBool(s != nil && s.tty), nil
	}, nil)
	TextStreamType.AddGetSet("newlines", func(t *Thread, o Object) (Object, error) { return None, nil }, nil)
	for _, tp := range []*Type{BinaryStreamType, BinaryReaderStreamType} {
		tp.AddGetSet("name", func(t *Thread, o Object) (Object, error) {
			if s := text(o); s != nil {
				return Int(s.fd), nil
			}
			return None, nil
		}, nil)
		tp.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s := text(args[0])
			name := "BufferedWriter"
			if s != nil && s.r != nil {
				name = "BufferedReader"
			}
			return NewStr("<_io." + name + " name='" + s.Name + "'>"), nil
		})
	}
}
