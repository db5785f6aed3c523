package py

// __slots__: each name listed becomes a member descriptor on the class
// (private names mangled), and instances of a class whose every Python
// base has __slots__ without "__dict__" get no __dict__, so other
// attributes cannot be set. Slot values live in a dict of their own in
// the instance (Instance.slots), apart from any __dict__.

var strSlots = Intern("__slots__")

// installSlots installs the member descriptors of cls's __slots__.
func installSlots(cls *Type) error {
	spec := cls.Dict.GetStr(strSlots)
	if spec == nil {
		return nil
	}
	var names []Object
	if s, ok := spec.(*Str); ok {
		names = []Object{s}
	} else {
		var err error
		if names, err = ToSlice(nil, spec); err != nil {
			return err
		}
	}
	hasDict := false
	seen := map[string]bool{}
	for _, n := range names {
		s, ok := n.(*Str)
		if !ok {
			return Errorf(TypeError, "__slots__ items must be strings, not '%s'", TypeName(n))
		}
		if !isIdentifier(s.S) {
			return Errorf(TypeError, "__slots__ must be identifiers")
		}
		switch s.S {
		case "__dict__":
			if hasDict {
				return Errorf(TypeError, "__dict__ slot disallowed: we already got one")
			}
			hasDict = true
			continue
		case "__weakref__":
			continue
		}
		if seen[s.S] {
			// CPython 3.11 accepts a repeated name (one member)
			continue
		}
		seen[s.S] = true
		switch cls.Layout {
		case IntType, BytesType, TupleType:
			// variable-size instances have no room for slots in CPython
			return Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", cls.Layout.Name)
		}
		name := Intern(mangleSlot(cls.Name, s.S))
		if cls.Dict.GetStr(name) != nil {
			return Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", s.S)
		}
		cls.Dict.SetStr(name, slotMember(cls, name))
	}
	if hasDict || cls.Layout != ObjectType {
		return nil
	}
	for _, c := range cls.MRO[1:] {
		if c == ObjectType {
			continue
		}
		if c.Flags&FlagBuiltin != 0 {
			if c.IsSubtype(BaseException) {
				return nil
			}
			continue
		}
		if c.Flags&FlagNoDict == 0 {
			return nil
		}
	}
	cls.Flags |= FlagNoDict
	return nil
}

// mangleSlot applies private name mangling to a slot name.
func mangleSlot(class, name string) string {
	if len(name) < 3 || name[:2] != "__" || name[len(name)-2:] == "__" {
		return name
	}
	i := 0
	for i < len(class) && class[i] == '_' {
		i++
	}
	if i == len(class) {
		return name
	}
	return "_" + class[i:] + name
}

// slotMember is the descriptor of slot name of cls.
func slotMember(cls *Type, name *Str) *GetSet {
	return &GetSet{
		Name:   name.S,
		Owner:  cls,
		Member: true,
		Get: func(t *Thread, self Object) (Object, error) {
			if inst, ok := self.(*Instance); ok && inst.slots != nil {
				if v := inst.slots.GetStr(name); v != nil {
					return v, nil
				}
			}
			return nil, noAttribute(self, name)
		},
		Set: func(t *Thread, self, v Object) error {
			inst, ok := self.(*Instance)
			if !ok {
				return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name.S, cls.Name, TypeName(self))
			}
			if v == nil { // del
				if inst.slots == nil || !inst.slots.DelStr(name) {
					return Errorf(AttributeError, "%s", name.S)
				}
				return nil
			}
			if inst.slots == nil {
				inst.slots = NewDict()
			}
			inst.slots.SetStr(name, v)
			return nil
		},
	}
}

var strWeakref = Intern("__weakref__")

// addWeakrefSlot gives the first Python class of a hierarchy (with a
// __dict__) CPython's __weakref__ descriptor; upy keeps no list of weak
// references in instances, so it reads None.
func addWeakrefSlot(cls *Type) {
	if cls.Flags&FlagNoDict != 0 || cls.Layout != ObjectType || cls.Dict.GetStr(strWeakref) != nil {
		return
	}
	for _, b := range cls.MRO[1:] {
		if b.Flags&FlagBuiltin == 0 {
			return
		}
	}
	cls.Dict.SetStr(strWeakref, &GetSet{Name: "__weakref__", Owner: cls,
		Get: func(t *Thread, self Object) (Object, error) { return None, nil }})
}
