package py

import (
	"sync/atomic"
)

// Type is a Python class: a builtin type or a user-defined class.
type Type struct {
	Name   string
	Module string // "builtins" for builtin types
	// ErrName, when set, is the name error messages give the type (the
	// tp_name of a C type: "datetime.date"); a library class declares it
	// with __upy_tp_name__ in its body.
	ErrName string
	Doc     string
	Bases   []*Type
	MRO     []*Type
	Dict    *Dict

	// Meta is the metaclass; nil means type.
	Meta *Type

	// Layout is the builtin type whose Go representation instances use
	// (ObjectType for plain classes, ListType for a list subclass...).
	Layout *Type

	// New creates an instance for builtin types (the Go side of __new__).
	// cls is the class being instantiated (a subclass for subclasses).
	New func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error)

	Flags TypeFlags

	cache    []Object // indexed by interned name id; absentAttr marks misses
	cacheVer uint64

	// dictSize is the most attributes an instance of the class has had:
	// new instance dicts are made that big, so filling them in __init__
	// does not grow them step by step.
	dictSize int

	subclasses []*Type // classes naming this one as a base, in creation order

	// newOnly caches, for a builtin type, whether calling it is just its
	// Go New (a builtin __new__ and object's __init__): 0 unknown, 1 yes,
	// -1 no. A builtin type's dict cannot change once Python code runs.
	newOnly int8
}

// absentAttr marks a cached lookup miss. Its type must differ from
// None's: pointers to zero-size values may all be equal, so a second
// &noneObject{} would compare equal to None and a cached None attribute
// (__hash__ = None) would read as a miss. A type of its own also lets the
// cache test it with a type check instead of an interface comparison.
var absentAttr Object = &absentMarker{}

type absentMarker struct{ noneObject }

// TypeFlags describe a type.
type TypeFlags uint32

const (
	// FlagBuiltin marks types implemented in Go.
	FlagBuiltin TypeFlags = 1 << iota
	// FlagFinal types cannot be subclassed (bool, NoneType, ...).
	FlagFinal
	// FlagHasGetattr is set on classes defining __getattr__ somewhere in the MRO.
	FlagHasGetattr
	// FlagCustomAttrs is set on classes whose MRO overrides
	// __getattribute__, __setattr__ or __delattr__ (the slow paths).
	FlagCustomAttrs
	// FlagNoDict marks classes whose instances have no __dict__: they and
	// all their Python bases define __slots__ without "__dict__".
	FlagNoDict
	// FlagHasDel marks classes defining __del__ (their instances are
	// tracked for finalization).
	FlagHasDel
)

// typeEpoch changes whenever any class dictionary is modified after
// creation, invalidating every type's lookup cache.
var typeEpoch atomic.Uint64

func init() { typeEpoch.Store(1) }

// InvalidateTypeCaches must be called after a class attribute changes.
func InvalidateTypeCaches() { typeEpoch.Add(1) }

func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// Lookup finds name in the type's MRO without invoking descriptors.
// It returns nil when the name is absent.
func (t *Type) Lookup(name *Str) Object {
	if name.interned {
		ep := typeEpoch.Load()
		id := int(name.id)
		if t.cacheVer == ep {
			if id < len(t.cache) {
				if v := t.cache[id]; v != nil {
					if _, ok := v.(*absentMarker); ok {
						return nil
					}
					return v
				}
			}
		} else {
			clear(t.cache)
			t.cacheVer = ep
		}
		v := t.lookupMRO(name)
		if id >= len(t.cache) {
			n := make([]Object, id+16)
			copy(n, t.cache)
			t.cache = n
		}
		if v == nil {
			t.cache[id] = absentAttr
		} else {
			t.cache[id] = v
		}
		return v
	}
	return t.lookupMRO(name)
}

func (t *Type) lookupMRO(name *Str) Object {
	for _, c := range t.MRO {
		if v := c.Dict.GetStr(name); v != nil {
			return v
		}
	}
	return nil
}

// LookupString is Lookup with a Go string name.
func (t *Type) LookupString(name string) Object { return t.Lookup(Intern(name)) }

// IsSubtype reports whether t is sub or a subclass of it.
func (t *Type) IsSubtype(of *Type) bool {
	if t == of {
		return true
	}
	for _, c := range t.MRO {
		if c == of {
			return true
		}
	}
	return false
}

// IsBuiltin reports whether the type is implemented in Go.
func (t *Type) IsBuiltin() bool { return t.Flags&FlagBuiltin != 0 }

// QualName is the name used in error messages and reprs.
func (t *Type) QualName() string {
	if v := t.Dict.GetStr(Intern("__qualname__")); v != nil {
		if s, ok := v.(*Str); ok {
			return s.S
		}
	}
	return t.Name
}

// NewBuiltinType creates a builtin type deriving from base (nil for object).
// newFn may be nil for types that cannot be instantiated from Python.
func NewBuiltinType(name string, base *Type, newFn func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error)) *Type {
	t := &Type{Name: name, Module: "builtins", Dict: NewDict(), New: newFn, Flags: FlagBuiltin}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
	} else {
		t.MRO = []*Type{t}
	}
	t.Layout = t
	return t
}

// SetAttrString stores a value in the type's dictionary.
func (t *Type) SetAttrString(name string, v Object) {
	t.Dict.SetStr(Intern(name), v)
	InvalidateTypeCaches()
}

// AddMethod adds a Go-implemented method.
func (t *Type) AddMethod(name string, fn Native) {
	t.Dict.SetStr(Intern(name), &MethodDescriptor{Name: name, Owner: t, Fn: fn})
}

// AddRawMethod adds a Go-implemented method that receives instances of
// subclasses unchanged (see MethodDescriptor.Raw).
func (t *Type) AddRawMethod(name string, fn Native) {
	t.Dict.SetStr(Intern(name), &MethodDescriptor{Name: name, Owner: t, Fn: fn, Raw: true})
}

// AddClassMethod adds a Go-implemented classmethod; args[0] is the class.
func (t *Type) AddClassMethod(name string, fn Native) {
	t.Dict.SetStr(Intern(name), &ClassMethod{Func: &Builtin{Name: name, Fn: fn}})
}

// AddStaticMethod adds a Go-implemented staticmethod.
func (t *Type) AddStaticMethod(name string, fn Native) {
	t.Dict.SetStr(Intern(name), &StaticMethod{Func: &Builtin{Name: name, Fn: fn}})
}

// AddGetSet adds a computed attribute. set may be nil for read-only attributes.
func (t *Type) AddGetSet(name string, get func(t *Thread, self Object) (Object, error), set func(t *Thread, self, v Object) error) {
	t.Dict.SetStr(Intern(name), &GetSet{Name: name, Owner: t, Get: get, Set: set})
}

// computeMRO computes the C3 linearization of a new class.
func computeMRO(cls *Type) ([]*Type, error) {
	for i, b := range cls.Bases {
		for _, b2 := range cls.Bases[:i] {
			if b == b2 {
				return nil, Errorf(TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	seqs := make([][]*Type, 0, len(cls.Bases)+1)
	for _, b := range cls.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), cls.Bases...))
	mro := []*Type{cls}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
				break
			}
		}
		if !nonEmpty {
			return mro, nil
		}
		var cand *Type
	search:
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			for _, s2 := range seqs {
				if len(s2) == 0 {
					continue
				}
				for _, x := range s2[1:] {
					if x == c {
						continue search
					}
				}
			}
			cand = c
			break
		}
		if cand == nil {
			names := ""
			for i, b := range cls.Bases {
				if i > 0 {
					names += ", "
				}
				names += b.Name
			}
			return nil, Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", names)
		}
		mro = append(mro, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// solidLayout picks the builtin layout a new class's instances use.
func solidLayout(bases []*Type) (*Type, error) {
	layout := ObjectType
	for _, b := range bases {
		l := b.Layout
		if l == ObjectType {
			continue
		}
		if layout == ObjectType || l.IsSubtype(layout) {
			layout = l
		} else if !layout.IsSubtype(l) {
			return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return layout, nil
}

// NewClass creates a user class, as type(name, bases, dict) does.
func NewClass(t *Thread, meta *Type, name string, bases []*Type, dict *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Flags&FlagFinal != 0 {
			name := b.Name
			if b.Module != "" && b.Module != "builtins" {
				name = b.Module + "." + name // tp_name of an extension type
			}
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", name)
		}
	}
	cls := &Type{Name: name, Bases: bases, Dict: dict}
	if meta != nil && meta != TypeType {
		cls.Meta = meta
	}
	mro, err := computeMRO(cls)
	if err != nil {
		return nil, err
	}
	cls.MRO = mro
	if cls.Layout, err = solidLayout(bases); err != nil {
		return nil, err
	}
	if m := dict.GetStr(Intern("__module__")); m != nil {
		if s, ok := m.(*Str); ok {
			cls.Module = s.S
		}
	}
	if n, ok := dict.GetStr(Intern("__upy_tp_name__")).(*Str); ok {
		cls.ErrName = n.S
		dict.DelStr(Intern("__upy_tp_name__"))
	}
	if d := dict.GetStr(Intern("__doc__")); d != nil {
		if s, ok := d.(*Str); ok {
			cls.Doc = s.S
		}
	}
	// __new__ and __init_subclass__ are implicitly static/class methods.
	if f, ok := dict.GetStr(Intern("__new__")).(*Function); ok {
		dict.SetStr(Intern("__new__"), &StaticMethod{Func: f})
	}
	if f, ok := dict.GetStr(Intern("__init_subclass__")).(*Function); ok {
		dict.SetStr(Intern("__init_subclass__"), &ClassMethod{Func: f})
	}
	if f, ok := dict.GetStr(Intern("__class_getitem__")).(*Function); ok {
		dict.SetStr(Intern("__class_getitem__"), &ClassMethod{Func: f})
	}
	if err := installSlots(cls); err != nil {
		return nil, err
	}
	addWeakrefSlot(cls)
	for _, b := range bases {
		b.subclasses = append(b.subclasses, cls)
	}
	setLookupFlags(cls)
	InvalidateTypeCaches()
	return cls, nil
}

// TypeName returns the name of o's type, for error messages.
func TypeName(o Object) string {
	if o == nil {
		return "NULL"
	}
	return o.Type().ErrorName()
}

// ErrorName is the name error messages give t.
func (t *Type) ErrorName() string {
	if t.ErrName != "" {
		return t.ErrName
	}
	return t.Name
}
