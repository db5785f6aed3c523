package structmod

import "upy/py"

// Struct is struct.Struct: a compiled format.
type Struct struct {
	l      *layout
	format py.Object // the format as given (str or bytes)
}

// StructType is struct.Struct (named _struct.Struct as in CPython).
var StructType = py.NewBuiltinType("Struct", py.ObjectType, nil)

func (*Struct) Type() *py.Type { return StructType }

// unpackIter is the iterator of iter_unpack.
type unpackIter struct {
	l   *layout
	b   []byte
	pos int
}

var unpackIterType = py.NewBuiltinType("unpack_iterator", py.ObjectType, nil)

func (*unpackIter) Type() *py.Type { return unpackIterType }

func (it *unpackIter) Next(t *py.Thread) (py.Object, error) {
	if it.pos+it.l.size > len(it.b) {
		return nil, nil
	}
	r := it.l.unpack(t, it.b[it.pos:it.pos+it.l.size])
	it.pos += it.l.size
	return r, nil
}

func init() {
	StructType.Module = "_struct"
	unpackIterType.Module = "_struct"
	py.RegisterModule("struct", func(t *py.Thread) (*py.Module, error) { return Module(), nil })
	StructType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var f py.Object
		if err := py.UnpackArgs(t, "Struct", args, kw, "format", &f); err != nil {
			return nil, err
		}
		s, err := newStruct(f)
		if err != nil {
			return nil, err
		}
		if cls != StructType {
			return &py.Instance{Cls: cls, Base: s}, nil
		}
		return s, nil
	}
	StructType.Doc = "Struct(format)\n--\n\nCreate a compiled struct object."
	self := func(o py.Object) *Struct {
		switch v := o.(type) {
		case *Struct:
			return v
		case *py.Instance:
			if s, ok := v.Base.(*Struct); ok {
				return s
			}
		}
		return nil
	}
	method := func(name string, fn func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		StructType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			s := self(args[0])
			if s == nil {
				return nil, py.Errorf(py.TypeError, "descriptor '%s' requires a '_struct.Struct' object but received '%s'", name, py.TypeName(args[0]))
			}
			return fn(t, s.l, args[1:], kw)
		})
	}
	method("pack", func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs("Struct.pack", kw); err != nil {
			return nil, err
		}
		return pack(t, l, args)
	})
	method("pack_into", func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs("Struct.pack_into", kw); err != nil {
			return nil, err
		}
		return packInto(t, l, args)
	})
	method("unpack", func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("Struct.unpack", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return unpack(t, l, args[0])
	})
	method("unpack_from", func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var buf py.Object
		off := 0
		if err := py.UnpackClinicArgs(t, "unpack_from", args, kw, "buffer", &buf, "offset?", &off); err != nil {
			return nil, err
		}
		return unpackFrom(t, l, buf, off)
	})
	method("iter_unpack", func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("Struct.iter_unpack", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return iterUnpack(t, l, args[0])
	})
	StructType.AddGetSet("format", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewStr(self(o).l.format), nil
	}, nil)
	StructType.AddGetSet("size", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.Int(self(o).l.size), nil
	}, nil)
	unpackIterType.AddMethod("__length_hint__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		it := args[0].(*unpackIter)
		return py.Int((len(it.b) - it.pos) / it.l.size), nil
	})
	py.InstallNew(StructType)
}

func newStruct(f py.Object) (*Struct, error) {
	s, err := formatArg(f)
	if err != nil {
		return nil, err
	}
	l, err := compile(s)
	if err != nil {
		return nil, err
	}
	return &Struct{l: l, format: f}, nil
}

func pack(t *py.Thread, l *layout, args []py.Object) (py.Object, error) {
	if len(args) != l.nargs {
		return nil, structErr("pack expected %d items for packing (got %d)", l.nargs, len(args))
	}
	res, out := newBytes(l.size)
	if err := l.pack(t, out, args); err != nil {
		return nil, err
	}
	return res, nil
}

func packInto(t *py.Thread, l *layout, args []py.Object) (py.Object, error) {
	if len(args) < 1 {
		return nil, structErr("pack_into expected buffer argument")
	}
	if len(args) < 2 {
		return nil, structErr("pack_into expected offset argument")
	}
	if len(args)-2 != l.nargs {
		return nil, structErr("pack_into expected %d items for packing (got %d)", l.nargs, len(args)-2)
	}
	buf, ok := py.WritableBytes(args[0])
	if !ok {
		return nil, py.Errorf(py.TypeError, "argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
	}
	off, err := py.IndexInt(t, args[1])
	if err != nil {
		return nil, err
	}
	if off < 0 {
		if off+l.size > 0 {
			return nil, structErr("no space to pack %d bytes at offset %d", l.size, off)
		}
		if off+len(buf) < 0 {
			return nil, structErr("offset %d out of range for %d-byte buffer", off, len(buf))
		}
		off += len(buf)
	}
	if len(buf)-off < l.size {
		return nil, structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
			l.size+off, l.size, off, len(buf))
	}
	// Pack into a scratch buffer first so that a failure leaves buf unchanged.
	var small [64]byte
	var tmp []byte
	if l.size <= len(small) {
		tmp = small[:l.size]
	} else {
		tmp = make([]byte, l.size)
	}
	if err := l.pack(t, tmp, args[2:]); err != nil {
		return nil, err
	}
	copy(buf[off:], tmp)
	return py.None, nil
}

func bufferArg(o py.Object) ([]byte, error) {
	b, ok := py.AsBytes(o)
	if !ok {
		return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(o))
	}
	return b, nil
}

func unpack(t *py.Thread, l *layout, o py.Object) (py.Object, error) {
	b, err := bufferArg(o)
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, structErr("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(t, b), nil
}

func unpackFrom(t *py.Thread, l *layout, o py.Object, off int) (py.Object, error) {
	b, err := bufferArg(o)
	if err != nil {
		return nil, err
	}
	if off < 0 {
		if off+len(b) < 0 {
			return nil, structErr("offset %d out of range for %d-byte buffer", off, len(b))
		}
		if off+l.size > 0 {
			return nil, structErr("not enough data to unpack %d bytes at offset %d", l.size, off)
		}
		off += len(b)
	}
	if len(b)-off < l.size {
		return nil, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
			l.size+off, l.size, off, len(b))
	}
	return l.unpack(t, b[off:off+l.size]), nil
}

func iterUnpack(_ *py.Thread, l *layout, o py.Object) (py.Object, error) {
	b, err := bufferArg(o)
	if err != nil {
		return nil, err
	}
	if l.size == 0 {
		return nil, structErr("cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%l.size != 0 {
		return nil, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	return &unpackIter{l: l, b: b}, nil
}

// Module builds the struct module.
func Module() *py.Module {
	m := py.NewModule("struct")
	m.Set("error", Error)
	m.Set("Struct", StructType)
	// withFormat compiles args[0] for the module-level functions.
	withFormat := func(name string, fn func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if len(args) == 0 {
				if name == "unpack_from" {
					return nil, py.Errorf(py.TypeError, "unpack_from() missing required argument 'format' (pos 1)")
				}
				if name == "pack" || name == "pack_into" {
					return nil, py.Errorf(py.TypeError, "missing format argument")
				}
				return nil, py.Errorf(py.TypeError, "%s expected 2 arguments, got 0", name)
			}
			l, err := layoutOf(args[0])
			if err != nil {
				return nil, err
			}
			return fn(t, l, args[1:], kw)
		})
	}
	withFormat("pack", func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs("_struct.pack", kw); err != nil {
			return nil, err
		}
		return pack(t, l, args)
	})
	withFormat("pack_into", func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs("_struct.pack_into", kw); err != nil {
			return nil, err
		}
		return packInto(t, l, args)
	})
	two := func(name string, fn func(t *py.Thread, l *layout, o py.Object) (py.Object, error)) {
		qualified := "_struct." + name // built once, not on every call
		withFormat(name, func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.NoKwargs(qualified, kw); err != nil {
				return nil, err
			}
			if len(args) != 1 {
				return nil, py.Errorf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args)+1)
			}
			return fn(t, l, args[0])
		})
	}
	two("unpack", unpack)
	two("iter_unpack", iterUnpack)
	withFormat("unpack_from", func(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var buf py.Object
		off := 0
		if err := py.UnpackClinicArgs(t, "unpack_from", args, kw, "buffer", &buf, "offset?", &off); err != nil {
			if e := py.AsException(err); e != nil && len(args) == 0 && len(kw) == 0 {
				return nil, py.Errorf(py.TypeError, "unpack_from() missing required argument 'buffer' (pos 2)")
			}
			return nil, err
		}
		return unpackFrom(t, l, buf, off)
	})
	m.SetFunc("calcsize", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "_struct.calcsize() takes exactly one argument (%d given)", len(args))
		}
		l, err := layoutOf(args[0])
		if err != nil {
			return nil, err
		}
		return py.Int(l.size), nil
	})
	return m
}
