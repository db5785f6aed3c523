package py

import (
	"unsafe"
)

// The abstract object protocols: each tries Go fast paths for builtin
// types, then falls back to the special method found on the type.

var (
	strRepr         = Intern("__repr__")
	strStr          = Intern("__str__")
	strHash         = Intern("__hash__")
	strBool         = Intern("__bool__")
	strLen          = Intern("__len__")
	strGetitem      = Intern("__getitem__")
	strSetitem      = Intern("__setitem__")
	strDelitem      = Intern("__delitem__")
	strIter         = Intern("__iter__")
	strNext         = Intern("__next__")
	strContains     = Intern("__contains__")
	strIndex        = Intern("__index__")
	strMissing      = Intern("__missing__")
	strClassGetitem = Intern("__class_getitem__")
)

// CallSpecial calls the special method name of o's type with o as self.
// found is false if the type does not define it.
func CallSpecial(t *Thread, o Object, name *Str, args ...Object) (r Object, found bool, err error) {
	fn := o.Type().Lookup(name)
	if fn == nil || fn == None {
		return nil, false, nil
	}
	if err := t.Enter(); err != nil {
		return nil, true, err
	}
	r, err = callMethodObj(t, fn, o, args...)
	t.Leave()
	return r, true, err
}

// Repr returns repr(o).
func Repr(t *Thread, o Object) (string, error) {
	switch v := o.(type) {
	case *Str:
		return StrRepr(v.S), nil
	case Int:
		return intToString(int64(v)), nil
	case Bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case *noneObject:
		return "None", nil
	}
	return reprAs(orThread(t), o, "__repr__")
}

// reprAs calls o's __repr__ and checks its result, naming method in the
// error: str() falling back to __repr__ through object.__str__ reports
// "__str__ returned non-string", as CPython's object_str does.
func reprAs(t *Thread, o Object, method string) (string, error) {
	r, found, err := CallSpecial(t, o, strRepr)
	if err != nil {
		return "", err
	}
	if !found {
		return defaultRepr(o), nil
	}
	return strResult(r, method)
}

// strResult is the text of a __str__/__repr__ result, which must be a str.
func strResult(r Object, method string) (string, error) {
	s, ok := r.(*Str)
	if !ok {
		if inst, ok2 := r.(*Instance); ok2 {
			if bs, ok3 := inst.Base.(*Str); ok3 {
				return bs.S, nil
			}
		}
		return "", Errorf(TypeError, "%s returned non-string (type %s)", method, TypeName(r))
	}
	return s.S, nil
}

// ReprObj returns repr(o) as a str object.
func ReprObj(t *Thread, o Object) (Object, error) {
	s, err := Repr(t, o)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// defaultRepr is object.__repr__.
func defaultRepr(o Object) string {
	cls := o.Type()
	mod := cls.Module
	name := cls.QualName()
	if mod != "" && mod != "builtins" {
		name = mod + "." + name
	}
	return "<" + name + " object at " + hexID(o) + ">"
}

// HexID is the address part of default reprs ("0x...").
func HexID(o Object) string { return hexID(o) }

func hexID(o Object) string {
	const digits = "0123456789abcdef"
	id := uint64(Id(o))
	buf := []byte("0x")
	started := false
	for i := 60; i >= 0; i -= 4 {
		d := (id >> uint(i)) & 0xf
		if d != 0 || started || i == 0 {
			started = true
			buf = append(buf, digits[d])
		}
	}
	return string(buf)
}

// Id returns id(o): the object's address for reference objects.
func Id(o Object) int64 {
	switch v := o.(type) {
	case Int:
		return int64(v)*2 + 1
	case Bool:
		if v {
			return 3
		}
		return 1
	case Float:
		return int64(hashFloat(float64(v)))*2 + 1
	case Complex:
		return int64(hashComplex(complex128(v)))*2 + 1
	}
	return int64((*[2]uintptr)(unsafe.Pointer(&o))[1])
}

// StrOf returns str(o).
func StrOf(t *Thread, o Object) (string, error) {
	switch v := o.(type) {
	case *Str:
		return v.S, nil
	case Int, Bool, *noneObject:
		return Repr(t, o)
	}
	t = orThread(t)
	fn := o.Type().Lookup(strStr)
	if fn == nil || fn == objectStrDesc {
		if _, isInst := o.(*Instance); isInst {
			return reprAs(t, o, "__str__")
		}
		return Repr(t, o)
	}
	r, _, err := CallSpecial(t, o, strStr)
	if err != nil {
		return "", err
	}
	return strResult(r, "__str__")
}

// StrObj returns str(o) as a str object.
func StrObj(t *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	s, err := StrOf(t, o)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// Hash returns hash(o).
func Hash(t *Thread, o Object) (int64, error) {
	switch v := o.(type) {
	case *Str:
		return v.Hash(), nil
	case Int:
		return hashInt64(int64(v)), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case Float:
		return hashFloat(float64(v)), nil
	case *BigInt:
		return hashBig(&v.V), nil
	case Complex:
		return hashComplex(complex128(v)), nil
	case *Tuple:
		return hashTuple(t, v)
	case *Type, *Function, *Builtin, *Module, *noneObject, *ellipsisObject, *notImplementedObject:
		return identityHash(o), nil
	}
	fn := o.Type().Lookup(strHash)
	if fn == nil || fn == None {
		return 0, Errorf(TypeError, "unhashable type: '%s'", TypeName(o))
	}
	if fn == objectHashDesc {
		return identityHash(o), nil
	}
	t = orThread(t)
	r, _, err := CallSpecial(t, o, strHash)
	if err != nil {
		return 0, err
	}
	switch h := r.(type) {
	case Int:
		if h == -1 {
			return -2, nil
		}
		return int64(h), nil
	case *BigInt:
		return hashBig(&h.V), nil
	case Bool:
		if h {
			return 1, nil
		}
		return 0, nil
	}
	return 0, Errorf(TypeError, "__hash__ method should return an integer")
}

func identityHash(o Object) int64 {
	id := uint64(Id(o))
	return int64(id>>4 | id<<60)
}

// hashTuple is CPython's tuple hash (xxHash based), so that sets of
// tuples iterate in CPython's order.
func hashTuple(t *Thread, tu *Tuple) (int64, error) {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, it := range tu.Items {
		h, err := Hash(t, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(tu.Items)) ^ (p5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// Truth returns bool(o).
func Truth(t *Thread, o Object) (bool, error) {
	switch v := o.(type) {
	case Bool:
		return bool(v), nil
	case *noneObject:
		return false, nil
	case Int:
		return v != 0, nil
	case *Str:
		return len(v.S) != 0, nil
	case *List:
		return len(v.Items) != 0, nil
	case *Tuple:
		return len(v.Items) != 0, nil
	case *Dict:
		return v.used != 0, nil
	case Float:
		return v != 0, nil
	case *BigInt:
		return true, nil
	case *Function, *Type, *Module, *Builtin, *BoundMethod:
		return true, nil
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, o, strBool)
	if err != nil {
		return false, err
	}
	if found {
		b, ok := r.(Bool)
		if !ok {
			return false, Errorf(TypeError, "__bool__ should return bool, returned %s", TypeName(r))
		}
		return bool(b), nil
	}
	r, found, err = CallSpecial(t, o, strLen)
	if err != nil {
		return false, err
	}
	if found {
		n, err := lenResult(r)
		return n != 0, err
	}
	return true, nil
}

func lenResult(r Object) (int, error) {
	switch n := r.(type) {
	case Int:
		if n < 0 {
			return 0, Errorf(ValueError, "__len__() should return >= 0")
		}
		return int(n), nil
	case Bool:
		if n {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		if n.V.Sign() < 0 {
			return 0, Errorf(ValueError, "__len__() should return >= 0")
		}
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(r))
}

// Len returns len(o).
func Len(t *Thread, o Object) (int, error) {
	switch v := o.(type) {
	case *Str:
		return v.Len(), nil
	case *List:
		return len(v.Items), nil
	case *Tuple:
		return len(v.Items), nil
	case *Dict:
		return v.used, nil
	case *Bytes:
		return len(v.B), nil
	case *ByteArray:
		return len(v.B), nil
	case *Set:
		return v.used, nil
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, o, strLen)
	if err != nil {
		return 0, err
	}
	if !found {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", TypeName(o))
	}
	return lenResult(r)
}

// inRange turns index i (negative from the end) of a sequence of n items
// into a position, reporting whether it is one.
func inRange(i Int, n int) (int, bool) {
	if i < 0 {
		i += Int(n)
	}
	return int(i), i >= 0 && i < Int(n)
}

// GetItem returns o[key].
func GetItem(t *Thread, o, key Object) (Object, error) {
	switch v := o.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			if j, ok := inRange(i, len(v.Items)); ok {
				return v.Items[j], nil
			}
			return nil, Errorf(IndexError, "list index out of range")
		}
	case *Tuple:
		if i, ok := key.(Int); ok {
			if j, ok := inRange(i, len(v.Items)); ok {
				return v.Items[j], nil
			}
			return nil, Errorf(IndexError, "tuple index out of range")
		}
	case *Str:
		if i, ok := key.(Int); ok {
			if j, ok := inRange(i, v.Len()); ok {
				return CharStr(v.At(j)), nil
			}
			return nil, Errorf(IndexError, "string index out of range")
		}
	case *Bytes:
		if i, ok := key.(Int); ok {
			if j, ok := inRange(i, len(v.B)); ok {
				return smallInts[int(v.B[j])+5], nil
			}
			return nil, Errorf(IndexError, "index out of range")
		}
	case *Dict:
		r, found, err := v.GetItem(t, key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, NewKeyError(key)
		}
		return r, nil
	case *Type:
		if fn := v.Lookup(strClassGetitem); fn != nil {
			bound, err := bindDescriptor(t, fn, nil, v)
			if err != nil {
				return nil, err
			}
			return t.Call(bound, []Object{key}, nil)
		}
		if v.Type().Lookup(strGetitem) == nil {
			return nil, Errorf(TypeError, "type '%s' is not subscriptable", v.Name)
		}
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, o, strGetitem, key)
	if !found {
		return nil, Errorf(TypeError, "'%s' object is not subscriptable", TypeName(o))
	}
	if err != nil {
		// dict subclasses: __missing__
		if inst, ok := o.(*Instance); ok {
			if _, isDict := inst.Base.(*Dict); isDict {
				if isKeyError(err) {
					if m := inst.Cls.Lookup(strMissing); m != nil {
						return callMethodObj(t, m, o, key)
					}
				}
			}
		}
	}
	return r, err
}

// NewKeyError makes KeyError(key).
func NewKeyError(key Object) *Exception { return NewException(KeyError, key) }

// SetItem performs o[key] = v.
func SetItem(t *Thread, o, key, v Object) error {
	switch c := o.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			n := Int(len(c.Items))
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return Errorf(IndexError, "list assignment index out of range")
			}
			c.Items[i] = v
			return nil
		}
	case *Dict:
		return c.SetItem(t, key, v)
	}
	t = orThread(t)
	_, found, err := CallSpecial(t, o, strSetitem, key, v)
	if !found {
		return Errorf(TypeError, "'%s' object does not support item assignment", TypeName(o))
	}
	return err
}

// DelItem performs del o[key].
func DelItem(t *Thread, o, key Object) error {
	if d, ok := o.(*Dict); ok {
		found, err := d.DelItem(t, key)
		if err == nil && !found {
			err = NewKeyError(key)
		}
		return err
	}
	t = orThread(t)
	_, found, err := CallSpecial(t, o, strDelitem, key)
	if !found {
		return Errorf(TypeError, "'%s' object doesn't support item deletion", TypeName(o))
	}
	return err
}

// Iterator is implemented by builtin iterators. Next returns (nil, nil)
// when the iterator is exhausted.
type Iterator interface {
	Object
	Next(t *Thread) (Object, error)
}

// Iterable reports whether iter(o) can work: o is a builtin iterable or
// its type defines __iter__ or __getitem__.
func Iterable(o Object) bool {
	if _, ok := builtinIter(o); ok {
		return true
	}
	fn := o.Type().Lookup(strIter)
	if fn == None {
		return false
	}
	return fn != nil || o.Type().Lookup(strGetitem) != nil
}

// Iter returns iter(o).
func Iter(t *Thread, o Object) (Object, error) {
	if it, ok := builtinIter(o); ok {
		return it, nil
	}
	t = orThread(t)
	fn := o.Type().Lookup(strIter)
	if fn == None {
		return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(o))
	}
	if fn != nil {
		r, _, err := CallSpecial(t, o, strIter)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Iterator); !ok && r.Type().Lookup(strNext) == nil {
			return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeName(r))
		}
		return r, nil
	}
	if o.Type().Lookup(strGetitem) != nil {
		return &seqIter{seq: o}, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(o))
}

// Next advances an iterator: it returns (nil, nil) when exhausted.
func Next(t *Thread, it Object) (Object, error) {
	if bi, ok := it.(Iterator); ok {
		return bi.Next(t)
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, it, strNext)
	if !found {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsInstance(StopIteration) {
			return nil, nil
		}
		return nil, err
	}
	return r, nil
}

// seqIter iterates an object supporting only __getitem__.
type seqIter struct {
	seq Object
	i   int
}

func (*seqIter) Type() *Type { return IteratorType }

func (s *seqIter) Next(t *Thread) (Object, error) {
	if s.seq == nil {
		return nil, nil
	}
	r, err := GetItem(t, s.seq, Int(s.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.IsInstance(IndexError) || e.IsInstance(StopIteration)) {
			s.seq = nil
			return nil, nil
		}
		return nil, err
	}
	s.i++
	return r, nil
}

// Iterate calls fn for each item of iterable o until fn returns false.
func Iterate(t *Thread, o Object, fn func(Object) (bool, error)) error {
	switch v := o.(type) {
	case *List:
		for i := 0; i < len(v.Items); i++ {
			if cont, err := fn(v.Items[i]); err != nil || !cont {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range v.Items {
			if cont, err := fn(x); err != nil || !cont {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, o)
	if err != nil {
		return err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		if cont, err := fn(x); err != nil || !cont {
			return err
		}
	}
}

// ToSlice collects the items of an iterable.
func ToSlice(t *Thread, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *List:
		return append([]Object(nil), v.Items...), nil
	case *Tuple:
		return append([]Object(nil), v.Items...), nil
	}
	var items []Object
	err := Iterate(t, o, func(x Object) (bool, error) {
		items = append(items, x)
		return true, nil
	})
	return items, err
}

// Contains returns `item in o`.
func Contains(t *Thread, o, item Object) (bool, error) {
	switch v := o.(type) {
	case *Dict:
		_, found, err := v.GetItem(t, item)
		return found, err
	case *List:
		for i := 0; i < len(v.Items); i++ {
			if eq, err := Eq(t, v.Items[i], item); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case *Tuple:
		for _, x := range v.Items {
			if eq, err := Eq(t, x, item); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, o, strContains, item)
	if err != nil {
		return false, err
	}
	if found {
		return Truth(t, r)
	}
	res := false
	err = Iterate(t, o, func(x Object) (bool, error) {
		eq, err := Eq(t, x, item)
		if eq {
			res = true
		}
		return !eq, err
	})
	if e, ok := err.(*Exception); ok && e.IsInstance(TypeError) && o.Type().Lookup(strIter) == nil && o.Type().Lookup(strGetitem) == nil {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", TypeName(o))
	}
	return res, err
}

// IsInstance returns isinstance(o, cls) for a single class.
func IsInstance(o Object, cls *Type) bool {
	return o.Type().IsSubtype(cls)
}

// Index returns o.__index__() as an int object (Int or *BigInt).
func Index(t *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		if v {
			return Int(1), nil
		}
		return Int(0), nil
	}
	r, found, err := CallSpecial(orThread(t), o, strIndex)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	switch r.(type) {
	case Int, *BigInt:
		return r, nil
	}
	return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
}

// IndexInt converts o to a Go int via __index__, failing with
// OverflowError ("cannot fit 'int' into an index-sized integer") when too large.
func IndexInt(t *Thread, o Object) (int, error) {
	if i, ok := o.(Int); ok {
		return int(i), nil
	}
	r, err := Index(t, o)
	if err != nil {
		return 0, err
	}
	if i, ok := r.(Int); ok {
		return int(i), nil
	}
	return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
}

var fallbackInterp *Interp

// orThread returns t, or a thread on the default interpreter when the
// caller had none (Go code printing an exception, say).
func orThread(t *Thread) *Thread {
	if t != nil {
		return t
	}
	ip := fallbackInterp
	if ip == nil {
		ip = NewInterp()
		fallbackInterp = ip
	}
	return &Thread{Interp: ip}
}
