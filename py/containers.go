package py

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// list, tuple, dict, range and slice: constructors, methods, iteration.

// seqIterator iterates a list or tuple by index (lists may grow).
type listIter struct {
	l *List
	i int
}

type tupleIter struct {
	items []Object
	i     int
}

var (
	listIterType     = NewBuiltinType("list_iterator", ObjectType, nil)
	tupleIterType    = NewBuiltinType("tuple_iterator", ObjectType, nil)
	dictIterType     = NewBuiltinType("dict_keyiterator", ObjectType, nil)
	rangeIterType    = NewBuiltinType("range_iterator", ObjectType, nil)
	strIterType      = NewBuiltinType("str_ascii_iterator", ObjectType, nil)
	bytesIterType    = NewBuiltinType("bytes_iterator", ObjectType, nil)
	listRevType      = NewBuiltinType("list_reverseiterator", ObjectType, nil)
	dictValIterType  = NewBuiltinType("dict_valueiterator", ObjectType, nil)
	dictItemIterType = NewBuiltinType("dict_itemiterator", ObjectType, nil)
)

// listRevIter is reversed(list): it stops early when the list shrinks.
type listRevIter struct {
	l *List
	i int
}

func (*listRevIter) Type() *Type { return listRevType }
func (it *listRevIter) Next(t *Thread) (Object, error) {
	if it.l != nil && it.i >= 0 && it.i < len(it.l.Items) {
		v := it.l.Items[it.i]
		it.i--
		return v, nil
	}
	it.l = nil
	return nil, nil
}

func (*listIter) Type() *Type { return listIterType }
func (it *listIter) Next(t *Thread) (Object, error) {
	if it.l != nil && it.i < len(it.l.Items) {
		v := it.l.Items[it.i]
		it.i++
		return v, nil
	}
	it.l = nil
	return nil, nil
}

func (*tupleIter) Type() *Type { return tupleIterType }

// dictRevIter is reversed(dict) and reversed(view) (a snapshot of the
// keys, values or items), under CPython's type names.
type dictRevIter struct {
	tupleIter
	kind int // 0 keys, 1 values, 2 items
}

var dictRevIterTypes = [3]*Type{
	NewBuiltinType("dict_reversekeyiterator", ObjectType, nil),
	NewBuiltinType("dict_reversevalueiterator", ObjectType, nil),
	NewBuiltinType("dict_reverseitemiterator", ObjectType, nil),
}

func (it *dictRevIter) Type() *Type { return dictRevIterTypes[it.kind] }
func (it *tupleIter) Next(t *Thread) (Object, error) {
	if it.i < len(it.items) {
		v := it.items[it.i]
		it.i++
		return v, nil
	}
	return nil, nil
}

type dictIter struct {
	it   DictIter
	kind int // 0 keys, 1 values, 2 items
}

func (it *dictIter) Type() *Type {
	switch it.kind {
	case 1:
		return dictValIterType
	case 2:
		return dictItemIterType
	}
	return dictIterType
}
func (it *dictIter) Next(t *Thread) (Object, error) {
	k, v, ok, err := it.it.Next()
	if err != nil || !ok {
		return nil, err
	}
	switch it.kind {
	case 1:
		return v, nil
	case 2:
		return NewTuple(k, v), nil
	}
	return k, nil
}

type strIterator struct {
	s *Str
	i int
}

func (*strIterator) Type() *Type { return strIterType }
func (it *strIterator) Next(t *Thread) (Object, error) {
	if it.i >= len(it.s.S) {
		return nil, nil
	}
	r, n := DecodeRune(it.s.S, it.i)
	it.i += n
	return CharStr(r), nil
}

type bytesIter struct {
	b []byte
	i int
}

func (*bytesIter) Type() *Type { return bytesIterType }
func (it *bytesIter) Next(t *Thread) (Object, error) {
	if it.i >= len(it.b) {
		return nil, nil
	}
	v := it.b[it.i]
	it.i++
	return Int(v), nil
}

// byteArrayIter iterates a bytearray as it is at each step (it may grow).
type byteArrayIter struct {
	a *ByteArray
	i int
}

var byteArrayIterType = NewBuiltinType("bytearray_iterator", ObjectType, nil)

func (*byteArrayIter) Type() *Type { return byteArrayIterType }
func (it *byteArrayIter) Next(t *Thread) (Object, error) {
	if it.a == nil || it.i >= len(it.a.B) {
		it.a = nil
		return nil, nil
	}
	v := it.a.B[it.i]
	it.i++
	return Int(v), nil
}

// lengthHinter is a builtin iterator that knows how many items are left
// (__length_hint__, used by operator.length_hint and list()).
type lengthHinter interface{ lengthHint() int }

func (it *listIter) lengthHint() int {
	if it.l == nil {
		return 0
	}
	return max(len(it.l.Items)-it.i, 0)
}

func (it *listRevIter) lengthHint() int {
	if it.l == nil || it.i >= len(it.l.Items) {
		return 0
	}
	return it.i + 1
}

func (it *tupleIter) lengthHint() int { return len(it.items) - it.i }
func (it *bytesIter) lengthHint() int { return len(it.b) - it.i }
func (it *rangeIter) lengthHint() int { return int(max(it.n, 0)) }
func (it *dictIter) lengthHint() int  { return it.it.remaining() }

func (it *byteArrayIter) lengthHint() int {
	if it.a == nil {
		return 0
	}
	return max(len(it.a.B)-it.i, 0)
}

func (it *strIterator) lengthHint() int {
	rest := it.s.S[it.i:]
	if it.s.IsASCII() {
		return len(rest)
	}
	return countRunes(rest)
}

func (it *setIter) lengthHint() int {
	if it.s == nil || it.s.used != it.used {
		return 0
	}
	return it.used - it.got
}

func init() {
	byteArrayIterType.AddMethod("__iter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil })
	byteArrayIterType.AddMethod("__next__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		v, _ := args[0].(Iterator).Next(t)
		if v == nil {
			return nil, NewException(StopIteration)
		}
		return v, nil
	})
	for _, tp := range []*Type{listIterType, listRevType, tupleIterType, bytesIterType, byteArrayIterType, rangeIterType, dictIterType, dictValIterType, dictItemIterType, strIterType, setIterType, dictRevIterTypes[0], dictRevIterTypes[1], dictRevIterTypes[2]} {
		tp.AddMethod("__length_hint__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if h, ok := args[0].(lengthHinter); ok {
				return Int(h.lengthHint()), nil
			}
			return nil, Errorf(TypeError, "descriptor '__length_hint__' requires an iterator")
		})
	}
	for _, tp := range []*Type{listIterType, listRevType, dictValIterType, dictItemIterType, tupleIterType, dictIterType, rangeIterType, strIterType, bytesIterType, setIterType, IteratorType, CallableIteratorType, dictRevIterTypes[0], dictRevIterTypes[1], dictRevIterTypes[2]} {
		tp.AddMethod("__iter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil })
		tp.AddMethod("__next__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			v, err := args[0].(Iterator).Next(t)
			if err == nil && v == nil {
				return nil, NewException(StopIteration)
			}
			return v, err
		})
	}
}

// builtinIter returns the Go iterator of builtin iterables.
func builtinIter(o Object) (Iterator, bool) {
	switch v := o.(type) {
	case *List:
		return &listIter{l: v}, true
	case *Tuple:
		return &tupleIter{items: v.Items}, true
	case *Dict:
		return &dictIter{it: v.Iter()}, true
	case *Range:
		return rangeIterOf(v, false), true
	case *Str:
		return &strIterator{s: v}, true
	case *Bytes:
		return &bytesIter{b: v.B}, true
	case *ByteArray:
		return &byteArrayIter{a: v}, true
	case *Set:
		return &setIter{s: v, used: v.used}, true
	case *Generator:
		// coroutines and async generators are not iterable
		return v, v.kind == genGenerator
	case Iterator:
		return v, true
	}
	return nil, false
}

// ---- helpers ----

func reprItems(t *Thread, items []Object, open, close string) (string, error) {
	if err := t.Enter(); err != nil {
		return "", err
	}
	defer t.Leave()
	var b strings.Builder
	b.WriteString(open)
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteString(close)
	return b.String(), nil
}

// reprGuard stops infinite recursion in reprs of self-containing containers.
func reprGuard(t *Thread, o Object) bool {
	if t.Locals == nil {
		t.Locals = map[string]any{}
	}
	active, _ := t.Locals["repr"].(map[Object]bool)
	if active == nil {
		active = map[Object]bool{}
		t.Locals["repr"] = active
	}
	if active[o] {
		return false
	}
	active[o] = true
	return true
}

func reprRelease(t *Thread, o Object) {
	if active, _ := t.Locals["repr"].(map[Object]bool); active != nil {
		delete(active, o)
	}
}

// sliceIndices resolves a slice against a length.
func (s *Slice) Indices(t *Thread, length int) (start, stop, step, n int, err error) {
	step = 1
	if s.Step != None {
		if step, err = sliceIndex(t, s.Step); err != nil {
			return
		}
		if step == 0 {
			err = Errorf(ValueError, "slice step cannot be zero")
			return
		}
	}
	def := func(o Object, dflt int, lo, hi int) (int, error) {
		if o == None {
			return dflt, nil
		}
		v, err := sliceIndex(t, o)
		if err != nil {
			return 0, err
		}
		if v < 0 {
			v += length
			if v < lo {
				v = lo
			}
		} else if v > hi {
			v = hi
		}
		return v, nil
	}
	if step > 0 {
		if start, err = def(s.Start, 0, 0, length); err != nil {
			return
		}
		if stop, err = def(s.Stop, length, 0, length); err != nil {
			return
		}
		if stop > start {
			n = (stop - start + step - 1) / step
		}
	} else {
		if start, err = def(s.Start, length-1, -1, length-1); err != nil {
			return
		}
		if stop, err = def(s.Stop, -1, -1, length-1); err != nil {
			return
		}
		if start > stop {
			n = (start - stop - step - 1) / -step
		}
	}
	return
}

func sliceIndex(t *Thread, o Object) (int, error) {
	v, err := Index(t, o)
	if err != nil {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	if i, ok := v.(Int); ok {
		if i > 1<<62 {
			return 1 << 62, nil
		}
		if i < -(1 << 62) {
			return -(1 << 62), nil
		}
		return int(i), nil
	}
	if b, ok := v.(*BigInt); ok && b.V.Sign() < 0 {
		return -(1 << 62), nil
	}
	return 1 << 62, nil
}

func sliceItems(t *Thread, items []Object, s *Slice) ([]Object, error) {
	start, _, step, n, err := s.Indices(t, len(items))
	if err != nil {
		return nil, err
	}
	out := make([]Object, n)
	for i := 0; i < n; i++ {
		out[i] = items[start+i*step]
	}
	return out, nil
}

func seqIndex(t *Thread, key Object, n int, what string) (int, error) {
	i, err := Index(t, key)
	if err != nil {
		if hasIndex(key) {
			return 0, err
		}
		if what == "string" {
			// CPython 3.11 words str's message differently
			return 0, Errorf(TypeError, "string indices must be integers, not '%s'", TypeName(key))
		}
		return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", what, TypeName(key))
	}
	iv, ok := i.(Int)
	if !ok {
		return 0, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	if iv < 0 {
		iv += Int(n)
	}
	if iv < 0 || iv >= Int(n) {
		return 0, Errorf(IndexError, "%s index out of range", what)
	}
	return int(iv), nil
}

func asList(o Object) *List {
	switch v := o.(type) {
	case *List:
		return v
	case *Instance:
		if l, ok := v.Base.(*List); ok {
			return l
		}
	}
	return nil
}

func asTuple(o Object) *Tuple {
	switch v := o.(type) {
	case *Tuple:
		return v
	case *Instance:
		if tu, ok := v.Base.(*Tuple); ok {
			return tu
		}
	}
	return nil
}

func asDict(o Object) *Dict {
	switch v := o.(type) {
	case *Dict:
		return v
	case *Instance:
		if d, ok := v.Base.(*Dict); ok {
			return d
		}
	}
	return nil
}

// mergeableDict returns the storage of a dict, or of a dict subclass that
// keeps dict's __iter__, which dict.update, dict(m) and {**m} copy
// directly, ignoring overridden keys() and __getitem__ (CPython's
// dict_merge fast path); nil means going through keys() and m[k].
func mergeableDict(o Object) *Dict {
	switch v := o.(type) {
	case *Dict:
		return v
	case *Instance:
		if d, ok := v.Base.(*Dict); ok && v.Cls.Lookup(strIter) == DictType.Lookup(strIter) {
			return d
		}
	}
	return nil
}

// Limits on the size of seq * n, past which it is a MemoryError rather
// than an allocation that would stop the Go runtime.
const (
	maxRepeatItems = 1 << 28
	maxRepeatBytes = 1 << 31
)

// repeatCount converts n of seq * n for a sequence of size elements.
// ok is false when n is not an integer, and the operator then returns
// NotImplemented; a count too large for an index is an OverflowError, as
// is a result too long for an index when overflow (CPython's message for
// str and bytes) is given; a result of more than limit elements is a
// MemoryError.
func repeatCount(t *Thread, n Object, size, limit int, overflow string) (k int, ok bool, err error) {
	if !hasIndex(n) {
		return 0, false, nil
	}
	if k, err = IndexInt(t, n); err != nil {
		return 0, true, err
	}
	if k <= 0 || size == 0 {
		return 0, true, nil
	}
	if overflow != "" && k > math.MaxInt/size {
		return 0, true, Errorf(OverflowError, "%s", overflow)
	}
	if k > limit/size {
		return 0, true, Errorf(MemoryError, "")
	}
	return k, true, nil
}

// hasIndex reports whether o is an int or defines __index__.
func hasIndex(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return o.Type().Lookup(strIndex) != nil
}

// repeatOp builds the __mul__/__rmul__ of a sequence type from its
// repeat function, which receives a checked count.
func repeatOp[S any](size func(S) int, limit int, overflow string, repeat func(S, int) Object) func(t *Thread, s S, a []Object) (Object, error) {
	return func(t *Thread, s S, a []Object) (Object, error) {
		k, ok, err := repeatCount(t, a[0], size(s), limit, overflow)
		if !ok {
			return NotImplemented, nil
		}
		if err != nil {
			return nil, err
		}
		return repeat(s, k), nil
	}
}

// repeatItems returns items repeated k times (k checked by repeatCount).
func repeatItems(items []Object, k int) []Object {
	out := make([]Object, 0, len(items)*k)
	for i := 0; i < k; i++ {
		out = append(out, items...)
	}
	return out
}

type method = func(t *Thread, args []Object, kw []Kwarg) (Object, error)

func init() {
	// ---- list ----
	ListType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) { return NewList(), nil }
	lm := func(name string, fn func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error)) {
		ListType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			l := asList(args[0])
			if l == nil {
				return nil, Errorf(TypeError, "descriptor '%s' requires a 'list' object", name)
			}
			return fn(t, l, args[1:], kw)
		})
	}
	lm("__init__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("list", a, kw, 0, 1); err != nil {
			return nil, err
		}
		l.Items = nil
		if len(a) == 1 {
			items, err := ToSlice(t, a[0])
			if err != nil {
				return nil, err
			}
			l.Items = items
		}
		return None, nil
	})
	lm("append", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if len(a) != 1 || len(kw) > 0 {
			if len(kw) > 0 {
				return nil, Errorf(TypeError, "list.append() takes no keyword arguments")
			}
			return nil, Errorf(TypeError, "list.append() takes exactly one argument (%d given)", len(a))
		}
		l.Items = append(l.Items, a[0])
		return None, nil
	})
	lm("extend", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("extend", a, kw, 1, 1); err != nil {
			return nil, err
		}
		items, err := ToSlice(t, a[0])
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, items...)
		return None, nil
	})
	lm("insert", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("insert", a, kw, 2, 2); err != nil {
			return nil, err
		}
		i, err := IndexInt(t, a[0])
		if err != nil {
			return nil, err
		}
		n := len(l.Items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Items = slices.Insert(l.Items, i, a[1])
		return None, nil
	})
	lm("pop", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("pop", a, kw, 0, 1); err != nil {
			return nil, err
		}
		i := len(l.Items) - 1
		if len(a) == 1 {
			// the index is converted before the emptiness check, as CPython does
			var err error
			if i, err = IndexInt(t, a[0]); err != nil {
				return nil, err
			}
		}
		if len(l.Items) == 0 {
			return nil, Errorf(IndexError, "pop from empty list")
		}
		if len(a) == 1 {
			if i < 0 {
				i += len(l.Items)
			}
			if i < 0 || i >= len(l.Items) {
				return nil, Errorf(IndexError, "pop index out of range")
			}
		}
		v := l.Items[i]
		l.Items = slices.Delete(l.Items, i, i+1)
		return v, nil
	})
	lm("remove", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("remove", a, kw, 1, 1); err != nil {
			return nil, err
		}
		for i, x := range l.Items {
			eq, err := Eq(t, x, a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				l.Items = slices.Delete(l.Items, i, i+1)
				return None, nil
			}
		}
		return nil, Errorf(ValueError, "list.remove(x): x not in list")
	})
	indexFn := func(what string) func(t *Thread, items []Object, a []Object) (Object, error) {
		return func(t *Thread, items []Object, a []Object) (Object, error) {
			if len(a) < 1 || len(a) > 3 {
				return nil, Errorf(TypeError, "index expected at least 1 argument, got %d", len(a))
			}
			start, stop := 0, len(items)
			for _, x := range a[1:] {
				// CPython's index() takes no None bounds
				if x == None || !hasIndex(x) {
					return nil, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
				}
			}
			if len(a) > 1 {
				s, _, _, _, err := (&Slice{Start: a[1], Stop: None, Step: None}).Indices(t, len(items))
				if err != nil {
					return nil, err
				}
				start = s
			}
			if len(a) > 2 {
				_, s, _, _, err := (&Slice{Start: None, Stop: a[2], Step: None}).Indices(t, len(items))
				if err != nil {
					return nil, err
				}
				stop = s
			}
			for i := start; i < stop && i < len(items); i++ {
				eq, err := Eq(t, items[i], a[0])
				if err != nil {
					return nil, err
				}
				if eq {
					return Int(i), nil
				}
			}
			if what == "list" {
				r, _ := Repr(t, a[0])
				return nil, Errorf(ValueError, "%s is not in list", r)
			}
			return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
		}
	}
	countFn := func(t *Thread, items []Object, a []Object) (Object, error) {
		if len(a) != 1 {
			return nil, Errorf(TypeError, "count() takes exactly one argument (%d given)", len(a))
		}
		n := 0
		for _, x := range items {
			eq, err := Eq(t, x, a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	}
	lm("index", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		return indexFn("list")(t, l.Items, a)
	})
	lm("count", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) { return countFn(t, l.Items, a) })
	lm("reverse", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		slices.Reverse(l.Items)
		return None, nil
	})
	lm("clear", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		l.Items = nil
		return None, nil
	})
	lm("copy", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		return NewList(append([]Object(nil), l.Items...)...), nil
	})
	lm("sort", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		var key Object = None
		var rev Object = False
		if len(a) > 0 && len(a)+len(kw) <= 2 {
			return nil, Errorf(TypeError, "sort() takes no positional arguments")
		}
		if err := UnpackClinicArgs(t, "sort", a, kw, "*", "key?", &key, "reverse?", &rev); err != nil {
			return nil, err
		}
		reverse, err := sortReverseFlag(t, rev)
		if err != nil {
			return nil, err
		}
		return None, sortList(t, l, key, reverse)
	})
	lm("__len__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) { return Int(len(l.Items)), nil })
	lm("__iter__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) { return &listIter{l: l}, nil })
	lm("__reversed__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		return &listRevIter{l: l, i: len(l.Items) - 1}, nil
	})
	lm("__contains__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		r, err := Contains(t, l, a[0])
		return NewBool(r), err
	})
	lm("__getitem__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if s, ok := a[0].(*Slice); ok {
			items, err := sliceItems(t, l.Items, s)
			return NewList(items...), err
		}
		i, err := seqIndex(t, a[0], len(l.Items), "list")
		if err != nil {
			return nil, err
		}
		return l.Items[i], nil
	})
	lm("__setitem__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if s, ok := a[0].(*Slice); ok {
			return None, listSetSlice(t, l, s, a[1])
		}
		i, err := seqIndex(t, a[0], len(l.Items), "list assignment")
		if err != nil {
			return nil, err
		}
		l.Items[i] = a[1]
		return None, nil
	})
	lm("__delitem__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if s, ok := a[0].(*Slice); ok {
			start, _, step, n, err := s.Indices(t, len(l.Items))
			if err != nil {
				return nil, err
			}
			del := map[int]bool{}
			for i := 0; i < n; i++ {
				del[start+i*step] = true
			}
			out := l.Items[:0:0]
			for i, x := range l.Items {
				if !del[i] {
					out = append(out, x)
				}
			}
			l.Items = out
			return None, nil
		}
		i, err := seqIndex(t, a[0], len(l.Items), "list assignment")
		if err != nil {
			return nil, err
		}
		l.Items = slices.Delete(l.Items, i, i+1)
		return None, nil
	})
	lm("__add__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		o := asList(a[0])
		if o == nil {
			return nil, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", TypeName(a[0]))
		}
		items := make([]Object, 0, len(l.Items)+len(o.Items))
		return NewList(append(append(items, l.Items...), o.Items...)...), nil
	})
	lm("__iadd__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		items, err := ToSlice(t, a[0])
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, items...)
		return l, nil
	})
	listLen := func(l *List) int { return len(l.Items) }
	lrepeat := repeatOp(listLen, maxRepeatItems, "", func(l *List, k int) Object { return NewList(repeatItems(l.Items, k)...) })
	mul := func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) { return lrepeat(t, l, a) }
	lm("__mul__", mul)
	lm("__rmul__", mul)
	lm("__imul__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		k, ok, err := repeatCount(t, a[0], len(l.Items), maxRepeatItems, "")
		if !ok {
			return NotImplemented, nil
		}
		if err != nil {
			return nil, err
		}
		l.Items = repeatItems(l.Items, k)
		return l, nil
	})
	lm("__repr__", func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
		if !reprGuard(t, l) {
			return NewStr("[...]"), nil
		}
		defer reprRelease(t, l)
		s, err := reprItems(t, l.Items, "[", "]")
		return NewStr(s), err
	})
	for _, op := range []CompareOp{LT, LE, EQ, NE, GT, GE} {
		op := op
		lm(op.Name().S, func(t *Thread, l *List, a []Object, kw []Kwarg) (Object, error) {
			o := asList(a[0])
			if o == nil {
				return NotImplemented, nil
			}
			r, _, err := compareSequences(t, l, o, op)
			return r, err
		})
	}
	ListType.Dict.SetString("__hash__", None)

	// ---- tuple ----
	TupleType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("tuple", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return EmptyTuple, nil
		}
		if tu, ok := args[0].(*Tuple); ok && cls == TupleType {
			return tu, nil
		}
		items, err := ToSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		return NewTuple(items...), nil
	}
	tm := func(name string, fn func(t *Thread, tu *Tuple, a []Object) (Object, error)) {
		TupleType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			tu := asTuple(args[0])
			if tu == nil {
				return nil, Errorf(TypeError, "descriptor '%s' requires a 'tuple' object", name)
			}
			return fn(t, tu, args[1:])
		})
	}
	tm("index", func(t *Thread, tu *Tuple, a []Object) (Object, error) { return indexFn("tuple")(t, tu.Items, a) })
	tm("count", func(t *Thread, tu *Tuple, a []Object) (Object, error) { return countFn(t, tu.Items, a) })
	tm("__len__", func(t *Thread, tu *Tuple, a []Object) (Object, error) { return Int(len(tu.Items)), nil })
	tm("__iter__", func(t *Thread, tu *Tuple, a []Object) (Object, error) { return &tupleIter{items: tu.Items}, nil })
	tm("__hash__", func(t *Thread, tu *Tuple, a []Object) (Object, error) {
		h, err := hashTuple(t, tu)
		return Int(h), err
	})
	tm("__contains__", func(t *Thread, tu *Tuple, a []Object) (Object, error) {
		r, err := Contains(t, tu, a[0])
		return NewBool(r), err
	})
	tm("__getitem__", func(t *Thread, tu *Tuple, a []Object) (Object, error) {
		if s, ok := a[0].(*Slice); ok {
			items, err := sliceItems(t, tu.Items, s)
			return NewTuple(items...), err
		}
		i, err := seqIndex(t, a[0], len(tu.Items), "tuple")
		if err != nil {
			return nil, err
		}
		return tu.Items[i], nil
	})
	tm("__add__", func(t *Thread, tu *Tuple, a []Object) (Object, error) {
		o := asTuple(a[0])
		if o == nil {
			return nil, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", TypeName(a[0]))
		}
		items := make([]Object, 0, len(tu.Items)+len(o.Items))
		return NewTuple(append(append(items, tu.Items...), o.Items...)...), nil
	})
	tmul := repeatOp(func(tu *Tuple) int { return len(tu.Items) }, maxRepeatItems, "",
		func(tu *Tuple, k int) Object { return NewTuple(repeatItems(tu.Items, k)...) })
	tm("__mul__", tmul)
	tm("__rmul__", tmul)
	tm("__repr__", func(t *Thread, tu *Tuple, a []Object) (Object, error) {
		for _, x := range tu.Items {
			switch x.(type) {
			case Int, *Str, Float, Bool, *noneObject, *Bytes:
				continue
			}
			// a tuple that may contain itself: guard like lists
			if !reprGuard(t, tu) {
				return NewStr("(...)"), nil
			}
			defer reprRelease(t, tu)
			break
		}
		if len(tu.Items) == 1 {
			r, err := Repr(t, tu.Items[0])
			return NewStr("(" + r + ",)"), err
		}
		s, err := reprItems(t, tu.Items, "(", ")")
		return NewStr(s), err
	})
	tm("__getnewargs__", func(t *Thread, tu *Tuple, a []Object) (Object, error) { return NewTuple(NewTuple(tu.Items...)), nil })
	for _, op := range []CompareOp{LT, LE, EQ, NE, GT, GE} {
		op := op
		tm(op.Name().S, func(t *Thread, tu *Tuple, a []Object) (Object, error) {
			o := asTuple(a[0])
			if o == nil {
				return NotImplemented, nil
			}
			r, _, err := compareSequences(t, tu, o, op)
			return r, err
		})
	}

	InstallNew(ListType, TupleType)
}

// listSetSlice implements l[a:b:c] = iterable.
func listSetSlice(t *Thread, l *List, s *Slice, v Object) error {
	if !isIterable(v) {
		// CPython's wording depends on the slice: a step of 1 (or none) is
		// a simple slice assignment
		if st, ok := s.Step.(Int); s.Step == None || ok && st == 1 {
			return Errorf(TypeError, "can only assign an iterable")
		}
		return Errorf(TypeError, "must assign iterable to extended slice")
	}
	items, err := ToSlice(t, v)
	if err != nil {
		return err
	}
	start, stop, step, n, err := s.Indices(t, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Object, 0, len(l.Items)-(stop-start)+len(items))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		out = append(out, l.Items[stop:]...)
		l.Items = out
		return nil
	}
	if len(items) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i := 0; i < n; i++ {
		l.Items[start+i*step] = items[i]
	}
	return nil
}

// sortList sorts stably with an optional key; comparison errors stop the sort.
func sortList(t *Thread, l *List, key Object, reverse bool) error {
	items := l.Items
	l.Items = nil // CPython empties the list while sorting (keys included)
	keys := items
	if key != None {
		keys = make([]Object, len(items))
		for i, x := range items {
			k, err := t.Call(key, []Object{x}, nil)
			if err != nil {
				if l.Items == nil {
					l.Items = items
				}
				return err
			}
			keys[i] = k
		}
	}
	perm := make([]int, len(items))
	for i := range perm {
		perm[i] = i
	}
	if reverse { // reverse, sort stably, reverse back: stable for equal keys
		slices.Reverse(perm)
	}
	s := &pySorter{t: t, keys: keys, perm: perm}
	s.sort()
	if reverse {
		slices.Reverse(perm)
	}
	out := make([]Object, len(items))
	for i, j := range perm {
		out[i] = items[j]
	}
	if s.err != nil {
		l.Items = out
		return s.err
	}
	modified := l.Items != nil
	l.Items = out
	if modified {
		return Errorf(ValueError, "list modified during sort")
	}
	return nil
}

// pySorter sorts perm by keys with only "<" comparisons, in CPython's
// order for short lists (a leading run, then binary insertion), so that
// programs observing their __lt__ calls see the same sequence.
type pySorter struct {
	t    *Thread
	keys []Object
	perm []int
	err  error
}

func (s *pySorter) lt(a, b int) bool {
	if s.err != nil {
		return false
	}
	r, err := Less(s.t, s.keys[a], s.keys[b])
	if err != nil {
		s.err = err
		return false
	}
	return r
}

func (s *pySorter) Len() int           { return len(s.perm) }
func (s *pySorter) Less(i, j int) bool { return s.lt(s.perm[i], s.perm[j]) }
func (s *pySorter) Swap(i, j int)      { s.perm[i], s.perm[j] = s.perm[j], s.perm[i] }

func (s *pySorter) sort() {
	n := len(s.perm)
	if n < 2 {
		return
	}
	if n >= 64 {
		sort.Stable(s)
		return
	}
	p := s.perm
	// count_run: a strictly descending run is reversed, else take the
	// ascending one.
	run := 2
	if s.lt(p[1], p[0]) {
		for run < n && s.lt(p[run], p[run-1]) {
			run++
		}
		slices.Reverse(p[:run])
	} else {
		for run < n && !s.lt(p[run], p[run-1]) {
			run++
		}
	}
	// binary insertion of the rest
	for i := run; i < n && s.err == nil; i++ {
		pivot := p[i]
		lo, hi := 0, i
		for lo < hi {
			mid := lo + (hi-lo)>>1
			if s.lt(pivot, p[mid]) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(p[lo+1:i+1], p[lo:i])
		p[lo] = pivot
	}
}

// Sorted is sorted().
func Sorted(t *Thread, iterable, key Object, reverse bool) (*List, error) {
	items, err := ToSlice(t, iterable)
	if err != nil {
		return nil, err
	}
	l := NewList(items...)
	if key == nil {
		key = None
	}
	return l, sortList(t, l, key, reverse)
}

// MinMax is min() and max().
func MinMax(t *Thread, args []Object, kw []Kwarg, isMax bool) (Object, error) {
	name := "min"
	if isMax {
		name = "max"
	}
	var key, dflt Object = None, nil
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "default":
			dflt = k.Value
		default:
			return nil, InvalidKeyword(name, k.Name)
		}
	}
	var items []Object
	if len(args) == 0 {
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	if len(args) == 1 {
		var err error
		if items, err = ToSlice(t, args[0]); err != nil {
			return nil, err
		}
		if len(items) == 0 {
			if dflt != nil {
				return dflt, nil
			}
			return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
		}
	} else {
		if dflt != nil {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args
	}
	best := items[0]
	bestKey := best
	if key != None {
		k, err := t.Call(key, []Object{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, x := range items[1:] {
		k := x
		if key != None {
			var err error
			if k, err = t.Call(key, []Object{x}, nil); err != nil {
				return nil, err
			}
		}
		var better bool
		var err error
		if isMax {
			// CPython asks item > best (so errors name the new item first)
			var r Object
			if r, err = RichCompare(t, k, bestKey, GT); err == nil {
				better, err = Truth(t, r)
			}
		} else {
			better, err = Less(t, k, bestKey)
		}
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = x, k
		}
	}
	return best, nil
}

// Sum is sum().
func Sum(t *Thread, iterable, start Object) (Object, error) {
	acc := start
	err := Iterate(t, iterable, func(x Object) (bool, error) {
		r, err := BinaryOp(t, OpAdd, acc, x)
		acc = r
		return err == nil, err
	})
	return acc, err
}

// sortReverseFlag converts the reverse argument of sort()/sorted(): an
// int-like value, as CPython requires.
func sortReverseFlag(t *Thread, v Object) (bool, error) {
	if b, ok := v.(Bool); ok {
		return bool(b), nil
	}
	if _, ok := v.(Float); ok {
		return false, Errorf(TypeError, "'float' object cannot be interpreted as an integer")
	}
	if !hasIndex(v) {
		return false, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	n, err := Index(t, v)
	if err != nil {
		return false, err
	}
	return Truth(t, n)
}
