package py

import "strings"

// The set table follows CPython's layout (linear probing of 9 slots then
// perturbation, growth at 3/5 fill) so that iteration order matches
// CPython for ints and other deterministic hashes.

var dummyKey Object = &struct{ noneObject }{}

const setLinearProbes = 9

// probeCount is CPython's rule: probe linearly only when all the probes
// fit in the table.
func probeCount(i, mask uint64) int {
	if i+setLinearProbes <= mask {
		return setLinearProbes
	}
	return 0
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

func (s *Set) lookup(t *Thread, key Object, hash int64) (int, error) {
	if len(s.table) == 0 {
		return -1, nil
	}
	mask := s.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		for j, probes := 0, probeCount(i, mask); j <= probes; j++ {
			e := &s.table[i+uint64(j)]
			if e.key == nil {
				return -1, nil
			}
			if e.key != dummyKey && e.hash == hash {
				if e.key == key {
					return int(i) + j, nil
				}
				eq, err := Eq(t, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(i) + j, nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) insertClean(key Object, hash int64) {
	mask := s.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		for j, probes := 0, probeCount(i, mask); j <= probes; j++ {
			e := &s.table[i+uint64(j)]
			if e.key == nil {
				e.key, e.hash = key, hash
				return
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minused int) {
	size := 8
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != dummyKey {
			s.insertClean(e.key, e.hash)
		}
	}
}

// Add inserts key.
func (s *Set) Add(t *Thread, key Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addHashed(t, key, h)
}

func (s *Set) addHashed(t *Thread, key Object, h int64) error {
	if len(s.table) == 0 {
		s.table = make([]setEntry, 8)
	}
	i, err := s.lookup(t, key, h)
	if err != nil || i >= 0 {
		return err
	}
	// find a free slot (reusing a dummy on the probe path, as CPython)
	mask := s.mask()
	perturb := uint64(h)
	idx := uint64(h) & mask
	for {
		for j, probes := 0, probeCount(idx, mask); j <= probes; j++ {
			e := &s.table[idx+uint64(j)]
			if e.key == nil || e.key == dummyKey {
				if e.key == nil {
					s.fill++
				}
				e.key, e.hash = key, h
				s.used++
				if s.fill*5 >= int(mask)*3 {
					if s.used > 50000 {
						s.resize(s.used * 2)
					} else {
						s.resize(s.used * 4)
					}
				}
				return nil
			}
		}
		perturb >>= 5
		idx = (idx*5 + 1 + perturb) & mask
	}
}

// Contains reports whether key is in the set.
func (s *Set) Contains(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	return i >= 0, err
}

// Discard removes key if present.
func (s *Set) Discard(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i].key = dummyKey
	s.used--
	return true, nil
}

// discardSetKey is Discard for set.discard and set.remove, which look an
// unhashable set key up as the equal frozenset, as CPython does.
func (s *Set) discardSetKey(t *Thread, key Object) (bool, error) {
	ok, err := s.Discard(t, key)
	if err != nil && AsException(err).IsInstance(TypeError) {
		if inner, isSet := asSet(key); isSet && !inner.Frozen {
			return s.Discard(t, inner.copySet(true))
		}
	}
	return ok, err
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Object {
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != dummyKey {
			out = append(out, e.key)
		}
	}
	return out
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// copySet is set_copy (a merge into an empty set: the copy may have a
// smaller table than s and no dummies).
func (s *Set) copySet(frozen bool) *Set {
	n := &Set{Frozen: frozen}
	n.merge(nil, s)
	return n
}

// setIter iterates a set, detecting size changes.
type setIter struct {
	s    *Set
	i    int
	used int
	got  int // items returned (for __length_hint__)
}

func (*setIter) Type() *Type { return setIterType }

var setIterType = NewBuiltinType("set_iterator", ObjectType, nil)

func (it *setIter) Next(t *Thread) (Object, error) {
	if it.s == nil {
		return nil, nil
	}
	if it.s.used != it.used {
		it.used = -1
		return nil, Errorf(RuntimeError, "Set changed size during iteration")
	}
	for it.i < len(it.s.table) {
		e := it.s.table[it.i]
		it.i++
		if e.key != nil && e.key != dummyKey {
			it.got++
			return e.key, nil
		}
	}
	it.s = nil
	return nil, nil
}

func asSet(o Object) (*Set, bool) {
	switch v := o.(type) {
	case *Set:
		return v, true
	case *Instance:
		if s, ok := v.Base.(*Set); ok {
			return s, true
		}
	}
	return nil, false
}

// toSet makes a set from any iterable (sets are used directly).
func toSet(t *Thread, o Object) (*Set, error) {
	if s, ok := asSet(o); ok {
		return s, nil
	}
	s := NewSet()
	err := Iterate(t, o, func(x Object) (bool, error) { return true, s.Add(t, x) })
	return s, err
}

func setRepr(t *Thread, s *Set) (string, error) {
	name := "set"
	if s.Frozen {
		name = "frozenset"
	}
	if s.used == 0 {
		return name + "()", nil
	}
	if err := t.Enter(); err != nil {
		return "", err
	}
	defer t.Leave()
	var b strings.Builder
	if s.Frozen {
		b.WriteString("frozenset(")
	}
	b.WriteByte('{')
	for i, x := range s.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteByte('}')
	if s.Frozen {
		b.WriteByte(')')
	}
	return b.String(), nil
}

func (s *Set) frozenHash() int64 {
	if s.hashed {
		return s.hash
	}
	var h uint64
	for _, e := range s.table {
		if e.key != nil && e.key != dummyKey {
			x := uint64(e.hash)
			h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	r := int64(h)
	if r == -1 {
		r = 590923713
	}
	s.hash, s.hashed = r, true
	return r
}

// setBinary applies a set operator ("|", "&", "-", "^") to a and any iterable.
func setBinary(t *Thread, a *Set, other Object, op string) (*Set, error) {
	switch op {
	case "|":
		return setUnion(t, a, other)
	case "&":
		return setIntersection(t, a, other)
	case "-":
		return setDifference(t, a, other)
	}
	return setSymDiff(t, a, other)
}

func isSubset(t *Thread, a, b *Set) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, x := range a.Items() {
		ok, err := b.Contains(t, x)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func init() {
	newSet := func(frozen bool) func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		return func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
			name := "set"
			if frozen {
				name = "frozenset"
			}
			if err := CheckPosArgs(name, args, kw, 0, 1); err != nil {
				return nil, err
			}
			if frozen && cls == FrozenSetType && len(args) == 1 {
				if fs, ok := args[0].(*Set); ok && fs.Frozen {
					return fs, nil
				}
			}
			s := &Set{Frozen: frozen}
			if len(args) == 1 && (frozen || cls == SetType) {
				if err := s.update(t, args[0]); err != nil {
					return nil, err
				}
			}
			return s, nil
		}
	}
	SetType.New = newSet(false)
	FrozenSetType.New = newSet(true)
	SetType.AddMethod("__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, _ := asSet(args[0])
		if len(args) > 1 && s.used == 0 {
			return None, s.update(t, args[1])
		}
		return None, nil
	})
	for _, tp := range []*Type{SetType, FrozenSetType} {
		tp := tp
		m := func(name string, fn func(t *Thread, s *Set, args []Object) (Object, error)) {
			tp.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				s, ok := asSet(args[0])
				if !ok {
					return nil, Errorf(TypeError, "descriptor '%s' requires a '%s' object", name, tp.Name)
				}
				return fn(t, s, args[1:])
			})
		}
		m("__len__", func(t *Thread, s *Set, a []Object) (Object, error) { return Int(s.used), nil })
		m("__contains__", func(t *Thread, s *Set, a []Object) (Object, error) {
			ok, err := s.Contains(t, a[0])
			if err != nil {
				if e := AsException(err); e.IsInstance(TypeError) {
					if inner, ok := asSet(a[0]); ok {
						return NewBool(func() bool { r, _ := s.Contains(t, inner.copySet(true)); return r }()), nil
					}
				}
			}
			return NewBool(ok), err
		})
		m("__iter__", func(t *Thread, s *Set, a []Object) (Object, error) { return &setIter{s: s, used: s.used}, nil })
		tp.AddRawMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s, ok := asSet(args[0])
			if !ok {
				return nil, Errorf(TypeError, "descriptor '__repr__' requires a '%s' object", tp.Name)
			}
			if inst, sub := args[0].(*Instance); sub {
				// A subclass: Name({...}) or Name().
				if s.used == 0 {
					return NewStr(inst.Cls.Name + "()"), nil
				}
				plain := *s
				plain.Frozen = false
				r, err := setRepr(t, &plain)
				return NewStr(inst.Cls.Name + "(" + r + ")"), err
			}
			r, err := setRepr(t, s)
			return NewStr(r), err
		})
		m("copy", func(t *Thread, s *Set, a []Object) (Object, error) {
			if tp == FrozenSetType && s.Frozen {
				return s, nil
			}
			return s.copySet(s.Frozen), nil
		})
		for _, op := range []struct{ name, sym string }{{"__or__", "|"}, {"__and__", "&"}, {"__sub__", "-"}, {"__xor__", "^"}} {
			sym := op.sym
			m(op.name, func(t *Thread, s *Set, a []Object) (Object, error) {
				if _, ok := asSet(a[0]); !ok {
					return NotImplemented, nil
				}
				return setBinary(t, s, a[0], sym)
			})
		}
		for _, op := range []struct{ name, sym string }{{"__ror__", "|"}, {"__rand__", "&"}, {"__rsub__", "-"}, {"__rxor__", "^"}} {
			sym := op.sym
			m(op.name, func(t *Thread, s *Set, a []Object) (Object, error) {
				o, ok := asSet(a[0])
				if !ok {
					return NotImplemented, nil
				}
				return setBinary(t, o, s, sym)
			})
		}
		m("union", func(t *Thread, s *Set, a []Object) (Object, error) {
			r := s.copySet(s.Frozen)
			for _, o := range a {
				if os, ok := asSet(o); ok && os == s {
					continue
				}
				if err := r.update(t, o); err != nil {
					return nil, err
				}
			}
			return r, nil
		})
		m("intersection", func(t *Thread, s *Set, a []Object) (Object, error) {
			return setIntersectionMulti(t, s, a)
		})
		m("difference", func(t *Thread, s *Set, a []Object) (Object, error) {
			if len(a) == 0 {
				return s.copySet(s.Frozen), nil
			}
			r, err := setDifference(t, s, a[0])
			if err != nil {
				return nil, err
			}
			for _, o := range a[1:] {
				if err := r.differenceUpdate(t, o); err != nil {
					return nil, err
				}
			}
			return r, nil
		})
		m("symmetric_difference", func(t *Thread, s *Set, a []Object) (Object, error) {
			if len(a) != 1 {
				return nil, Errorf(TypeError, "set.symmetric_difference() takes exactly one argument (%d given)", len(a))
			}
			return setSymDiff(t, s, a[0])
		})
		m("issubset", func(t *Thread, s *Set, a []Object) (Object, error) {
			b, err := toSet(t, a[0])
			if err != nil {
				return nil, err
			}
			ok, err := isSubset(t, s, b)
			return NewBool(ok), err
		})
		m("issuperset", func(t *Thread, s *Set, a []Object) (Object, error) {
			b, err := toSet(t, a[0])
			if err != nil {
				return nil, err
			}
			ok, err := isSubset(t, b, s)
			return NewBool(ok), err
		})
		m("isdisjoint", func(t *Thread, s *Set, a []Object) (Object, error) {
			b, err := toSet(t, a[0])
			if err != nil {
				return nil, err
			}
			for _, x := range s.Items() {
				ok, err := b.Contains(t, x)
				if err != nil || ok {
					return NewBool(false), err
				}
			}
			return True, nil
		})
		cmp := func(name string, fn func(t *Thread, a, b *Set) (bool, error)) {
			m(name, func(t *Thread, s *Set, a []Object) (Object, error) {
				b, ok := asSet(a[0])
				if !ok {
					return NotImplemented, nil
				}
				r, err := fn(t, s, b)
				return NewBool(r), err
			})
		}
		cmp("__eq__", func(t *Thread, a, b *Set) (bool, error) {
			if a.used != b.used {
				return false, nil
			}
			return isSubset(t, a, b)
		})
		cmp("__ne__", func(t *Thread, a, b *Set) (bool, error) {
			if a.used != b.used {
				return true, nil
			}
			r, err := isSubset(t, a, b)
			return !r, err
		})
		cmp("__le__", isSubset)
		cmp("__ge__", func(t *Thread, a, b *Set) (bool, error) { return isSubset(t, b, a) })
		cmp("__lt__", func(t *Thread, a, b *Set) (bool, error) {
			r, err := isSubset(t, a, b)
			return r && a.used < b.used, err
		})
		cmp("__gt__", func(t *Thread, a, b *Set) (bool, error) {
			r, err := isSubset(t, b, a)
			return r && a.used > b.used, err
		})
	}
	FrozenSetType.AddMethod("__hash__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, _ := asSet(args[0])
		return Int(s.frozenHash()), nil
	})
	SetType.Dict.SetString("__hash__", None)
	sm := func(name string, fn func(t *Thread, s *Set, args []Object) (Object, error)) {
		SetType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s, ok := asSet(args[0])
			if !ok {
				return nil, Errorf(TypeError, "descriptor '%s' requires a 'set' object", name)
			}
			return fn(t, s, args[1:])
		})
	}
	sm("add", func(t *Thread, s *Set, a []Object) (Object, error) { return None, s.Add(t, a[0]) })
	sm("discard", func(t *Thread, s *Set, a []Object) (Object, error) {
		_, err := s.discardSetKey(t, a[0])
		return None, err
	})
	sm("remove", func(t *Thread, s *Set, a []Object) (Object, error) {
		ok, err := s.discardSetKey(t, a[0])
		if err == nil && !ok {
			err = NewKeyError(a[0])
		}
		return None, err
	})
	sm("pop", func(t *Thread, s *Set, a []Object) (Object, error) {
		if s.used == 0 {
			return nil, Errorf(KeyError, "pop from an empty set")
		}
		for i := s.finger; ; i = (i + 1) & int(s.mask()) {
			e := &s.table[i]
			if e.key != nil && e.key != dummyKey {
				k := e.key
				e.key = dummyKey
				s.used--
				s.finger = (i + 1) & int(s.mask())
				return k, nil
			}
		}
	})
	sm("clear", func(t *Thread, s *Set, a []Object) (Object, error) {
		s.table, s.fill, s.used = nil, 0, 0
		return None, nil
	})
	sm("update", func(t *Thread, s *Set, a []Object) (Object, error) {
		for _, o := range a {
			if err := s.update(t, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	sm("intersection_update", func(t *Thread, s *Set, a []Object) (Object, error) {
		r, err := setIntersectionMulti(t, s, a)
		if err != nil {
			return nil, err
		}
		s.swapBody(r)
		return None, nil
	})
	sm("difference_update", func(t *Thread, s *Set, a []Object) (Object, error) {
		for _, o := range a {
			if err := s.differenceUpdate(t, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	sm("symmetric_difference_update", func(t *Thread, s *Set, a []Object) (Object, error) {
		if len(a) != 1 {
			return nil, Errorf(TypeError, "set.symmetric_difference_update() takes exactly one argument (%d given)", len(a))
		}
		return None, s.symDiffUpdate(t, a[0])
	})
	inplace := func(name string, fn func(t *Thread, s, o *Set) error) {
		sm(name, func(t *Thread, s *Set, a []Object) (Object, error) {
			o, ok := asSet(a[0])
			if !ok {
				return NotImplemented, nil
			}
			return s, fn(t, s, o)
		})
	}
	inplace("__ior__", func(t *Thread, s, o *Set) error { return s.update(t, o) })
	inplace("__iand__", func(t *Thread, s, o *Set) error {
		r, err := setIntersection(t, s, o)
		if err == nil {
			s.swapBody(r)
		}
		return err
	})
	inplace("__isub__", func(t *Thread, s, o *Set) error { return s.differenceUpdate(t, o) })
	inplace("__ixor__", func(t *Thread, s, o *Set) error { return s.symDiffUpdate(t, o) })
	InstallNew(SetType, FrozenSetType)
}
