package py

import "math/big"

// range: bounds are ints of any size; the common int64 case has fast
// paths, everything else goes through math/big. Membership, index and
// count of ints are O(1), as in CPython.

func (r *Range) big3() (start, stop, step *big.Int) {
	start, _ = ToBig(r.Start)
	stop, _ = ToBig(r.Stop)
	step, _ = ToBig(r.Step)
	return
}

// small returns the bounds as int64 when the range's values all fit.
func (r *Range) small() (start, stop, step int64, ok bool) {
	a, ok1 := r.Start.(Int)
	b, ok2 := r.Stop.(Int)
	c, ok3 := r.Step.(Int)
	if !ok1 || !ok2 || !ok3 {
		return 0, 0, 0, false
	}
	// stop - start must not overflow
	if (int64(b) > 0 && int64(a) < 0 && int64(b)-int64(a) < 0) || (int64(b) < 0 && int64(a) > 0 && int64(a)-int64(b) < 0) {
		return 0, 0, 0, false
	}
	return int64(a), int64(b), int64(c), true
}

// ints is small() for callers that know the range is small.
func (r *Range) ints() (int64, int64, int64) {
	a, b, c, _ := r.small()
	return a, b, c
}

// lenBig is the number of elements.
func (r *Range) lenBig() *big.Int {
	if s, e, st, ok := r.small(); ok {
		return big.NewInt(smallRangeLen(s, e, st))
	}
	start, stop, step := r.big3()
	n := new(big.Int)
	if step.Sign() > 0 && start.Cmp(stop) < 0 {
		// (stop - start + step - 1) / step
		n.Sub(stop, start)
		n.Add(n, step)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, step)
	} else if step.Sign() < 0 && start.Cmp(stop) > 0 {
		// (start - stop - step - 1) / -step
		n.Sub(start, stop)
		n.Sub(n, step)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, new(big.Int).Neg(step))
	}
	return n
}

func smallRangeLen(s, e, st int64) int64 {
	if st > 0 && s < e {
		return int64((uint64(e-s) + uint64(st) - 1) / uint64(st))
	}
	if st < 0 && s > e {
		return int64((uint64(s-e) + uint64(-st) - 1) / uint64(-st))
	}
	return 0
}

// length is len(r) for ranges whose length fits in an int64.
func (r *Range) length() int64 {
	n := r.lenBig()
	if !n.IsInt64() {
		return 1<<63 - 1
	}
	return n.Int64()
}

// item returns r[i] for 0 <= i < len(r).
func (r *Range) item(i *big.Int) Object {
	start, _, step := r.big3()
	v := new(big.Int).Mul(i, step)
	return NewBig(v.Add(v, start))
}

// rangeIter iterates an int64 range by count (so it cannot overflow).
type rangeIter struct {
	cur, step, n int64
}

func (*rangeIter) Type() *Type { return rangeIterType }
func (it *rangeIter) Next(t *Thread) (Object, error) {
	if v, ok := it.next(); ok {
		return Int(v), nil
	}
	return nil, nil
}

// next returns the next value (the VM boxes it its own way).
func (it *rangeIter) next() (int64, bool) {
	if it.n <= 0 {
		return 0, false
	}
	v := it.cur
	it.n--
	if it.n > 0 {
		it.cur += it.step
	}
	return v, true
}

// bigRangeIter iterates any range.
type bigRangeIter struct {
	cur, step, n *big.Int
}

var longRangeIterType = NewBuiltinType("longrange_iterator", ObjectType, nil)

func (*bigRangeIter) Type() *Type { return longRangeIterType }
func (it *bigRangeIter) Next(t *Thread) (Object, error) {
	if it.n.Sign() <= 0 {
		return nil, nil
	}
	v := NewBig(new(big.Int).Set(it.cur))
	it.cur = new(big.Int).Add(it.cur, it.step)
	it.n = new(big.Int).Sub(it.n, big.NewInt(1))
	return v, nil
}

func rangeIterOf(r *Range, reverse bool) Iterator {
	if s, e, st, ok := r.small(); ok {
		n := smallRangeLen(s, e, st)
		if !reverse {
			return &rangeIter{cur: s, step: st, n: n}
		}
		last := new(big.Int).Mul(big.NewInt(n-1), big.NewInt(st))
		last.Add(last, big.NewInt(s))
		if n == 0 || last.IsInt64() {
			return &rangeIter{cur: last.Int64(), step: -st, n: n}
		}
	}
	start, _, step := r.big3()
	n := r.lenBig()
	if !reverse {
		return &bigRangeIter{cur: new(big.Int).Set(start), step: new(big.Int).Set(step), n: n}
	}
	last := new(big.Int).Sub(n, big.NewInt(1))
	last.Mul(last, step)
	last.Add(last, start)
	return &bigRangeIter{cur: last, step: new(big.Int).Neg(step), n: n}
}

// rangeContainsInt reports whether the int v is in r.
func rangeContainsInt(r *Range, v *big.Int) bool {
	start, stop, step := r.big3()
	if step.Sign() > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return false
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(v, start)
	return d.Rem(d, step).Sign() == 0
}

func isExactInt(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// bigSliceIndices is slice.indices(length) for big lengths.
func bigSliceIndices(t *Thread, sl *Slice, length *big.Int) (start, stop, step *big.Int, err error) {
	step = big.NewInt(1)
	if sl.Step != None {
		v, err := Index(t, sl.Step)
		if err != nil {
			return nil, nil, nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		step, _ = ToBig(v)
		if step.Sign() == 0 {
			return nil, nil, nil, Errorf(ValueError, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if neg {
		lower = big.NewInt(-1)
		upper = new(big.Int).Sub(length, big.NewInt(1))
	}
	conv := func(o Object, dflt *big.Int) (*big.Int, error) {
		if o == None {
			return dflt, nil
		}
		v, err := Index(t, o)
		if err != nil {
			return nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		b, _ := ToBig(v)
		b = new(big.Int).Set(b)
		if b.Sign() < 0 {
			b.Add(b, length)
			if b.Cmp(lower) < 0 {
				b.Set(lower)
			}
		} else if b.Cmp(upper) > 0 {
			b.Set(upper)
		}
		return b, nil
	}
	dStart, dStop := lower, upper
	if !neg {
		dStart, dStop = lower, upper
	} else {
		dStart, dStop = upper, lower
	}
	if start, err = conv(sl.Start, dStart); err != nil {
		return
	}
	stop, err = conv(sl.Stop, dStop)
	return
}

func init() {
	RangeType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := NoKwargs("range", kw); err != nil {
			return nil, err
		}
		switch len(args) {
		case 0:
			return nil, Errorf(TypeError, "range expected at least 1 argument, got 0")
		case 1, 2, 3:
		default:
			return nil, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(args))
		}
		vals := make([]Object, len(args))
		for i, a := range args {
			v, err := Index(t, a)
			if err != nil {
				return nil, err
			}
			if b, ok := v.(Bool); ok {
				v = Int(0)
				if b {
					v = Int(1)
				}
			}
			vals[i] = v
		}
		switch len(args) {
		case 1:
			return &Range{Start: Int(0), Stop: vals[0], Step: Int(1)}, nil
		case 2:
			return &Range{Start: vals[0], Stop: vals[1], Step: Int(1)}, nil
		}
		if st, ok := vals[2].(Int); ok && st == 0 {
			return nil, Errorf(ValueError, "range() arg 3 must not be zero")
		}
		return &Range{Start: vals[0], Stop: vals[1], Step: vals[2]}, nil
	}
	rm := func(name string, fn func(t *Thread, r *Range, a []Object) (Object, error)) {
		RangeType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			r, ok := args[0].(*Range)
			if !ok {
				return nil, Errorf(TypeError, "descriptor '%s' requires a 'range' object but received a '%s'", name, TypeName(args[0]))
			}
			return fn(t, r, args[1:])
		})
	}
	rm("__len__", func(t *Thread, r *Range, a []Object) (Object, error) {
		n := r.lenBig()
		if !n.IsInt64() {
			return nil, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
		}
		return Int(n.Int64()), nil
	})
	rm("__bool__", func(t *Thread, r *Range, a []Object) (Object, error) {
		return NewBool(r.lenBig().Sign() != 0), nil
	})
	rm("__iter__", func(t *Thread, r *Range, a []Object) (Object, error) { return rangeIterOf(r, false), nil })
	rm("__reversed__", func(t *Thread, r *Range, a []Object) (Object, error) { return rangeIterOf(r, true), nil })
	rm("__repr__", func(t *Thread, r *Range, a []Object) (Object, error) {
		s, err := Repr(t, r.Start)
		if err != nil {
			return nil, err
		}
		e, err := Repr(t, r.Stop)
		if err != nil {
			return nil, err
		}
		if st, ok := r.Step.(Int); ok && st == 1 {
			return NewStr("range(" + s + ", " + e + ")"), nil
		}
		st, err := Repr(t, r.Step)
		if err != nil {
			return nil, err
		}
		return NewStr("range(" + s + ", " + e + ", " + st + ")"), nil
	})
	// find returns the index of x (nil: absent) and whether x was an int.
	find := func(t *Thread, r *Range, x Object) (*big.Int, error) {
		if isExactInt(x) {
			v, _ := ToBig(x)
			if !rangeContainsInt(r, v) {
				return nil, nil
			}
			start, _, step := r.big3()
			d := new(big.Int).Sub(v, start)
			return d.Quo(d, step), nil
		}
		it := rangeIterOf(r, false)
		for i := int64(0); ; i++ {
			v, err := it.Next(t)
			if err != nil || v == nil {
				return nil, err
			}
			eq, err := Eq(t, v, x)
			if err != nil {
				return nil, err
			}
			if eq {
				return big.NewInt(i), nil
			}
		}
	}
	rm("__contains__", func(t *Thread, r *Range, a []Object) (Object, error) {
		i, err := find(t, r, a[0])
		return NewBool(i != nil), err
	})
	rm("index", func(t *Thread, r *Range, a []Object) (Object, error) {
		if len(a) != 1 {
			return nil, Errorf(TypeError, "range.index() takes exactly one argument (%d given)", len(a))
		}
		i, err := find(t, r, a[0])
		if err != nil {
			return nil, err
		}
		if i == nil {
			if isExactInt(a[0]) {
				rs, _ := Repr(t, a[0])
				return nil, Errorf(ValueError, "%s is not in range", rs)
			}
			return nil, Errorf(ValueError, "sequence.index(x): x not in sequence")
		}
		return NewBig(i), nil
	})
	rm("count", func(t *Thread, r *Range, a []Object) (Object, error) {
		if len(a) != 1 {
			return nil, Errorf(TypeError, "range.count() takes exactly one argument (%d given)", len(a))
		}
		if isExactInt(a[0]) {
			v, _ := ToBig(a[0])
			if rangeContainsInt(r, v) {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n := 0
		it := rangeIterOf(r, false)
		for {
			v, err := it.Next(t)
			if err != nil {
				return nil, err
			}
			if v == nil {
				return Int(n), nil
			}
			eq, err := Eq(t, v, a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
	})
	rm("__getitem__", func(t *Thread, r *Range, a []Object) (Object, error) {
		n := r.lenBig()
		if sl, ok := a[0].(*Slice); ok {
			start, stop, step, err := bigSliceIndices(t, sl, n)
			if err != nil {
				return nil, err
			}
			rs, _, rst := r.big3()
			ns := new(big.Int).Mul(start, rst)
			ns.Add(ns, rs)
			ne := new(big.Int).Mul(stop, rst)
			ne.Add(ne, rs)
			nst := new(big.Int).Mul(step, rst)
			return &Range{Start: NewBig(ns), Stop: NewBig(ne), Step: NewBig(nst)}, nil
		}
		if !hasIndex(a[0]) {
			return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(a[0]))
		}
		iv, err := Index(t, a[0])
		if err != nil {
			return nil, err
		}
		i, _ := ToBig(iv)
		i = new(big.Int).Set(i)
		if i.Sign() < 0 {
			i.Add(i, n)
		}
		if i.Sign() < 0 || i.Cmp(n) >= 0 {
			return nil, Errorf(IndexError, "range object index out of range")
		}
		return r.item(i), nil
	})
	rm("__eq__", func(t *Thread, r *Range, a []Object) (Object, error) {
		o, ok := a[0].(*Range)
		if !ok {
			return NotImplemented, nil
		}
		return NewBool(rangeEqual(r, o)), nil
	})
	rm("__ne__", func(t *Thread, r *Range, a []Object) (Object, error) {
		o, ok := a[0].(*Range)
		if !ok {
			return NotImplemented, nil
		}
		return NewBool(!rangeEqual(r, o)), nil
	})
	rm("__hash__", func(t *Thread, r *Range, a []Object) (Object, error) {
		n := r.lenBig()
		var tu *Tuple
		switch {
		case n.Sign() == 0:
			tu = NewTuple(Int(0), None, None)
		case n.Cmp(big.NewInt(1)) == 0:
			tu = NewTuple(Int(1), r.Start, None)
		default:
			tu = NewTuple(NewBig(n), r.Start, r.Step)
		}
		h, err := Hash(t, tu)
		return Int(h), err
	})
	for _, name := range []string{"start", "stop", "step"} {
		name := name
		RangeType.AddGetSet(name, func(t *Thread, self Object) (Object, error) {
			r := self.(*Range)
			switch name {
			case "start":
				return r.Start, nil
			case "stop":
				return r.Stop, nil
			}
			return r.Step, nil
		}, nil)
	}
	longRangeIterType.AddMethod("__iter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil })
	longRangeIterType.AddMethod("__next__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		v, err := args[0].(Iterator).Next(t)
		if err == nil && v == nil {
			return nil, NewException(StopIteration)
		}
		return v, err
	})
}

func rangeEqual(r, o *Range) bool {
	if r == o {
		return true
	}
	n1, n2 := r.lenBig(), o.lenBig()
	if n1.Cmp(n2) != 0 {
		return false
	}
	if n1.Sign() == 0 {
		return true
	}
	s1, _, st1 := r.big3()
	s2, _, st2 := o.big3()
	if s1.Cmp(s2) != 0 {
		return false
	}
	return n1.Cmp(big.NewInt(1)) == 0 || st1.Cmp(st2) == 0
}
