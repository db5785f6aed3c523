package py

// type.__base__ and assignment to type.__bases__, with CPython's rules on
// which base changes keep an instance layout valid.

// bestBase is CPython's best_base: the base whose builtin layout is the
// most derived (the first such base on ties), which becomes __base__.
func bestBase(bases []*Type) *Type {
	if len(bases) == 0 {
		return nil
	}
	win := bases[0]
	for _, b := range bases[1:] {
		if b.Layout != win.Layout && b.Layout.IsSubtype(win.Layout) {
			win = b
		}
	}
	return win
}

// gcFreed reports whether CPython frees instances of tp with the cyclic
// collector's deallocator: every class statement's class and the builtin
// containers, but not object, int, str and the other atomic builtins.
func gcFreed(tp *Type) bool {
	if !tp.IsBuiltin() {
		return true
	}
	switch tp {
	case ListType, DictType, SetType, FrozenSetType, TupleType, TypeType, FunctionType:
		return true
	}
	return tp.IsSubtype(BaseException)
}

// slotNames lists the __slots__ members tp's instances carry.
func slotNames(tp *Type) []string {
	var names []string
	for _, c := range tp.MRO {
		if c.IsBuiltin() {
			continue
		}
		c.Dict.Items(func(k, v Object) bool {
			if gs, ok := v.(*GetSet); ok && gs.Member && gs.Owner == c {
				names = append(names, gs.Name)
			}
			return true
		})
	}
	return names
}

// sameLayout is CPython's compatible_for_assignment for the old and new
// best bases of a class whose __bases__ is assigned.
func sameLayout(oldto, newto *Type) error {
	if gcFreed(oldto) != gcFreed(newto) {
		return Errorf(TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", newto.Name, oldto.Name)
	}
	a, b := slotNames(oldto), slotNames(newto)
	same := oldto.Layout == newto.Layout && len(a) == len(b)
	for i := 0; same && i < len(a); i++ {
		same = a[i] == b[i]
	}
	if !same {
		return Errorf(TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", newto.Name, oldto.Name)
	}
	return nil
}

// setBases implements cls.__bases__ = v: the class and every subclass get
// a new MRO, and cached lookups are dropped.
func setBases(cls *Type, v Object) error {
	if cls.IsBuiltin() {
		return Errorf(TypeError, "cannot set '__bases__' attribute of immutable type '%s'", cls.Name)
	}
	tu, ok := v.(*Tuple)
	if !ok {
		return Errorf(TypeError, "can only assign tuple to %s.__bases__, not %s", cls.Name, TypeName(v))
	}
	if len(tu.Items) == 0 {
		return Errorf(TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", cls.Name)
	}
	bases := make([]*Type, len(tu.Items))
	for i, o := range tu.Items {
		b, ok := o.(*Type)
		if !ok {
			return Errorf(TypeError, "%s.__bases__ must be tuple of classes, not '%s'", cls.Name, TypeName(o))
		}
		if b.IsSubtype(cls) {
			return Errorf(TypeError, "a __bases__ item causes an inheritance cycle")
		}
		bases[i] = b
	}
	if _, err := solidLayout(bases); err != nil {
		return err
	}
	if err := sameLayout(bestBase(cls.Bases), bestBase(bases)); err != nil {
		return err
	}
	old := cls.Bases
	cls.Bases = bases
	if err := remro(cls); err != nil {
		cls.Bases = old
		remro(cls)
		return err
	}
	for _, b := range old {
		for i, s := range b.subclasses {
			if s == cls {
				b.subclasses = append(b.subclasses[:i:i], b.subclasses[i+1:]...)
				break
			}
		}
	}
	for _, b := range bases {
		b.subclasses = append(b.subclasses, cls)
	}
	InvalidateTypeCaches()
	return nil
}

// remro recomputes the MRO and the lookup flags of cls and its subclasses.
func remro(cls *Type) error {
	InvalidateTypeCaches()
	mro, err := computeMRO(cls)
	if err != nil {
		return err
	}
	cls.MRO = mro
	setLookupFlags(cls)
	for _, s := range cls.subclasses {
		if err := remro(s); err != nil {
			return err
		}
	}
	return nil
}

// setLookupFlags computes the flags that send attribute access and
// instance creation of cls down their slow paths.
func setLookupFlags(cls *Type) {
	cls.Flags &^= FlagHasGetattr | FlagHasDel | FlagCustomAttrs
	if cls.Lookup(Intern("__getattr__")) != nil {
		cls.Flags |= FlagHasGetattr
	}
	if cls.Lookup(strDel) != nil {
		cls.Flags |= FlagHasDel
	}
	for _, n := range []string{"__getattribute__", "__setattr__", "__delattr__"} {
		for _, c := range cls.MRO {
			if c != ObjectType && c.Dict.GetString(n) != nil {
				cls.Flags |= FlagCustomAttrs
			}
		}
	}
}

// refreshLookupFlags recomputes the flags of cls and its subclasses after
// one of the special methods they depend on was set or deleted on cls.
func refreshLookupFlags(cls *Type) {
	InvalidateTypeCaches()
	setLookupFlags(cls)
	for _, s := range cls.subclasses {
		refreshLookupFlags(s)
	}
}

// affectsLookupFlags reports whether setting or deleting the class
// attribute name changes what setLookupFlags computes.
func affectsLookupFlags(name string) bool {
	switch name {
	case "__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__del__":
		return true
	}
	return false
}
