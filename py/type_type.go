package py

// The methods of type (the metaclass of every class).

func init() {
	TypeType.New = typeNew
	typeCallDesc = addDesc(TypeType, "__call__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "descriptor '__call__' requires a 'type' object")
		}
		return typeCall(t, cls, args[1:], kw)
	})
	typeSetattrDesc = addDesc(TypeType, "__setattr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 3 {
			return nil, Errorf(TypeError, "expected 2 arguments, got %d", len(args)-1)
		}
		cls, ok := args[0].(*Type)
		name, ok2 := args[1].(*Str)
		if !ok || !ok2 {
			return nil, Errorf(TypeError, "type.__setattr__ needs a type and a name")
		}
		if cls.Flags&FlagBuiltin != 0 {
			return nil, Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name.S, cls.Name)
		}
		cls.Dict.SetStr(Intern(name.S), args[2])
		InvalidateTypeCaches()
		return None, nil
	})
	addDesc(TypeType, "__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		cls := args[0].(*Type)
		if cls.Module == "" || cls.Module == "builtins" {
			return NewStr("<class '" + cls.QualName() + "'>"), nil
		}
		return NewStr("<class '" + cls.Module + "." + cls.QualName() + "'>"), nil
	})
	addDesc(TypeType, "mro", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		cls := args[0].(*Type)
		items := make([]Object, len(cls.MRO))
		for i, c := range cls.MRO {
			items[i] = c
		}
		return NewList(items...), nil
	})
	addDesc(TypeType, "__subclasses__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "descriptor '__subclasses__' requires a 'type' object")
		}
		items := make([]Object, len(cls.subclasses))
		for i, c := range cls.subclasses {
			items[i] = c
		}
		return NewList(items...), nil
	})
	addDesc(TypeType, "__instancecheck__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "__instancecheck__ expected 1 argument")
		}
		cls := args[0].(*Type)
		return NewBool(args[1].Type().IsSubtype(cls)), nil
	})
	addDesc(TypeType, "__subclasscheck__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "__subclasscheck__ expected 1 argument")
		}
		cls := args[0].(*Type)
		sub, ok := args[1].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		return NewBool(sub.IsSubtype(cls)), nil
	})
	TypeType.AddGetSet("__name__", func(t *Thread, self Object) (Object, error) {
		return NewStr(self.(*Type).Name), nil
	}, func(t *Thread, self, v Object) error {
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "can only assign string to %s.__name__, not '%s'", self.(*Type).Name, TypeName(v))
		}
		self.(*Type).Name = s.S
		return nil
	})
	TypeType.AddGetSet("__qualname__", func(t *Thread, self Object) (Object, error) {
		return NewStr(self.(*Type).QualName()), nil
	}, func(t *Thread, self, v Object) error {
		self.(*Type).Dict.SetString("__qualname__", v)
		return nil
	})
	TypeType.AddGetSet("__module__", func(t *Thread, self Object) (Object, error) {
		cls := self.(*Type)
		if v := cls.Dict.GetString("__module__"); v != nil {
			return v, nil
		}
		if cls.Module == "" {
			return NewStr("builtins"), nil
		}
		return NewStr(cls.Module), nil
	}, func(t *Thread, self, v Object) error {
		cls := self.(*Type)
		cls.Dict.SetString("__module__", v)
		if s, ok := v.(*Str); ok {
			cls.Module = s.S
		}
		return nil
	})
	TypeType.AddGetSet("__doc__", func(t *Thread, self Object) (Object, error) {
		cls := self.(*Type)
		if v := cls.Dict.GetString("__doc__"); v != nil {
			return v, nil
		}
		if cls.Doc != "" {
			return NewStr(cls.Doc), nil
		}
		return None, nil
	}, func(t *Thread, self, v Object) error {
		cls := self.(*Type)
		if cls.IsBuiltin() {
			return Errorf(TypeError, "cannot set '__doc__' attribute of immutable type '%s'", cls.Name)
		}
		cls.Dict.SetString("__doc__", v)
		InvalidateTypeCaches()
		return nil
	})
	TypeType.AddGetSet("__bases__", func(t *Thread, self Object) (Object, error) {
		cls := self.(*Type)
		items := make([]Object, len(cls.Bases))
		for i, c := range cls.Bases {
			items[i] = c
		}
		return NewTuple(items...), nil
	}, func(t *Thread, self, v Object) error {
		return setBases(self.(*Type), v)
	})
	TypeType.AddGetSet("__base__", func(t *Thread, self Object) (Object, error) {
		if b := bestBase(self.(*Type).Bases); b != nil {
			return b, nil
		}
		return None, nil
	}, nil)
	TypeType.AddGetSet("__mro__", func(t *Thread, self Object) (Object, error) {
		cls := self.(*Type)
		items := make([]Object, len(cls.MRO))
		for i, c := range cls.MRO {
			items[i] = c
		}
		return NewTuple(items...), nil
	}, nil)
	TypeType.AddGetSet("__dict__", func(t *Thread, self Object) (Object, error) {
		return &MappingProxy{D: self.(*Type).Dict}, nil
	}, nil)
}

// typeNew is type.__new__(meta, name, bases, dict): class creation.
func typeNew(t *Thread, meta *Type, args []Object, kw []Kwarg) (Object, error) {
	if len(args) == 1 && meta == TypeType {
		return args[0].Type(), nil
	}
	if len(args) != 3 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	bt, ok := args[1].(*Tuple)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	ns, ok := args[2].(*Dict)
	if inst, isInst := args[2].(*Instance); isInst {
		// a dict subclass (a metaclass's __prepare__): the class keeps a
		// plain copy, as CPython's does
		if d, isDict := inst.Base.(*Dict); isDict {
			ns, ok = d.Copy(), true
		}
	}
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
	}
	bases := make([]*Type, len(bt.Items))
	for i, b := range bt.Items {
		bc, ok := b.(*Type)
		if !ok {
			if b.Type().Lookup(Intern("__mro_entries__")) != nil {
				return nil, Errorf(TypeError, "type() doesn't support MRO entry resolution; use types.new_class()")
			}
			// CPython computes the metaclass first: a non-class base's
			// type conflicts with type
			if bm := b.Type(); !bm.IsSubtype(meta) && !meta.IsSubtype(bm) {
				return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
			}
			return nil, Errorf(TypeError, "bases must be types")
		}
		bases[i] = bc
	}
	// The most derived metaclass wins.
	for _, b := range bases {
		bm := b.Type()
		if bm.IsSubtype(meta) {
			meta = bm
		} else if !meta.IsSubtype(bm) {
			return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	dict := ns.Copy()
	if dict.GetString("__module__") == nil {
		// type(name, bases, ns) called directly: the calling code's module
		if g := t.CurrentGlobals(); g != nil {
			if m := g.GetString("__name__"); m != nil {
				dict.SetString("__module__", m)
			}
		}
	}
	if dict.GetStr(strEq) != nil && dict.GetStr(strHash) == nil {
		dict.SetStr(strHash, None)
	}
	if dict.GetStr(Intern("__qualname__")) == nil {
		// type(name, bases, ns) without one: the class's own name, not a
		// base's found through the MRO.
		dict.SetStr(Intern("__qualname__"), name)
	}
	cell := dict.GetString("__classcell__")
	if cell != nil {
		dict.DelStr(Intern("__classcell__"))
	}
	cls, err := NewClass(t, meta, name.S, bases, dict)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok {
		c.V = cls
	}
	// __set_name__ on descriptors, then the parent's __init_subclass__.
	var setNameErr error
	dict.Items(func(k, v Object) bool {
		if fn := v.Type().Lookup(strSetName); fn != nil {
			if _, err := callMethodObj(t, fn, v, cls, k); err != nil {
				setNameErr = err
				return false
			}
		}
		return true
	})
	if setNameErr != nil {
		return nil, setNameErr
	}
	if len(cls.MRO) > 1 {
		if fn := superLookup(cls, cls.MRO[1], strInitSubclass); fn != nil {
			bound, err := bindDescriptor(t, fn, nil, cls)
			if err != nil {
				return nil, err
			}
			if _, err := t.Call(bound, nil, kw); err != nil {
				return nil, err
			}
		}
	}
	return cls, nil
}

var (
	strEq           = Intern("__eq__")
	strSetName      = Intern("__set_name__")
	strInitSubclass = Intern("__init_subclass__")
)

// superLookup finds name in cls's MRO starting at start.
func superLookup(cls, start *Type, name *Str) Object {
	found := false
	for _, c := range cls.MRO {
		if c == start {
			found = true
		}
		if found {
			if v := c.Dict.GetStr(name); v != nil {
				return v
			}
		}
	}
	return nil
}

func init() {
	addDesc(TypeType, "__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return None, nil
	})
	InstallNew(ObjectType, TypeType)
}
