package structmod

import (
	"sync"
	"sync/atomic"

	"upy/py"
)

// Struct is struct.Struct: a compiled format.
type Struct struct {
	l *layout
}

// StructType is struct.Struct.
var StructType = func() *py.Type {
	t := py.NewBuiltinType("Struct", py.ObjectType, newStruct)
	t.Module = "_struct"
	return t
}()

func (*Struct) Type() *py.Type { return StructType }

// cache of parsed formats, as CPython keeps one (read without locking).
var (
	cache     sync.Map // string → *layout
	cacheSize atomic.Int32
)

// formatArg gets the layout of a format given as str or bytes.
func formatArg(o py.Object) (*layout, error) {
	var f string
	switch v := o.(type) {
	case *py.Str:
		f = v.S
	case *py.Bytes:
		f = string(v.B)
	case *Struct:
		return v.l, nil
	default:
		return nil, py.Errorf(py.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", py.TypeName(o))
	}
	if l, ok := cache.Load(f); ok {
		return l.(*layout), nil
	}
	l, msg := parse(f)
	if msg != "" {
		return nil, structError(msg)
	}
	if cacheSize.Add(1) > 100 {
		cache.Clear()
		cacheSize.Store(0)
	}
	cache.Store(f, l)
	return l, nil
}

func newStruct(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var f py.Object
	if err := py.UnpackArgs(t, "Struct", args, kw, "format", &f); err != nil {
		return nil, err
	}
	l, err := formatArg(f)
	if err != nil {
		return nil, err
	}
	return &Struct{l: l}, nil
}

// buffer returns the bytes of a bytes-like argument.
func buffer(o py.Object) ([]byte, error) {
	if b, ok := py.AsBytes(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

func doPack(t *py.Thread, l *layout, values []py.Object) (py.Object, error) {
	buf := make([]byte, l.size)
	if err := l.pack(t, buf, values); err != nil {
		return nil, err
	}
	return py.NewBytes(buf), nil
}

func doUnpack(l *layout, o py.Object) (py.Object, error) {
	b, err := buffer(o)
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, structError("unpack requires a buffer of " + itoa(l.size) + " bytes")
	}
	return py.NewTuple(l.unpack(b)...), nil
}

func doUnpackFrom(t *py.Thread, l *layout, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var bufObj py.Object
	offset := 0
	if err := py.UnpackArgs(t, "unpack_from", args, kw, "buffer", &bufObj, "offset?", &offset); err != nil {
		return nil, err
	}
	b, err := buffer(bufObj)
	if err != nil {
		return nil, err
	}
	if offset < 0 {
		if offset+len(b) < 0 {
			return nil, structError("offset " + itoa(offset) + " out of range for " + itoa(len(b)) + "-byte buffer")
		}
		offset += len(b)
	}
	if len(b)-offset < l.size {
		if offset > len(b) {
			return nil, structError("offset " + itoa(offset) + " out of range for " + itoa(len(b)) + "-byte buffer")
		}
		return nil, structError("unpack_from requires a buffer of at least " + itoa(l.size+offset) + " bytes for unpacking " + itoa(l.size) + " bytes at offset " + itoa(offset) + " (actual buffer size is " + itoa(len(b)) + ")")
	}
	return py.NewTuple(l.unpack(b[offset : offset+l.size])...), nil
}

func doPackInto(t *py.Thread, l *layout, args []py.Object) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.Errorf(py.TypeError, "pack_into expected buffer argument")
	}
	dst, ok := py.WritableBytes(args[0])
	if !ok {
		return nil, py.Errorf(py.TypeError, "argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
	}
	offset, err := py.IndexInt(t, args[1])
	if err != nil {
		return nil, err
	}
	if offset < 0 {
		if offset+len(dst) < 0 {
			return nil, structError("offset " + itoa(offset) + " out of range for " + itoa(len(dst)) + "-byte buffer")
		}
		offset += len(dst)
	}
	if len(dst)-offset < l.size {
		if offset > len(dst) {
			return nil, structError("offset " + itoa(offset) + " out of range for " + itoa(len(dst)) + "-byte buffer")
		}
		return nil, structError("pack_into requires a buffer of at least " + itoa(l.size+offset) + " bytes for packing " + itoa(l.size) + " bytes at offset " + itoa(offset) + " (actual buffer size is " + itoa(len(dst)) + ")")
	}
	buf := make([]byte, l.size)
	if err := l.pack(t, buf, args[2:]); err != nil {
		return nil, err
	}
	copy(dst[offset:], buf)
	return py.None, nil
}

func doIterUnpack(l *layout, o py.Object) (py.Object, error) {
	b, err := buffer(o)
	if err != nil {
		return nil, err
	}
	if l.size == 0 {
		return nil, structError("cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%l.size != 0 {
		return nil, structError("iterative unpacking requires a buffer of a multiple of " + itoa(l.size) + " bytes")
	}
	var items []py.Object
	for i := 0; i < len(b); i += l.size {
		items = append(items, py.NewTuple(l.unpack(b[i:i+l.size])...))
	}
	return py.Iter(nil, py.NewList(items...))
}

func init() {
	sm := func(name string, fn func(t *py.Thread, s *Struct, a []py.Object, kw []py.Kwarg) (py.Object, error)) {
		StructType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return fn(t, args[0].(*Struct), args[1:], kw)
		})
	}
	sm("pack", func(t *py.Thread, s *Struct, a []py.Object, kw []py.Kwarg) (py.Object, error) {
		return doPack(t, s.l, a)
	})
	sm("unpack", func(t *py.Thread, s *Struct, a []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("unpack", a, kw, 1, 1); err != nil {
			return nil, err
		}
		return doUnpack(s.l, a[0])
	})
	sm("unpack_from", func(t *py.Thread, s *Struct, a []py.Object, kw []py.Kwarg) (py.Object, error) {
		return doUnpackFrom(t, s.l, a, kw)
	})
	sm("pack_into", func(t *py.Thread, s *Struct, a []py.Object, kw []py.Kwarg) (py.Object, error) {
		return doPackInto(t, s.l, a)
	})
	sm("iter_unpack", func(t *py.Thread, s *Struct, a []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("iter_unpack", a, kw, 1, 1); err != nil {
			return nil, err
		}
		return doIterUnpack(s.l, a[0])
	})
	StructType.AddGetSet("format", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*Struct).l.format), nil
	}, nil)
	StructType.AddGetSet("size", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.Int(self.(*Struct).l.size), nil
	}, nil)
	py.InstallNew(StructType)

	py.RegisterModule("struct", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("struct")
		m.Set("error", Error)
		m.Set("Struct", StructType)
		withFormat := func(name string, min int, fn func(t *py.Thread, l *layout, a []py.Object, kw []py.Kwarg) (py.Object, error)) {
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				if len(args) < min {
					return nil, py.Errorf(py.TypeError, "%s expected %d arguments, got %d", name, min, len(args))
				}
				l, err := formatArg(args[0])
				if err != nil {
					return nil, err
				}
				return fn(t, l, args[1:], kw)
			})
		}
		withFormat("pack", 1, func(t *py.Thread, l *layout, a []py.Object, kw []py.Kwarg) (py.Object, error) {
			return doPack(t, l, a)
		})
		withFormat("unpack", 2, func(t *py.Thread, l *layout, a []py.Object, kw []py.Kwarg) (py.Object, error) {
			return doUnpack(l, a[0])
		})
		withFormat("unpack_from", 1, func(t *py.Thread, l *layout, a []py.Object, kw []py.Kwarg) (py.Object, error) {
			return doUnpackFrom(t, l, a, kw)
		})
		withFormat("pack_into", 1, func(t *py.Thread, l *layout, a []py.Object, kw []py.Kwarg) (py.Object, error) {
			return doPackInto(t, l, a)
		})
		withFormat("iter_unpack", 2, func(t *py.Thread, l *layout, a []py.Object, kw []py.Kwarg) (py.Object, error) {
			return doIterUnpack(l, a[0])
		})
		withFormat("calcsize", 1, func(t *py.Thread, l *layout, a []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Int(l.size), nil
		})
		return m, nil
	})
}
