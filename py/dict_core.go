package py

// Dict is Python's dict: an insertion-ordered hash table (the compact
// layout CPython uses: an entry array in insertion order plus an index
// table of positions into it).
type Dict struct {
	entries []dictEntry
	// index maps hash slots to entry positions (-1 empty, -2 deleted);
	// its len is a power of two. Small dicts (at most linearMax entries,
	// most instance and keyword dicts) have none and are scanned
	// linearly, which is faster than hashing and saves an allocation.
	index []int32
	used  int // live entries
	// version changes on every insertion or deletion; iterators use it to
	// detect "dictionary changed size during iteration".
	version uint64
	// owner is set on the dict of a dict subclass instance that serves as
	// a namespace (a metaclass's __prepare__): name stores and lookups in
	// the class body go through the instance's methods.
	owner *Instance
	// mixed is set once a key that is not an interned str is stored:
	// until then a lookup of an interned name that matches no key by
	// identity is a miss without comparing strings.
	mixed bool
}

type dictEntry struct {
	hash  int64
	key   Object // nil for deleted entries
	value Object
}

const (
	ixEmpty   = -1
	ixDeleted = -2
)

func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// linearMax is the most entries a dict holds without an index.
const linearMax = 8

// NewDictSize returns an empty dict with room for n entries.
func NewDictSize(n int) *Dict {
	d := &Dict{}
	if n > linearMax {
		d.resize(n)
	} else if n > 0 {
		d.entries = make([]dictEntry, 0, n)
	}
	return d
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

func (d *Dict) resize(minUsed int) {
	size := 8
	for size*2 < minUsed*3 {
		size <<= 1
	}
	idx := make([]int32, size)
	for i := range idx {
		idx[i] = ixEmpty
	}
	d.compact()
	mask := uint64(size - 1)
	for n, e := range d.entries {
		i := uint64(e.hash) & mask
		perturb := uint64(e.hash)
		for idx[i] != ixEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		idx[i] = int32(n)
	}
	d.index = idx
}

// compact removes the holes deleted entries left in d.entries.
func (d *Dict) compact() {
	if d.used == len(d.entries) {
		return
	}
	j := 0
	for _, e := range d.entries {
		if e.key != nil {
			d.entries[j] = e
			j++
		}
	}
	clear(d.entries[j:])
	d.entries = d.entries[:j]
}

// find returns the index slot and entry position of key (entry -1 if absent).
// For an absent key, slot is where it would be inserted.
func (d *Dict) find(t *Thread, key Object, hash int64) (slot int, entry int, err error) {
	if d.index == nil {
		return d.findLinear(t, key, hash)
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	firstFree := -1
	ks, keyIsStr := key.(*Str)
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			if firstFree < 0 {
				firstFree = int(i)
			}
			return firstFree, -1, nil
		}
		if ix == ixDeleted {
			if firstFree < 0 {
				firstFree = int(i)
			}
		} else {
			e := &d.entries[ix]
			if e.key == key {
				return int(i), int(ix), nil
			}
			if e.hash == hash {
				if keyIsStr {
					if es, ok := e.key.(*Str); ok {
						if es.S == ks.S {
							return int(i), int(ix), nil
						}
						goto next
					}
				}
				ver := d.version
				k := e.key
				eq, err := Eq(t, k, key)
				if err != nil {
					return 0, -1, err
				}
				if d.version != ver || d.index == nil {
					// mutated by __eq__: start over
					return d.find(t, key, hash)
				}
				if eq {
					return int(i), int(ix), nil
				}
			}
		}
	next:
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findLinear is find for a dict without an index (slot is always -1).
func (d *Dict) findLinear(t *Thread, key Object, hash int64) (slot int, entry int, err error) {
	ks, keyIsStr := key.(*Str)
	if keyIsStr {
		// compare *Str pointers, not interfaces (a runtime call)
		for i := range d.entries {
			if k, ok := d.entries[i].key.(*Str); ok && k == ks {
				return -1, i, nil
			}
		}
		if ks.interned && !d.mixed {
			return -1, -1, nil
		}
	}
	for i := range d.entries {
		e := &d.entries[i]
		if e.key == nil || e.hash != hash {
			continue
		}
		if keyIsStr {
			if es, ok := e.key.(*Str); ok {
				if es.S == ks.S {
					return -1, i, nil
				}
				continue
			}
		}
		ver := d.version
		eq, err := Eq(t, e.key, key)
		if err != nil {
			return 0, -1, err
		}
		if d.version != ver {
			// mutated by __eq__: start over
			return d.find(t, key, hash)
		}
		if eq {
			return -1, i, nil
		}
	}
	return -1, -1, nil
}

// GetItem looks a key up; found is false when absent.
func (d *Dict) GetItem(t *Thread, key Object) (v Object, found bool, err error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, false, err
	}
	_, ix, err := d.find(t, key, h)
	if err != nil || ix < 0 {
		return nil, false, err
	}
	return d.entries[ix].value, true, nil
}

// GetStr looks up a str key; it returns nil when absent. It never fails.
func (d *Dict) GetStr(key *Str) Object {
	if d.index == nil {
		// Names are interned, so identity almost always decides.
		for i := range d.entries {
			if d.entries[i].key == key {
				return d.entries[i].value
			}
		}
		if !d.mixed && key.interned {
			return nil
		}
		hash := key.Hash()
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == hash && e.key != nil {
				if es, ok := e.key.(*Str); ok && es.S == key.S {
					return e.value
				}
			}
		}
		return nil
	}
	hash := key.Hash()
	mask := uint64(len(d.index) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == key {
				return e.value
			}
			if e.hash == hash {
				if es, ok := e.key.(*Str); ok && es.S == key.S {
					return e.value
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// GetString looks up a key given as a Go string.
func (d *Dict) GetString(key string) Object { return d.GetStr(Intern(key)) }

// SetItem stores key: value.
func (d *Dict) SetItem(t *Thread, key, value Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.setHashed(t, key, h, value)
}

func (d *Dict) setHashed(t *Thread, key Object, h int64, value Object) error {
	slot, ix, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = value
		return nil
	}
	if d.index == nil {
		if len(d.entries) == linearMax && d.used < linearMax {
			d.compact()
		}
		if len(d.entries) < linearMax {
			if ks, ok := key.(*Str); !ok || !ks.interned {
				d.mixed = true
			}
			d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
			d.used++
			d.version++
			return nil
		}
		d.resize(d.used + 1 + d.used/2)
		slot, _, _ = d.find(t, key, h) // cannot call __eq__ again: key absent, fresh table
	} else if (len(d.entries)+1)*3 >= len(d.index)*2 {
		d.resize(d.used + 1 + d.used/2)
		slot, _, _ = d.find(t, key, h) // cannot call __eq__ again: key absent, fresh table
	}
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
	d.used++
	d.version++
	return nil
}

// SetStr stores a str key; it never fails.
func (d *Dict) SetStr(key *Str, value Object) {
	_ = d.setHashed(nil, key, key.Hash(), value)
}

// SetString stores a value under a Go string key.
func (d *Dict) SetString(key string, value Object) { d.SetStr(Intern(key), value) }

// DelItem removes key; found is false if it was absent.
func (d *Dict) DelItem(t *Thread, key Object) (found bool, err error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	slot, ix, err := d.find(t, key, h)
	if err != nil || ix < 0 {
		return false, err
	}
	if d.index != nil {
		d.index[slot] = ixDeleted
	}
	d.entries[ix] = dictEntry{}
	d.used--
	d.version++
	if d.used == 0 {
		d.entries = d.entries[:0]
		d.index = nil
	}
	return true, nil
}

// Pop removes key and returns its value (nil if absent).
func (d *Dict) Pop(t *Thread, key Object) (Object, error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	slot, ix, err := d.find(t, key, h)
	if err != nil || ix < 0 {
		return nil, err
	}
	v := d.entries[ix].value
	if d.index != nil {
		d.index[slot] = ixDeleted
	}
	d.entries[ix] = dictEntry{}
	d.used--
	d.version++
	if d.used == 0 {
		d.entries = d.entries[:0]
		d.index = nil
	}
	return v, nil
}

// DelStr removes a str key, reporting whether it was present.
func (d *Dict) DelStr(key *Str) bool {
	found, _ := d.DelItem(nil, key)
	return found
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
	d.version++
}

// Items calls fn for each item in insertion order until fn returns false.
// The dict must not be modified during the walk.
func (d *Dict) Items(fn func(k, v Object) bool) {
	for i := range d.entries {
		e := &d.entries[i]
		if e.key != nil {
			if !fn(e.key, e.value) {
				return
			}
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Object {
	ks := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			ks = append(ks, e.key)
		}
	}
	return ks
}

// Values returns the values in insertion order.
func (d *Dict) Values() []Object {
	vs := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			vs = append(vs, e.value)
		}
	}
	return vs
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{used: d.used, mixed: d.mixed}
	n.entries = append([]dictEntry(nil), d.entries...)
	if d.index != nil {
		n.index = append([]int32(nil), d.index...)
	}
	return n
}

// DictIter walks a dict by position, detecting concurrent modification.
type DictIter struct {
	d   *Dict
	pos int
	ver uint64
	n   int
	got int // items returned
}

// remaining is how many items are left (0 once the dict changed size).
func (it *DictIter) remaining() int {
	if it.d == nil || it.d.used != it.n {
		return 0
	}
	return it.n - it.got
}

// Iter starts a walk.
func (d *Dict) Iter() DictIter { return DictIter{d: d, ver: d.version, n: d.used} }

// Next returns the next item; ok is false at the end. It fails with
// RuntimeError when the dict changed size during iteration.
func (it *DictIter) Next() (k, v Object, ok bool, err error) {
	d := it.d
	if d.used != it.n {
		it.n = -1
		return nil, nil, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	for it.pos < len(d.entries) {
		e := &d.entries[it.pos]
		it.pos++
		if e.key != nil {
			if it.got == it.n {
				// as many entries as the dict had were seen and here is
				// another: keys were deleted and added (the size is the
				// same); the walk ends, as CPython's does
				it.pos = len(d.entries)
				return nil, nil, false, Errorf(RuntimeError, "dictionary keys changed during iteration")
			}
			it.got++
			return e.key, e.value, true, nil
		}
	}
	return nil, nil, false, nil
}
