package py

import "strings"

// MemoryView is Python's memoryview: a one-dimensional view of the
// memory of a buffer exporter (bytes, bytearray, array.array). Views of
// views and slices share the exporter's memory; writes through a view of
// a writable exporter change it.
type MemoryView struct {
	obj      Object   // memoryview.obj: the exporting object
	src      Object   // the exporter whose memory is read (never a memoryview)
	exports  *Exports // the exporter's view list (nil for bytes)
	start    int      // byte offset of item 0
	n        int      // number of items
	stride   int      // bytes from one item to the next (negative when reversed)
	itemsize int
	format   string
	readonly bool
	released bool
}

func (*MemoryView) Type() *Type { return MemoryViewType }

// NewMemoryView returns memoryview(o).
func NewMemoryView(o Object) (*MemoryView, error) {
	if mv, ok := o.(*MemoryView); ok {
		if err := mv.check(); err != nil {
			return nil, err
		}
		c := *mv
		c.register()
		return &c, nil
	}
	src := o
	if inst, ok := o.(*Instance); ok && inst.Base != nil {
		src = inst.Base
	}
	info, ok := GetBufferOf(src)
	if !ok {
		return nil, Errorf(TypeError, "memoryview: a bytes-like object is required, not '%s'", TypeName(o))
	}
	mv := &MemoryView{obj: o, src: src, exports: info.Exports, n: len(info.B) / info.ItemSize,
		stride: info.ItemSize, itemsize: info.ItemSize, format: info.Format, readonly: info.ReadOnly}
	mv.register()
	return mv, nil
}

func (m *MemoryView) register() {
	if m.exports != nil {
		m.exports.add(m)
	}
}

func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

// mem is the exporter's whole memory.
func (m *MemoryView) mem() []byte {
	info, _ := GetBufferOf(m.src)
	return info.B
}

func (m *MemoryView) contiguous() bool { return m.stride == m.itemsize || m.n <= 1 }

// bytes returns the viewed bytes: the memory itself when contiguous, else a copy.
func (m *MemoryView) bytes() []byte {
	mem := m.mem()
	if m.contiguous() {
		return mem[m.start : m.start+m.n*m.itemsize : m.start+m.n*m.itemsize]
	}
	out := make([]byte, 0, m.n*m.itemsize)
	for i := 0; i < m.n; i++ {
		p := m.start + i*m.stride
		out = append(out, mem[p:p+m.itemsize]...)
	}
	return out
}

// writable returns the viewed memory for writing when it is contiguous.
func (m *MemoryView) writable() ([]byte, bool) {
	if m.released || m.readonly || !m.contiguous() {
		return nil, false
	}
	return m.bytes(), true
}

func (m *MemoryView) code() byte {
	f := strings.TrimPrefix(m.format, "@")
	if len(f) != 1 {
		return 0
	}
	return f[0]
}

func (m *MemoryView) item(i int) (Object, error) {
	c := m.code()
	if c == 0 || NativeItemSize(c) != m.itemsize || c == 'x' || c == 's' || c == 'p' {
		return nil, Errorf(NotImplementedError, "memoryview: format %s not supported", m.format)
	}
	p := m.start + i*m.stride
	return UnpackItem(c, m.mem()[p:p+m.itemsize], true), nil
}

func (m *MemoryView) setItem(t *Thread, i int, v Object) error {
	c := m.code()
	if c == 0 || NativeItemSize(c) != m.itemsize {
		return Errorf(NotImplementedError, "memoryview: format %s not supported", m.format)
	}
	p := m.start + i*m.stride
	err := PackItem(t, c, v, m.mem()[p:p+m.itemsize], true)
	switch err {
	case ErrItemType:
		return Errorf(TypeError, "memoryview: invalid type for format '%s'", m.format)
	case ErrItemRange:
		return Errorf(ValueError, "memoryview: invalid value for format '%s'", m.format)
	}
	return err
}

func (m *MemoryView) tolist() ([]Object, error) {
	out := make([]Object, m.n)
	for i := range out {
		v, err := m.item(i)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// index resolves a subscript to an item number.
func (m *MemoryView) index(t *Thread, key Object) (int, error) {
	if tu, ok := key.(*Tuple); ok && len(tu.Items) == 1 {
		key = tu.Items[0]
	}
	if !hasIndex(key) {
		return 0, Errorf(TypeError, "memoryview: invalid slice key")
	}
	iv, err := Index(t, key)
	if err != nil {
		return 0, err
	}
	i, ok := iv.(Int)
	if !ok {
		return 0, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	if i < 0 {
		i += Int(m.n)
	}
	if i < 0 || i >= Int(m.n) {
		return 0, Errorf(IndexError, "index out of bounds on dimension 1")
	}
	return int(i), nil
}

func (m *MemoryView) slice(t *Thread, sl *Slice) (*MemoryView, error) {
	start, _, step, n, err := sl.Indices(t, m.n)
	if err != nil {
		return nil, err
	}
	c := *m
	c.start = m.start + start*m.stride
	c.stride = m.stride * step
	c.n = n
	if n == 0 {
		c.start = m.start
	}
	c.register()
	return &c, nil
}

func asMemoryView(o Object) (*MemoryView, error) {
	if m, ok := o.(*MemoryView); ok {
		return m, nil
	}
	return nil, Errorf(TypeError, "descriptor requires a 'memoryview' object but received '%s'", TypeName(o))
}

var validCastFormats = "bBhHiIlLqQnNfdc?P"

func (m *MemoryView) cast(t *Thread, format string, shape Object) (Object, error) {
	if !m.contiguous() {
		return nil, Errorf(TypeError, "memoryview: casts are restricted to C-contiguous views")
	}
	f := strings.TrimPrefix(format, "@")
	if len(f) != 1 || !strings.Contains(validCastFormats, f) {
		return nil, Errorf(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	isByte := func(c byte) bool { return c == 'B' || c == 'b' || c == 'c' }
	if !isByte(m.code()) && !isByte(f[0]) {
		return nil, Errorf(TypeError, "memoryview: cannot cast between two non-byte formats")
	}
	size := NativeItemSize(f[0])
	nbytes := m.n * m.itemsize
	if shape != nil && shape != None {
		var items []Object
		switch s := shape.(type) {
		case *List:
			items = s.Items
		case *Tuple:
			items = s.Items
		default:
			return nil, Errorf(TypeError, "shape must be a list or a tuple")
		}
		prod := 1
		for _, it := range items {
			v, err := IndexInt(t, it)
			if err != nil {
				return nil, err
			}
			if v <= 0 {
				return nil, Errorf(ValueError, "memoryview.cast(): elements of shape must be integers > 0")
			}
			prod *= v
		}
		if prod*size != nbytes {
			return nil, Errorf(TypeError, "memoryview: product(shape) * itemsize != buffer size")
		}
		if len(items) != 1 {
			return nil, Errorf(NotImplementedError, "memoryview: only one-dimensional casts are supported")
		}
	} else if nbytes%size != 0 {
		return nil, Errorf(TypeError, "memoryview: length is not a multiple of itemsize")
	}
	c := *m
	c.format = format
	c.itemsize = size
	c.stride = size
	c.n = nbytes / size
	c.register()
	return &c, nil
}

func (m *MemoryView) equal(t *Thread, o Object) (Object, error) {
	var other *MemoryView
	if om, ok := o.(*MemoryView); ok {
		other = om
	} else {
		if _, ok := GetBufferOf(o); !ok {
			return NotImplemented, nil
		}
		var err error
		if other, err = NewMemoryView(o); err != nil {
			return nil, err
		}
		defer other.release()
	}
	if m.released || other.released {
		return NewBool(m == other), nil
	}
	if m.n != other.n {
		return False, nil
	}
	a, b := m.code(), other.code()
	if a == b && a != 'f' && a != 'd' && a != 'e' && a != 0 {
		return NewBool(string(m.bytes()) == string(other.bytes())), nil
	}
	for i := 0; i < m.n; i++ {
		x, err := m.item(i)
		if err != nil {
			return NotImplemented, nil
		}
		y, err := other.item(i)
		if err != nil {
			return NotImplemented, nil
		}
		eq, err := Eq(t, x, y)
		if err != nil || !eq {
			return False, err
		}
	}
	return True, nil
}

func (m *MemoryView) release() {
	m.released = true
}

type memoryIter struct {
	m *MemoryView
	i int
}

func (*memoryIter) Type() *Type { return IteratorType }

func (it *memoryIter) Next(t *Thread) (Object, error) {
	if err := it.m.check(); err != nil {
		return nil, err
	}
	if it.i >= it.m.n {
		return nil, nil
	}
	it.i++
	return it.m.item(it.i - 1)
}

func init() {
	tp := MemoryViewType
	tp.Doc = "Create a new memoryview object which references the given object."
	tp.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		var o Object
		if err := UnpackClinicArgs(t, "memoryview", args, kw, "object", &o); err != nil {
			return nil, err
		}
		return NewMemoryView(o)
	}
	// method adds a method that fails on a released view.
	method := func(name string, fn func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error)) {
		tp.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			m, err := asMemoryView(args[0])
			if err != nil {
				return nil, err
			}
			if err := m.check(); err != nil {
				return nil, err
			}
			return fn(t, m, args[1:], kw)
		})
	}
	getter := func(name string, fn func(m *MemoryView) Object) {
		tp.AddGetSet(name, func(t *Thread, self Object) (Object, error) {
			m, err := asMemoryView(self)
			if err != nil {
				return nil, err
			}
			if err := m.check(); err != nil {
				return nil, err
			}
			return fn(m), nil
		}, nil)
	}
	getter("obj", func(m *MemoryView) Object { return m.obj })
	getter("nbytes", func(m *MemoryView) Object { return Int(m.n * m.itemsize) })
	getter("readonly", func(m *MemoryView) Object { return NewBool(m.readonly) })
	getter("itemsize", func(m *MemoryView) Object { return Int(m.itemsize) })
	getter("format", func(m *MemoryView) Object { return NewStr(m.format) })
	getter("ndim", func(m *MemoryView) Object { return Int(1) })
	getter("shape", func(m *MemoryView) Object { return NewTuple(Int(m.n)) })
	getter("strides", func(m *MemoryView) Object { return NewTuple(Int(m.stride)) })
	getter("suboffsets", func(m *MemoryView) Object { return EmptyTuple })
	getter("c_contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous()) })
	getter("f_contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous()) })
	getter("contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous()) })

	method("__len__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		return Int(m.n), nil
	})
	method("__getitem__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if sl, ok := a[0].(*Slice); ok {
			return m.slice(t, sl)
		}
		i, err := m.index(t, a[0])
		if err != nil {
			return nil, err
		}
		return m.item(i)
	})
	method("__setitem__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if m.readonly {
			return nil, Errorf(TypeError, "cannot modify read-only memory")
		}
		if sl, ok := a[0].(*Slice); ok {
			dst, err := m.slice(t, sl)
			if err != nil {
				return nil, err
			}
			defer dst.release()
			info, ok := GetBufferOf(a[1])
			if !ok {
				return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(a[1]))
			}
			if strings.TrimPrefix(info.Format, "@") != strings.TrimPrefix(m.format, "@") ||
				info.ItemSize != m.itemsize || len(info.B) != dst.n*dst.itemsize {
				return nil, Errorf(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
			}
			src := append([]byte(nil), info.B...)
			mem := m.mem()
			for i := 0; i < dst.n; i++ {
				p := dst.start + i*dst.stride
				copy(mem[p:p+dst.itemsize], src[i*dst.itemsize:])
			}
			return None, nil
		}
		i, err := m.index(t, a[0])
		if err != nil {
			return nil, err
		}
		return None, m.setItem(t, i, a[1])
	})
	method("__delitem__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if m.readonly {
			return nil, Errorf(TypeError, "cannot modify read-only memory")
		}
		return nil, Errorf(TypeError, "cannot delete memory")
	})
	method("__iter__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		return &memoryIter{m: m}, nil
	})
	tp.AddMethod("__eq__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m, err := asMemoryView(args[0])
		if err != nil {
			return nil, err
		}
		return m.equal(t, args[1])
	})
	tp.AddMethod("__ne__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m, err := asMemoryView(args[0])
		if err != nil {
			return nil, err
		}
		r, err := m.equal(t, args[1])
		if err != nil || r == NotImplemented {
			return r, err
		}
		return NewBool(r == False), nil
	})
	method("__hash__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if !m.readonly {
			return nil, Errorf(ValueError, "cannot hash writable memoryview object")
		}
		if c := m.code(); c != 'B' && c != 'b' && c != 'c' {
			return nil, Errorf(ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
		}
		return Int(bytesHash(m.bytes())), nil // as hash(bytes)
	})
	tp.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m, err := asMemoryView(args[0])
		if err != nil {
			return nil, err
		}
		if m.released {
			return NewStr("<released memory at " + hexID(m) + ">"), nil
		}
		return NewStr("<memory at " + hexID(m) + ">"), nil
	})
	method("__enter__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		return m, nil
	})
	tp.AddMethod("__exit__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m, err := asMemoryView(args[0])
		if err != nil {
			return nil, err
		}
		m.release()
		return None, nil
	})
	tp.AddMethod("release", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m, err := asMemoryView(args[0])
		if err != nil {
			return nil, err
		}
		if err := CheckArgs("release", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		m.release()
		return None, nil
	})
	method("tobytes", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		var order Object = None
		if err := UnpackClinicArgs(t, "tobytes", a, kw, "order?", &order); err != nil {
			return nil, err
		}
		if order != None {
			s, ok := order.(*Str)
			if !ok {
				return nil, Errorf(TypeError, "tobytes() argument 'order' must be str or None, not %s", TypeName(order))
			}
			if s.S != "C" && s.S != "F" && s.S != "A" {
				return nil, Errorf(ValueError, "order must be 'C', 'F' or 'A'")
			}
		}
		return NewBytes(append([]byte(nil), m.bytes()...)), nil
	})
	method("tolist", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("tolist", a, kw, 0, 0); err != nil {
			return nil, err
		}
		items, err := m.tolist()
		if err != nil {
			return nil, err
		}
		return NewList(items...), nil
	})
	method("toreadonly", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		c := *m
		c.readonly = true
		c.register()
		return &c, nil
	})
	method("hex", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		var sep Object
		per := 1
		if err := UnpackClinicArgs(t, "hex", a, kw, "sep?", &sep, "bytes_per_sep?", &per); err != nil {
			return nil, err
		}
		s, err := HexString(t, m.bytes(), sep, per)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	})
	method("cast", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		var format string
		var shape Object
		if err := UnpackClinicArgs(t, "cast", a, kw, "format", &format, "shape?", &shape); err != nil {
			return nil, err
		}
		return m.cast(t, format, shape)
	})
	InstallNew(tp)
}
