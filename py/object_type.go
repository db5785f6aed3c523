package py

import "slices"

// The methods of object and type. The descriptors are kept in variables
// so the protocols can recognise "not overridden" with a pointer compare.
var (
	objectGetattribute *MethodDescriptor
	objectSetattr      *MethodDescriptor
	objectDelattr      *MethodDescriptor
	objectInitDesc     *MethodDescriptor
	objectStrDesc      *MethodDescriptor
	objectHashDesc     *MethodDescriptor
	typeCallDesc       *MethodDescriptor
	typeSetattrDesc    *MethodDescriptor
)

func addDesc(t *Type, name string, fn Native) *MethodDescriptor {
	d := &MethodDescriptor{Name: name, Owner: t, Fn: fn}
	t.Dict.SetStr(Intern(name), d)
	return d
}

// builtinNewMarker marks the __new__ staticmethods of builtin types.
type builtinNewMarker struct{ Builtin }

func isBuiltinNew(fn Object) bool {
	sm, ok := fn.(*StaticMethod)
	if !ok {
		return false
	}
	b, ok := sm.Func.(*Builtin)
	return ok && b.Module == "\x00new"
}

// builtinNew is T.__new__(cls, *args) for every builtin type T.
func builtinNew(owner *Type) Object {
	return &StaticMethod{Func: &Builtin{Name: "__new__", Module: "\x00new", Fn: func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "%s.__new__(): not enough arguments", owner.Name)
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", owner.Name, TypeName(args[0]))
		}
		if !cls.IsSubtype(owner) {
			return nil, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, cls.Name, cls.Name, owner.Name)
		}
		if cls.Layout.New == nil {
			return nil, Errorf(TypeError, "cannot create '%s' instances", cls.Name)
		}
		if owner == ObjectType && cls.Layout != ObjectType {
			return nil, Errorf(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Layout.Name)
		}
		if owner == ObjectType && (len(args) > 1 || len(kw) > 0) {
			if n := cls.Lookup(strNew); n != nil && n != ObjectType.Dict.GetStr(strNew) {
				return nil, Errorf(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			if init := cls.Lookup(strInit); init == nil || init == objectInitDesc {
				return nil, Errorf(TypeError, "%s() takes no arguments", cls.Name)
			}
		}
		return newInstance(t, cls, args[1:], kw)
	}}}
}

// InstallNew gives every builtin type with a constructor its __new__.
// It runs after all init functions attached the New functions.
func InstallNew(types ...*Type) {
	for _, tp := range types {
		if tp.New != nil && tp.Dict.GetStr(strNew) == nil {
			tp.Dict.SetStr(strNew, builtinNew(tp))
		}
	}
}

// newPlainInstance is object.__new__(cls) for a plain class.
func (t *Thread) newPlainInstance(cls *Type) *Instance {
	inst := &Instance{Cls: cls}
	if cls.Flags&FlagHasDel != 0 {
		t.trackInstance(inst)
	}
	return inst
}

func init() {
	ObjectType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		return t.newPlainInstance(cls), nil
	}
	ObjectType.Doc = "The base class of the class hierarchy."
	objectInitDesc = addDesc(ObjectType, "__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) > 1 || len(kw) > 0 {
			// CPython's object_init: excess arguments are an error when
			// the class overrides __init__, or when it does not override
			// __new__ either.
			cls := args[0].Type()
			if init := cls.Lookup(strInit); init != nil && init != objectInitDesc {
				return nil, Errorf(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			if n := cls.Lookup(strNew); n == nil || n == ObjectType.Dict.GetStr(strNew) {
				return nil, Errorf(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", cls.Name)
			}
		}
		return None, nil
	})
	objectGetattribute = addDesc(ObjectType, "__getattribute__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		if tp, ok := args[0].(*Type); ok {
			return typeGetAttr(t, tp, Intern(name.S))
		}
		return genericGetAttr(t, args[0], Intern(name.S), instanceDict(args[0]))
	})
	objectSetattr = addDesc(ObjectType, "__setattr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 3 {
			return nil, Errorf(TypeError, "expected 2 arguments, got %d", len(args)-1)
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		var err error
		switch o := args[0].(type) {
		case *Instance:
			if o.Cls.Flags&FlagNoDict != 0 || o.Cls == ObjectType {
				// object() and __slots__ instances have no __dict__
				err = genericSetAttr(t, o, Intern(name.S), args[2], nil)
			} else {
				err = genericSetAttr(t, o, Intern(name.S), args[2], &o.Dict)
			}
		case *Exception:
			err = genericSetAttr(t, o, Intern(name.S), args[2], &o.Dict)
		case *Type:
			// CPython's hackcheck: type attributes go through type.__setattr__
			return nil, Errorf(TypeError, "can't apply this __setattr__ to type object")
		case *Function:
			err = genericSetAttr(t, o, Intern(name.S), args[2], &o.Dict)
		default:
			err = SetAttr(t, o, Intern(name.S), args[2])
		}
		return None, err
	})
	objectDelattr = addDesc(ObjectType, "__delattr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		d := instanceDict(args[0])
		if d == nil || !d.DelStr(Intern(name.S)) {
			return nil, noAttribute(args[0], name)
		}
		return None, nil
	})
	addDesc(ObjectType, "__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewStr(defaultRepr(args[0])), nil
	})
	objectStrDesc = addDesc(ObjectType, "__str__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return ReprObj(t, args[0])
	})
	objectHashDesc = addDesc(ObjectType, "__hash__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return Int(identityHash(args[0])), nil
	})
	addDesc(ObjectType, "__eq__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) == 2 && args[0] == args[1] {
			return True, nil
		}
		return NotImplemented, nil
	})
	addDesc(ObjectType, "__ne__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 1 argument")
		}
		// object.__ne__ inverts __eq__ unless it is NotImplemented.
		eq := args[0].Type().Lookup(compareNames[EQ])
		if eq == nil {
			return NotImplemented, nil
		}
		r, err := callMethodObj(t, eq, args[0], args[1])
		if err != nil || r == NotImplemented {
			return r, err
		}
		b, err := Truth(t, r)
		return NewBool(!b), err
	})
	for _, op := range []CompareOp{LT, LE, GT, GE} {
		addDesc(ObjectType, compareNames[op].S, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			return NotImplemented, nil
		})
	}
	addDesc(ObjectType, "__format__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "__format__() takes exactly one argument")
		}
		spec, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "format spec must be a str")
		}
		if spec.S != "" {
			return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(args[0]))
		}
		return StrObj(t, args[0])
	})
	addDesc(ObjectType, "__dir__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewList(Dir(t, args[0])...), nil
	})
	addDesc(ObjectType, "__reduce_ex__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return nil, Errorf(TypeError, "cannot pickle '%s' object", TypeName(args[0]))
	})
	addDesc(ObjectType, "__sizeof__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return Int(16), nil
	})
	ObjectType.AddClassMethod("__init_subclass__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", args[0].(*Type).Name)
		}
		return None, nil
	})
	ObjectType.AddClassMethod("__subclasshook__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NotImplemented, nil
	})
	ObjectType.AddGetSet("__class__", func(t *Thread, self Object) (Object, error) {
		return self.Type(), nil
	}, func(t *Thread, self, v Object) error {
		cls, ok := v.(*Type)
		inst, ok2 := self.(*Instance)
		if !ok {
			return Errorf(TypeError, "__class__ must be set to a class, not '%s' object", TypeName(v))
		}
		if !ok2 || cls.Flags&FlagBuiltin != 0 {
			return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if cls.Layout != inst.Cls.Layout {
			return Errorf(TypeError, "__class__ assignment: '%s' object layout differs from '%s'", cls.Name, inst.Cls.Name)
		}
		inst.Cls = cls
		return nil
	})
	ObjectType.AddGetSet("__dict__", func(t *Thread, self Object) (Object, error) {
		switch o := self.(type) {
		case *Instance:
			if o.Cls.Flags&FlagNoDict != 0 || o.Cls == ObjectType {
				return nil, noAttribute(self, strDict)
			}
			if o.Dict == nil {
				o.Dict = NewDict()
			}
			return o.Dict, nil
		case *Exception:
			if o.Dict == nil {
				o.Dict = NewDict()
			}
			return o.Dict, nil
		case *Function:
			if o.Dict == nil {
				o.Dict = NewDict()
			}
			return o.Dict, nil
		case *Module:
			return o.Dict, nil
		case *Type:
			return &MappingProxy{D: o.Dict}, nil
		}
		return nil, noAttribute(self, strDict)
	}, func(t *Thread, self, v Object) error {
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		switch o := self.(type) {
		case *Instance:
			o.Dict = d
			return nil
		case *Function:
			o.Dict = d
			return nil
		case *Exception:
			o.Dict = d
			return nil
		}
		return noAttribute(self, strDict)
	})
	ObjectType.Dict.SetString("__doc__", NewStr(ObjectType.Doc))
}

// MappingProxy is the read-only view returned by cls.__dict__.
type MappingProxy struct {
	D *Dict
}

func (*MappingProxy) Type() *Type { return MappingProxyType }

// Dir lists the attribute names of o, sorted.
func Dir(t *Thread, o Object) []Object {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		d.Items(func(k, v Object) bool {
			if s, ok := k.(*Str); ok {
				seen[s.S] = true
			}
			return true
		})
	}
	// adjust fixes the names that upy keeps in other places than CPython:
	// __qualname__ of a class lives in its dictionary here, __dict__ is
	// one descriptor on object, and classes have no __weakref__ slot.
	adjust := func(mro []*Type, own *Dict) {
		if own == nil || own.GetStr(Intern("__qualname__")) == nil {
			delete(seen, "__qualname__")
		}
		user, dict := false, false
		for _, c := range mro {
			if c.Flags&FlagBuiltin == 0 {
				user = true
				if c.Flags&FlagNoDict == 0 {
					dict = true
				}
			}
		}
		if user && dict {
			seen["__weakref__"] = true
		} else if _, isType := o.(*Type); !isType {
			if instanceDict(o) == nil {
				if _, inst := o.(*Instance); !inst || !dict {
					delete(seen, "__dict__")
				}
			}
		}
	}
	switch v := o.(type) {
	case *Type:
		for _, c := range v.MRO {
			add(c.Dict)
		}
		adjust(v.MRO, nil)
		ownDict := false
		for _, c := range v.MRO {
			if c != ObjectType && (c.Dict.GetStr(strDict) != nil || (c.Flags&FlagBuiltin == 0 && c.Flags&FlagNoDict == 0)) {
				ownDict = true
			}
		}
		if !ownDict {
			delete(seen, "__dict__")
		}
	case *Module:
		add(v.Dict)
	default:
		add(instanceDict(o))
		for _, c := range o.Type().MRO {
			add(c.Dict)
		}
		switch o.(type) {
		case *Function, *Exception:
		default:
			adjust(o.Type().MRO, instanceDict(o))
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sortStrings(names)
	out := make([]Object, len(names))
	for i, n := range names {
		out[i] = NewStr(n)
	}
	return out
}

func sortStrings(a []string) { slices.Sort(a) }

func init() {
	// object.__getstate__ (3.11) and object.__reduce__
	ObjectType.AddMethod("__getstate__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if d := instanceDict(args[0]); d != nil && d.Len() > 0 {
			return d, nil
		}
		return None, nil
	})
	ObjectType.AddMethod("__reduce__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		fn := ObjectType.Dict.GetStr(Intern("__reduce_ex__"))
		if fn == nil {
			return nil, Errorf(TypeError, "cannot pickle '%s' object", TypeName(args[0]))
		}
		return callMethodObj(t, fn, args[0], Int(0))
	})
	// the types whose instances have a __dict__ list it, as in CPython
	for _, tp := range []*Type{BaseException, FunctionType} {
		tp.Dict.SetStr(strDict, ObjectType.Dict.GetStr(strDict))
	}
	BytesType.AddMethod("__bytes__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if b, ok := args[0].(*Bytes); ok {
			return b, nil
		}
		bb, _ := AsBytes(args[0])
		return NewBytes(append([]byte(nil), bb...)), nil
	})
	BytesType.AddMethod("__getnewargs__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		bb, _ := AsBytes(args[0])
		return NewTuple(NewBytes(append([]byte(nil), bb...))), nil
	})
	StrType.AddMethod("__rmod__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NotImplemented, nil
	})
	DictType.AddMethod("__ror__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		self, other := asDict(args[0]), asDict(args[1])
		if self == nil || other == nil {
			return NotImplemented, nil
		}
		n := other.Copy()
		return n, dictUpdate(t, n, []Object{self}, nil)
	})
	BaseException.AddMethod("__setstate__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) == 2 && args[1] != None {
			if d := asDict(args[1]); d != nil {
				var err error
				d.Items(func(k, v Object) bool {
					if s, ok := k.(*Str); ok {
						err = SetAttr(t, args[0], s, v)
					}
					return err == nil
				})
				return None, err
			}
		}
		return None, nil
	})
}
