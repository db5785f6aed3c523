package py

// Set algebra with CPython's algorithms (setobject.c): which operand is
// iterated, when tables are presized, copied or resized decides the
// layout of the result and so its iteration order, which programs print.

// tableMask is the mask of s's table (an unallocated table counts as
// CPython's minimum of 8 slots).
func (s *Set) tableMask() int {
	if len(s.table) == 0 {
		return 7
	}
	return len(s.table) - 1
}

func (s *Set) ensureTable() {
	if len(s.table) == 0 {
		s.table = make([]setEntry, 8)
	}
}

// entries calls fn for each element of s in table order with its hash.
func (s *Set) entries(fn func(key Object, hash int64) error) error {
	for i := 0; i < len(s.table); i++ {
		e := s.table[i]
		if e.key != nil && e.key != dummyKey {
			if err := fn(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Set) discardHashed(t *Thread, key Object, h int64) (bool, error) {
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i].key = dummyKey
	s.used--
	return true, nil
}

func (s *Set) containsHashed(t *Thread, key Object, h int64) (bool, error) {
	i, err := s.lookup(t, key, h)
	return i >= 0, err
}

// merge is set_merge: adds the elements of o.
func (s *Set) merge(t *Thread, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	s.hashed = false
	if (s.fill+o.used)*5 >= s.tableMask()*3 {
		s.ensureTable()
		s.resize((s.used + o.used) * 2)
	}
	s.ensureTable()
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key != nil && e.key != dummyKey {
				s.insertClean(e.key, e.hash)
			}
		}
		return nil
	}
	return o.entries(func(k Object, h int64) error { return s.addHashed(t, k, h) })
}

// update is set_update_internal: adds the elements of any iterable.
func (s *Set) update(t *Thread, other Object) error {
	s.hashed = false
	if o, ok := asSet(other); ok {
		return s.merge(t, o)
	}
	if d, ok := other.(*Dict); ok {
		n := d.Len()
		if (s.fill+n)*5 >= s.tableMask()*3 {
			s.ensureTable()
			s.resize((s.used + n) * 2)
		}
		it := d.Iter()
		for {
			k, _, ok, err := it.Next()
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			if err := s.Add(t, k); err != nil {
				return err
			}
		}
	}
	return Iterate(t, other, func(x Object) (bool, error) { return true, s.Add(t, x) })
}

// newSetFrom is make_new_set: a set (or frozenset) of other's elements.
func newSetFrom(t *Thread, frozen bool, other Object) (*Set, error) {
	r := &Set{Frozen: frozen}
	if other == nil {
		return r, nil
	}
	return r, r.update(t, other)
}

// setIntersection is set_intersection.
func setIntersection(t *Thread, so *Set, other Object) (*Set, error) {
	result := &Set{Frozen: so.Frozen}
	if o, ok := asSet(other); ok {
		a, b := so, o
		if b.used > a.used {
			a, b = b, a
		}
		err := b.entries(func(k Object, h int64) error {
			in, err := a.containsHashed(t, k, h)
			if err != nil || !in {
				return err
			}
			return result.addHashed(t, k, h)
		})
		return result, err
	}
	err := Iterate(t, other, func(x Object) (bool, error) {
		h, err := Hash(t, x)
		if err != nil {
			return false, err
		}
		in, err := so.containsHashed(t, x, h)
		if err != nil || !in {
			return err == nil, err
		}
		return true, result.addHashed(t, x, h)
	})
	return result, err
}

// differenceUpdate is set_difference_update_internal.
func (s *Set) differenceUpdate(t *Thread, other Object) error {
	s.hashed = false
	if o, ok := asSet(other); ok {
		if o == s {
			s.table, s.fill, s.used = nil, 0, 0
			return nil
		}
		if err := o.entries(func(k Object, h int64) error {
			_, err := s.discardHashed(t, k, h)
			return err
		}); err != nil {
			return err
		}
	} else if err := Iterate(t, other, func(x Object) (bool, error) {
		_, err := s.Discard(t, x)
		return err == nil, err
	}); err != nil {
		return err
	}
	if s.fill-s.used <= s.tableMask()/4 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

// setDifference is set_difference.
func setDifference(t *Thread, so *Set, other Object) (*Set, error) {
	otherSize := -1
	o, isSet := asSet(other)
	d, isDict := other.(*Dict)
	switch {
	case isSet:
		otherSize = o.used
	case isDict:
		otherSize = d.Len()
	}
	if otherSize < 0 || so.used>>2 > otherSize {
		r, err := newSetFrom(t, so.Frozen, so)
		if err != nil {
			return nil, err
		}
		return r, r.differenceUpdate(t, other)
	}
	result := &Set{Frozen: so.Frozen}
	err := so.entries(func(k Object, h int64) error {
		var in bool
		var err error
		if isDict {
			_, in, err = d.GetItem(t, k)
		} else {
			in, err = o.containsHashed(t, k, h)
		}
		if err != nil || in {
			return err
		}
		return result.addHashed(t, k, h)
	})
	return result, err
}

// symDiffUpdate is set_symmetric_difference_update.
func (s *Set) symDiffUpdate(t *Thread, other Object) error {
	s.hashed = false
	o, ok := asSet(other)
	if ok && o == s {
		s.table, s.fill, s.used = nil, 0, 0
		return nil
	}
	toggle := func(k Object, h int64) error {
		found, err := s.discardHashed(t, k, h)
		if err != nil || found {
			return err
		}
		return s.addHashed(t, k, h)
	}
	if d, isDict := other.(*Dict); isDict {
		it := d.Iter()
		for {
			k, _, more, err := it.Next()
			if err != nil {
				return err
			}
			if !more {
				return nil
			}
			h, err := Hash(t, k)
			if err != nil {
				return err
			}
			if err := toggle(k, h); err != nil {
				return err
			}
		}
	}
	if !ok {
		var err error
		if o, err = newSetFrom(t, false, other); err != nil {
			return err
		}
	}
	return o.entries(toggle)
}

// setSymDiff is set_symmetric_difference.
func setSymDiff(t *Thread, so *Set, other Object) (*Set, error) {
	r, err := newSetFrom(t, so.Frozen, other)
	if err != nil {
		return nil, err
	}
	return r, r.symDiffUpdate(t, so)
}

// setUnion is set_or.
func setUnion(t *Thread, so *Set, other Object) (*Set, error) {
	r, err := newSetFrom(t, so.Frozen, so)
	if err != nil {
		return nil, err
	}
	if o, ok := asSet(other); ok && o == so {
		return r, nil
	}
	return r, r.update(t, other)
}

// swapBody replaces s's contents with r's (set_swap_bodies).
func (s *Set) swapBody(r *Set) {
	s.table, s.fill, s.used, s.finger = r.table, r.fill, r.used, 0
	s.hashed = false
}

// dictViewToSet is dictviews_to_set: a keys view is read as its dict.
func dictViewToSet(t *Thread, o Object) (*Set, error) {
	if v, ok := o.(*dictView); ok && v.kind == 0 {
		return newSetFrom(t, false, v.d)
	}
	return newSetFrom(t, false, o)
}

// dictViewBinary implements the set operators of dict views, with a and
// b in operator order (one of them is a view).
func dictViewBinary(t *Thread, a, b Object, op string) (Object, error) {
	if op == "&" {
		self, other := a, b
		if _, ok := self.(*dictView); !ok {
			self, other = other, self
		}
		v := self.(*dictView)
		if s, ok := other.(*Set); ok && !s.Frozen && v.d.Len() <= s.used {
			return setIntersection(t, s, v)
		}
		if ov, ok := other.(*dictView); ok && ov.kind != 1 && ov.d.Len() > v.d.Len() {
			v, other = ov, v
		}
		result := NewSet()
		err := Iterate(t, other, func(x Object) (bool, error) {
			in, err := dictViewContains(t, v, x)
			if err != nil || !in {
				return err == nil, err
			}
			return true, result.Add(t, x)
		})
		return result, err
	}
	r, err := dictViewToSet(t, a)
	if err != nil {
		return nil, err
	}
	switch op {
	case "|":
		err = r.update(t, b)
	case "-":
		err = r.differenceUpdate(t, b)
	case "^":
		err = r.symDiffUpdate(t, b)
	}
	return r, err
}

func dictViewContains(t *Thread, v *dictView, x Object) (bool, error) {
	if v.kind == 0 {
		_, found, err := v.d.GetItem(t, x)
		return found, err
	}
	pair, ok := x.(*Tuple)
	if !ok || len(pair.Items) != 2 {
		return false, nil
	}
	val, found, err := v.d.GetItem(t, pair.Items[0])
	if err != nil || !found {
		return false, err
	}
	return Eq(t, val, pair.Items[1])
}

// setIntersectionMulti is set.intersection(*others).
func setIntersectionMulti(t *Thread, s *Set, others []Object) (*Set, error) {
	if len(others) == 0 {
		return s.copySet(s.Frozen), nil
	}
	r := s
	for _, o := range others {
		var err error
		if r, err = setIntersection(t, r, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}
