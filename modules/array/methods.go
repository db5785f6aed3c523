package array

import (
	"upy/py"
)

func self(o py.Object) *Array {
	if inst, ok := o.(*py.Instance); ok {
		o = inst.Base
	}
	return o.(*Array)
}

// position normalizes an item index (IndexError when out of range).
func (a *Array) position(t *py.Thread, o py.Object, what string) (int, error) {
	i, err := py.IndexInt(t, o)
	if err != nil {
		return 0, err
	}
	n := a.len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, py.Errorf(py.IndexError, "%s", what)
	}
	return i, nil
}

func (a *Array) clone(data []byte) *Array { return &Array{code: a.code, size: a.size, data: data} }

func compare(t *py.Thread, a, b *Array, op py.CompareOp) (py.Object, error) {
	x, y := a.items(), b.items()
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := py.Eq(t, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			if op == py.EQ {
				return py.False, nil
			}
			if op == py.NE {
				return py.True, nil
			}
			return py.RichCompare(t, x[i], y[i], op)
		}
	}
	return py.RichCompare(t, py.Int(len(x)), py.Int(len(y)), op)
}

func init() {
	am := func(name string, fn func(t *py.Thread, a *Array, args []py.Object) (py.Object, error)) {
		ArrayType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if len(kw) > 0 {
				return nil, py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
			}
			return fn(t, self(args[0]), args[1:])
		})
	}
	nargs := func(name string, args []py.Object, lo, hi int) error {
		return py.CheckArgs(name, args, nil, lo, hi)
	}
	ArrayType.AddGetSet("typecode", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewStr(string(self(o).code)), nil
	}, nil)
	ArrayType.AddGetSet("itemsize", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.Int(self(o).size), nil
	}, nil)
	am("__len__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) { return py.Int(a.len()), nil })
	am("__repr__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		s, err := a.repr(t)
		if err != nil {
			return nil, err
		}
		return py.NewStr(s), nil
	})
	am("__getitem__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if s, ok := args[0].(*py.Slice); ok {
			start, _, step, n, err := s.Indices(t, a.len())
			if err != nil {
				return nil, err
			}
			var data []byte
			for k := 0; k < n; k++ {
				i := start + k*step
				data = append(data, a.data[i*a.size:(i+1)*a.size]...)
			}
			return a.clone(data), nil
		}
		i, err := a.position(t, args[0], "array index out of range")
		if err != nil {
			return nil, err
		}
		return a.get(i), nil
	})
	am("__setitem__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if s, ok := args[0].(*py.Slice); ok {
			src, ok := args[1].(*Array)
			if !ok {
				return nil, py.Errorf(py.TypeError, "can only assign array (not \"%s\") to array slice", py.TypeName(args[1]))
			}
			if src.code != a.code {
				return nil, py.Errorf(py.TypeError, "bad argument type for built-in operation")
			}
			start, stop, step, n, err := s.Indices(t, a.len())
			if err != nil {
				return nil, err
			}
			sd := append([]byte(nil), src.data...)
			if step == 1 {
				if stop < start {
					stop = start
				}
				tail := append([]byte(nil), a.data[stop*a.size:]...)
				a.data = append(append(a.data[:start*a.size], sd...), tail...)
				return py.None, nil
			}
			if src.len() != n {
				return nil, py.Errorf(py.ValueError, "attempt to assign array of size %d to extended slice of size %d", src.len(), n)
			}
			for k := 0; k < n; k++ {
				i := start + k*step
				copy(a.data[i*a.size:(i+1)*a.size], sd[k*a.size:(k+1)*a.size])
			}
			return py.None, nil
		}
		i, err := a.position(t, args[0], "array assignment index out of range")
		if err != nil {
			return nil, err
		}
		b, err := a.encode(t, args[1])
		if err != nil {
			return nil, err
		}
		copy(a.data[i*a.size:], b)
		return py.None, nil
	})
	am("__delitem__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		if s, ok := args[0].(*py.Slice); ok {
			start, _, step, n, err := s.Indices(t, a.len())
			if err != nil {
				return nil, err
			}
			drop := map[int]bool{}
			for k := 0; k < n; k++ {
				drop[start+k*step] = true
			}
			var data []byte
			for i := 0; i < a.len(); i++ {
				if !drop[i] {
					data = append(data, a.data[i*a.size:(i+1)*a.size]...)
				}
			}
			a.data = data
			return py.None, nil
		}
		i, err := a.position(t, args[0], "array assignment index out of range")
		if err != nil {
			return nil, err
		}
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return py.None, nil
	})
	am("__iter__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		return py.Iter(t, py.NewList(a.items()...))
	})
	am("__contains__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		i, err := a.index(t, args[0], 0, a.len())
		return py.NewBool(i >= 0), err
	})
	am("append", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		if err := nargs("append", args, 1, 1); err != nil {
			return nil, err
		}
		b, err := a.encode(t, args[0])
		if err != nil {
			return nil, err
		}
		a.data = append(a.data, b...)
		return py.None, nil
	})
	am("extend", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		if err := nargs("extend", args, 1, 1); err != nil {
			return nil, err
		}
		return py.None, a.extend(t, args[0])
	})
	am("fromlist", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		l, ok := args[0].(*py.List)
		if !ok {
			return nil, py.Errorf(py.TypeError, "arg must be list")
		}
		saved := a.data
		if err := a.extend(t, l); err != nil {
			a.data = saved
			return nil, err
		}
		return py.None, nil
	})
	am("insert", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		if err := nargs("insert", args, 2, 2); err != nil {
			return nil, err
		}
		i, err := py.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		n := a.len()
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		b, err := a.encode(t, args[1])
		if err != nil {
			return nil, err
		}
		tail := append([]byte(nil), a.data[i*a.size:]...)
		a.data = append(append(a.data[:i*a.size], b...), tail...)
		return py.None, nil
	})
	am("pop", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		if a.len() == 0 {
			return nil, py.Errorf(py.IndexError, "pop from empty array")
		}
		var idx py.Object = py.Int(-1)
		if len(args) > 0 {
			idx = args[0]
		}
		i, err := a.position(t, idx, "pop index out of range")
		if err != nil {
			return nil, err
		}
		v := a.get(i)
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return v, nil
	})
	am("remove", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		i, err := a.index(t, args[0], 0, a.len())
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.Errorf(py.ValueError, "array.remove(x): x not in array")
		}
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return py.None, nil
	})
	am("index", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := nargs("index", args, 1, 3); err != nil {
			return nil, err
		}
		start, stop := 0, a.len()
		for k, p := range []*int{&start, &stop} {
			if len(args) > k+1 {
				v, err := py.IndexInt(t, args[k+1])
				if err != nil {
					return nil, err
				}
				if v < 0 {
					v = max(v+a.len(), 0)
				}
				*p = v
			}
		}
		i, err := a.index(t, args[0], start, stop)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.Errorf(py.ValueError, "array.index(x): x not in array")
		}
		return py.Int(i), nil
	})
	am("count", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		n := 0
		for _, x := range a.items() {
			eq, err := py.Eq(t, x, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return py.Int(n), nil
	})
	am("reverse", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		n := a.len()
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			for k := 0; k < a.size; k++ {
				a.data[i*a.size+k], a.data[j*a.size+k] = a.data[j*a.size+k], a.data[i*a.size+k]
			}
		}
		return py.None, nil
	})
	am("byteswap", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		for i := 0; i < a.len(); i++ {
			b := a.data[i*a.size : (i+1)*a.size]
			for x, y := 0, len(b)-1; x < y; x, y = x+1, y-1 {
				b[x], b[y] = b[y], b[x]
			}
		}
		return py.None, nil
	})
	am("buffer_info", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		// the address is not meaningful in Go; the length is
		return py.NewTuple(py.Int(0x1000), py.Int(a.len())), nil
	})
	am("tobytes", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte(nil), a.data...)), nil
	})
	am("frombytes", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		b, ok := py.AsBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
		}
		return py.None, a.frombytes(append([]byte(nil), b...))
	})
	am("tolist", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		return py.NewList(a.items()...), nil
	})
	am("tounicode", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if a.code != 'u' {
			return nil, py.Errorf(py.ValueError, "tounicode() may only be called on unicode type arrays")
		}
		var rs []rune
		for i := 0; i < a.len(); i++ {
			rs = append(rs, rune(le.Uint32(a.data[i*4:])))
		}
		return py.NewStr(string(rs)), nil
	})
	am("fromunicode", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		s, ok := args[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "fromunicode() argument must be str, not %s", py.TypeName(args[0]))
		}
		if a.code != 'u' {
			return nil, py.Errorf(py.ValueError, "fromunicode() may only be called on unicode type arrays")
		}
		for _, r := range s.S {
			a.data = le.AppendUint32(a.data, uint32(r))
		}
		return py.None, nil
	})
	am("__add__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		b, ok := args[0].(*Array)
		if !ok {
			return nil, py.Errorf(py.TypeError, "can only append array (not \"%s\") to array", py.TypeName(args[0]))
		}
		if b.code != a.code {
			return nil, py.Errorf(py.TypeError, "bad argument type for built-in operation")
		}
		return a.clone(append(append([]byte(nil), a.data...), b.data...)), nil
	})
	am("__iadd__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		b, ok := args[0].(*Array)
		if !ok {
			return nil, py.Errorf(py.TypeError, "can only extend array with array (not \"%s\")", py.TypeName(args[0]))
		}
		if b.code != a.code {
			return nil, py.Errorf(py.TypeError, "bad argument type for built-in operation")
		}
		a.data = append(a.data, b.data...)
		return a, nil
	})
	mul := func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		n, err := py.IndexInt(t, args[0])
		if err != nil {
			return py.NotImplemented, nil
		}
		var data []byte
		for k := 0; k < n; k++ {
			data = append(data, a.data...)
		}
		return a.clone(data), nil
	}
	am("__mul__", mul)
	am("__rmul__", mul)
	am("__imul__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := a.checkResize(); err != nil {
			return nil, err
		}
		r, err := mul(t, a, args)
		if err != nil {
			return nil, err
		}
		if c, ok := r.(*Array); ok {
			a.data = c.data
			return a, nil
		}
		return r, nil
	})
	for _, c := range []struct {
		name string
		op   py.CompareOp
	}{{"__eq__", py.EQ}, {"__ne__", py.NE}, {"__lt__", py.LT}, {"__le__", py.LE}, {"__gt__", py.GT}, {"__ge__", py.GE}} {
		op := c.op
		am(c.name, func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
			b, ok := args[0].(*Array)
			if !ok {
				return py.NotImplemented, nil
			}
			return compare(t, a, b, op)
		})
	}
	am("__copy__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := nargs("__copy__", args, 0, 0); err != nil {
			return nil, err
		}
		return a.clone(append([]byte(nil), a.data...)), nil
	})
	// An array holds numbers only, so a deep copy is a copy.
	am("__deepcopy__", func(t *py.Thread, a *Array, args []py.Object) (py.Object, error) {
		if err := nargs("__deepcopy__", args, 1, 1); err != nil {
			return nil, err
		}
		return a.clone(append([]byte(nil), a.data...)), nil
	})
	ArrayType.Dict.SetStr(py.Intern("__hash__"), py.None) // mutable: unhashable
	py.InstallNew(ArrayType)

	py.RegisterModule("array", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("array")
		m.Set("array", ArrayType)
		m.Set("ArrayType", ArrayType)
		m.Set("typecodes", py.NewStr(typecodes))
		return m, nil
	})
}
