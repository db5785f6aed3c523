package py

// __slots__: each name listed becomes a member descriptor on the class,
// and instances of a class whose Python bases all have __slots__ (without
// "__dict__") get no __dict__, so other attributes cannot be set. Slot
// values live in a dict of their own in the instance.

// setupSlots installs the member descriptors of cls's __slots__.
func setupSlots(cls *Type, dict *Dict) error {
	spec := dict.GetStr(Intern("__slots__"))
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
			hasDict = true
			continue
		case "__weakref__":
			continue
		}
		name := Intern(s.S)
		if dict.GetStr(name) != nil {
			return Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", s.S)
		}
		dict.SetStr(name, slotMember(cls, name))
	}
	if hasDict || cls.Layout != ObjectType {
		return nil
	}
	for _, b := range cls.Bases {
		if b != ObjectType && b.Flags&FlagNoDict == 0 {
			return nil
		}
	}
	cls.Flags |= FlagNoDict
	return nil
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
