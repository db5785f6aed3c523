package py

// __slots__: each named slot becomes a data descriptor on the class
// (values live in the instance's attribute dictionary under the slot's
// name), and a class whose whole MRO declares slots without "__dict__"
// gets instances that refuse other attributes and have no __dict__.

var strSlots = Intern("__slots__")

func installSlots(cls *Type) error {
	sl := cls.Dict.GetStr(strSlots)
	if sl == nil {
		return nil
	}
	var names []string
	if s, ok := sl.(*Str); ok {
		names = []string{s.S}
	} else {
		err := Iterate(nil, sl, func(x Object) (bool, error) {
			s, ok := x.(*Str)
			if !ok {
				return false, Errorf(TypeError, "__slots__ items must be strings, not '%s'", TypeName(x))
			}
			names = append(names, s.S)
			return true, nil
		})
		if err != nil {
			return err
		}
	}
	hasDict := false
	seen := map[string]bool{}
	for _, n := range names {
		if !isIdentifier(n) {
			return Errorf(TypeError, "__slots__ must be identifiers")
		}
		if n == "__dict__" {
			if hasDict {
				return Errorf(TypeError, "__dict__ slot disallowed: we already got one")
			}
			hasDict = true
			continue
		}
		if n == "__weakref__" {
			continue
		}
		if seen[n] {
			return Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", n)
		}
		seen[n] = true
		key := Intern(mangleSlot(cls.Name, n))
		if cls.Dict.GetStr(key) != nil {
			return Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", n)
		}
		cls.Dict.SetStr(key, slotDescriptor(cls, key))
	}
	noDict := !hasDict
	for _, c := range cls.MRO[1:] {
		if c == ObjectType {
			continue
		}
		if c.Flags&FlagBuiltin != 0 {
			if c.IsSubtype(BaseException) {
				noDict = false
			}
			continue
		}
		if c.Flags&FlagNoDict == 0 {
			noDict = false
		}
	}
	if noDict {
		cls.Flags |= FlagNoDict
	}
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

func slotDescriptor(owner *Type, key *Str) *GetSet {
	return &GetSet{Name: key.S, Owner: owner,
		Get: func(t *Thread, self Object) (Object, error) {
			if inst, ok := self.(*Instance); ok && inst.Dict != nil {
				if v := inst.Dict.GetStr(key); v != nil {
					return v, nil
				}
			}
			return nil, noAttribute(self, key)
		},
		Set: func(t *Thread, self, v Object) error {
			inst, ok := self.(*Instance)
			if !ok {
				return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", key.S, owner.Name, TypeName(self))
			}
			if inst.Dict == nil {
				inst.Dict = NewDict()
			}
			inst.Dict.SetStr(key, v)
			return nil
		}}
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 127 {
			continue
		}
		if i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}
