package py

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
)

// MemoryView is memoryview: a one-dimensional view of the bytes of a
// bytes, bytearray or other memoryview, with a struct-module item format.
// A view of a bytearray reads and writes its current buffer, so it stays
// memory-safe if the bytearray is resized (CPython refuses the resize
// with BufferError instead; upy cannot know when a view is dropped).
type MemoryView struct {
	obj      Object // the exporter, as memoryview.obj
	ro       []byte // the bytes of a read-only exporter
	ba       *ByteArray
	exp      Buffer // an exporter implemented outside py (array.array)
	start    int    // byte offset of item 0
	step     int    // bytes from one item to the next (a multiple of itemsize)
	n        int    // items
	format   string
	itemsize int
	released bool
}

func (*MemoryView) Type() *Type { return MemoryViewType }

// data returns the exporter's bytes as they are now.
func (m *MemoryView) data() []byte {
	if m.ba != nil {
		return m.ba.B
	}
	if m.exp != nil {
		return m.exp.BufferBytes()
	}
	return m.ro
}

// writable reports whether the view may change the exporter's bytes.
func (m *MemoryView) writable() bool {
	return m.ba != nil || (m.exp != nil && !m.exp.BufferReadOnly())
}

// Buffer is implemented by exporters of bytes defined outside this package
// (array.array): memoryview, bytes() and the functions that take
// bytes-like objects accept them.
type Buffer interface {
	Object
	BufferBytes() []byte  // the current contents, shared
	BufferFormat() string // the struct format of one item
	BufferReadOnly() bool
}

// Bytes returns the view's bytes (a copy unless contiguous).
func (m *MemoryView) Bytes() ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	d := m.data()
	size := m.n * m.itemsize
	if m.step == m.itemsize {
		if m.start+size > len(d) {
			return nil, Errorf(IndexError, "memoryview: underlying buffer is too small")
		}
		return d[m.start : m.start+size], nil
	}
	out := make([]byte, 0, size)
	for i := 0; i < m.n; i++ {
		off := m.start + i*m.step
		if off+m.itemsize > len(d) {
			return nil, Errorf(IndexError, "memoryview: underlying buffer is too small")
		}
		out = append(out, d[off:off+m.itemsize]...)
	}
	return out, nil
}

func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

// itemSizes gives the sizes of the formats memoryview supports.
var itemSizes = map[string]int{"B": 1, "b": 1, "c": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "f": 4, "d": 8, "e": 2, "P": 8}

// newMemoryView makes a view of o's bytes.
func newMemoryView(o Object) (*MemoryView, error) {
	switch v := o.(type) {
	case *Bytes:
		return &MemoryView{obj: o, ro: v.B, step: 1, n: len(v.B), format: "B", itemsize: 1}, nil
	case *ByteArray:
		return &MemoryView{obj: o, ba: v, step: 1, n: len(v.B), format: "B", itemsize: 1}, nil
	case *MemoryView:
		if err := v.check(); err != nil {
			return nil, err
		}
		c := *v
		return &c, nil
	case Buffer:
		f := v.BufferFormat()
		size := itemSizes[f]
		return &MemoryView{obj: o, exp: v, step: size, n: len(v.BufferBytes()) / size, format: f, itemsize: size}, nil
	case *Instance:
		if v.Base != nil {
			if m, err := newMemoryView(v.Base); err == nil {
				m.obj = o
				return m, nil
			}
		}
	}
	return nil, Errorf(TypeError, "memoryview: a bytes-like object is required, not '%s'", TypeName(o))
}

// item decodes item i.
func (m *MemoryView) item(i int) (Object, error) {
	d := m.data()
	off := m.start + i*m.step
	if off+m.itemsize > len(d) {
		return nil, Errorf(IndexError, "memoryview: underlying buffer is too small")
	}
	b := d[off : off+m.itemsize]
	le := binary.LittleEndian
	switch m.format {
	case "B":
		return Int(b[0]), nil
	case "b":
		return Int(int8(b[0])), nil
	case "c":
		return NewBytes([]byte{b[0]}), nil
	case "?":
		return NewBool(b[0] != 0), nil
	case "h":
		return Int(int16(le.Uint16(b))), nil
	case "H":
		return Int(le.Uint16(b)), nil
	case "i":
		return Int(int32(le.Uint32(b))), nil
	case "I":
		return Int(le.Uint32(b)), nil
	case "l", "q", "n":
		return Int(int64(le.Uint64(b))), nil
	case "L", "Q", "N", "P":
		u := le.Uint64(b)
		if u <= math.MaxInt64 {
			return Int(int64(u)), nil
		}
		return NewBig(new(big.Int).SetUint64(u)), nil
	case "f":
		return Float(math.Float32frombits(le.Uint32(b))), nil
	case "d":
		return Float(math.Float64frombits(le.Uint64(b))), nil
	}
	return nil, Errorf(NotImplementedError, "memoryview: format %s not supported", m.format)
}

// setItem encodes v as item i.
func (m *MemoryView) setItem(t *Thread, i int, v Object) error {
	d := m.data()
	off := m.start + i*m.step
	if off+m.itemsize > len(d) {
		return Errorf(IndexError, "memoryview: underlying buffer is too small")
	}
	b := d[off : off+m.itemsize]
	le := binary.LittleEndian
	switch m.format {
	case "f", "d":
		f, ok := v.(Float)
		if !ok {
			switch v.(type) {
			case Int, Bool, *BigInt:
				x, err := FloatOf(t, v)
				if err != nil {
					return err
				}
				f = x.(Float)
			default:
				return Errorf(TypeError, "memoryview: invalid type for format '%s'", m.format)
			}
		}
		if m.format == "f" {
			le.PutUint32(b, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(b, math.Float64bits(float64(f)))
		}
		return nil
	case "c":
		bs, ok := v.(*Bytes)
		if !ok || len(bs.B) != 1 {
			return Errorf(ValueError, "memoryview: invalid value for format 'c'")
		}
		b[0] = bs.B[0]
		return nil
	case "?":
		truth, err := Truth(t, v)
		if err != nil {
			return err
		}
		b[0] = 0
		if truth {
			b[0] = 1
		}
		return nil
	}
	if _, ok := v.(Int); !ok {
		if _, isBool := v.(Bool); !isBool {
			return Errorf(TypeError, "memoryview: invalid type for format '%s'", m.format)
		}
	}
	x, err := IndexInt(t, v)
	if err != nil {
		return Errorf(ValueError, "memoryview: invalid value for format '%s'", m.format)
	}
	lo, hi := int64(0), int64(0)
	switch m.format {
	case "B":
		lo, hi = 0, math.MaxUint8
	case "b":
		lo, hi = math.MinInt8, math.MaxInt8
	case "h":
		lo, hi = math.MinInt16, math.MaxInt16
	case "H":
		lo, hi = 0, math.MaxUint16
	case "i":
		lo, hi = math.MinInt32, math.MaxInt32
	case "I":
		lo, hi = 0, math.MaxUint32
	default:
		lo, hi = math.MinInt64, math.MaxInt64
	}
	if int64(x) < lo || int64(x) > hi {
		return Errorf(ValueError, "memoryview: invalid value for format '%s'", m.format)
	}
	switch m.itemsize {
	case 1:
		b[0] = byte(x)
	case 2:
		le.PutUint16(b, uint16(x))
	case 4:
		le.PutUint32(b, uint32(x))
	default:
		le.PutUint64(b, uint64(x))
	}
	return nil
}

func memoryviewNew(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	var o Object
	if err := UnpackArgs(t, "memoryview", args, kw, "object", &o); err != nil {
		return nil, err
	}
	return newMemoryView(o)
}

func mvSelf(o Object) *MemoryView { return o.(*MemoryView) }

func init() {
	MemoryViewType.New = memoryviewNew
	MemoryViewType.Flags |= FlagFinal
	mm := func(name string, fn func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error)) {
		MemoryViewType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			m := mvSelf(args[0])
			if name != "release" && name != "__exit__" && name != "__repr__" {
				if err := m.check(); err != nil {
					return nil, err
				}
			}
			return fn(t, m, args[1:], kw)
		})
	}
	attr := func(name string, fn func(m *MemoryView) Object) {
		MemoryViewType.AddGetSet(name, func(t *Thread, self Object) (Object, error) {
			m := mvSelf(self)
			if err := m.check(); err != nil {
				return nil, err
			}
			return fn(m), nil
		}, nil)
	}
	attr("obj", func(m *MemoryView) Object { return m.obj })
	attr("readonly", func(m *MemoryView) Object { return NewBool(!m.writable()) })
	attr("format", func(m *MemoryView) Object { return NewStr(m.format) })
	attr("itemsize", func(m *MemoryView) Object { return Int(m.itemsize) })
	attr("nbytes", func(m *MemoryView) Object { return Int(m.n * m.itemsize) })
	attr("ndim", func(m *MemoryView) Object { return Int(1) })
	attr("shape", func(m *MemoryView) Object { return NewTuple(Int(m.n)) })
	attr("strides", func(m *MemoryView) Object { return NewTuple(Int(m.step)) })
	attr("suboffsets", func(m *MemoryView) Object { return EmptyTuple })
	attr("contiguous", func(m *MemoryView) Object { return NewBool(m.step == m.itemsize || m.n <= 1) })
	attr("c_contiguous", func(m *MemoryView) Object { return NewBool(m.step == m.itemsize || m.n <= 1) })
	attr("f_contiguous", func(m *MemoryView) Object { return NewBool(m.step == m.itemsize || m.n <= 1) })
	MemoryViewType.AddGetSet("released", func(t *Thread, self Object) (Object, error) {
		return NewBool(mvSelf(self).released), nil
	}, nil)

	mm("__len__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) { return Int(m.n), nil })
	mm("__getitem__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if s, ok := a[0].(*Slice); ok {
			start, _, step, n, err := s.Indices(t, m.n)
			if err != nil {
				return nil, err
			}
			v := *m
			v.start = m.start + start*m.step
			v.step = m.step * step
			v.n = n
			return &v, nil
		}
		if _, ok := a[0].(*Tuple); ok {
			return nil, Errorf(TypeError, "memoryview: invalid slice key")
		}
		i, err := seqIndex(t, a[0], m.n, "memoryview")
		if err != nil {
			return nil, mvIndexError(err)
		}
		return m.item(i)
	})
	mm("__setitem__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if !m.writable() {
			return nil, Errorf(TypeError, "cannot modify read-only memory")
		}
		if s, ok := a[0].(*Slice); ok {
			start, _, step, n, err := s.Indices(t, m.n)
			if err != nil {
				return nil, err
			}
			src, err := newMemoryView(a[1])
			if err != nil {
				return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(a[1]))
			}
			if src.format != m.format && !(isByteFormat(src.format) && isByteFormat(m.format)) {
				return nil, Errorf(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
			}
			if src.n != n {
				return nil, Errorf(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
			}
			b, err := src.Bytes()
			if err != nil {
				return nil, err
			}
			b = append([]byte(nil), b...) // the source may overlap the target
			d := m.data()
			for i := 0; i < n; i++ {
				off := m.start + (start+i*step)*m.step
				if off+m.itemsize > len(d) {
					return nil, Errorf(IndexError, "memoryview: underlying buffer is too small")
				}
				copy(d[off:off+m.itemsize], b[i*m.itemsize:(i+1)*m.itemsize])
			}
			return None, nil
		}
		i, err := seqIndex(t, a[0], m.n, "memoryview")
		if err != nil {
			return nil, mvIndexError(err)
		}
		return None, m.setItem(t, i, a[1])
	})
	mm("__iter__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		items, err := m.list()
		if err != nil {
			return nil, err
		}
		return Iter(t, NewList(items...))
	})
	mm("tobytes", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		var order Object = None
		if err := UnpackArgs(t, "tobytes", a, kw, "order?", &order); err != nil {
			return nil, err
		}
		b, err := m.Bytes()
		if err != nil {
			return nil, err
		}
		return NewBytes(append([]byte(nil), b...)), nil
	})
	mm("tolist", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		items, err := m.list()
		if err != nil {
			return nil, err
		}
		return NewList(items...), nil
	})
	mm("hex", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		b, err := m.Bytes()
		if err != nil {
			return nil, err
		}
		return bytesHex(t, b, a, kw)
	})
	mm("toreadonly", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		v := *m
		if m.writable() {
			v.ro, v.ba, v.exp = m.data(), nil, nil
		}
		return &v, nil
	})
	mm("cast", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		var format string
		var shape Object = None
		if err := UnpackArgs(t, "cast", a, kw, "format", &format, "shape?", &shape); err != nil {
			return nil, err
		}
		size, ok := itemSizes[strings.TrimPrefix(format, "@")]
		if !ok {
			return nil, Errorf(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
		}
		if m.step != m.itemsize && m.n > 1 {
			return nil, Errorf(TypeError, "memoryview: casts are restricted to C-contiguous views")
		}
		if !isByteFormat(m.format) && !isByteFormat(format) {
			return nil, Errorf(TypeError, "memoryview: cannot cast between two non-byte formats")
		}
		nbytes := m.n * m.itemsize
		if nbytes%size != 0 {
			return nil, Errorf(TypeError, "memoryview: length is not a multiple of itemsize")
		}
		v := *m
		v.format = strings.TrimPrefix(format, "@")
		v.itemsize, v.step, v.n = size, size, nbytes/size
		return &v, nil
	})
	mm("release", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		m.released = true
		return None, nil
	})
	mm("__enter__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) { return m, nil })
	mm("__exit__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		m.released = true
		return False, nil
	})
	mm("__repr__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if m.released {
			return NewStr("<released memory at " + hexID(m) + ">"), nil
		}
		return NewStr("<memory at " + hexID(m) + ">"), nil
	})
	mm("__eq__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		o, err := newMemoryView(a[0])
		if err != nil {
			return NotImplemented, nil
		}
		if o.released {
			return NewBool(o == m), nil
		}
		if o.n != m.n {
			return False, nil
		}
		x, err := m.list()
		if err != nil {
			return nil, err
		}
		y, err := o.list()
		if err != nil {
			return nil, err
		}
		for i := range x {
			eq, err := Eq(t, x[i], y[i])
			if err != nil || !eq {
				return False, err
			}
		}
		return True, nil
	})
	mm("__hash__", func(t *Thread, m *MemoryView, a []Object, kw []Kwarg) (Object, error) {
		if m.writable() {
			return nil, Errorf(ValueError, "cannot hash writable memoryview object")
		}
		b, err := m.Bytes()
		if err != nil {
			return nil, err
		}
		return Int(bytesHash(b)), nil
	})
}

func isByteFormat(f string) bool { return f == "B" || f == "b" || f == "c" }

// list returns the view's items.
func (m *MemoryView) list() ([]Object, error) {
	items := make([]Object, m.n)
	for i := range items {
		v, err := m.item(i)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return items, nil
}

func mvIndexError(err error) error {
	if e := AsException(err); e.IsInstance(IndexError) {
		return Errorf(IndexError, "index out of bounds on dimension 1")
	}
	return err
}
