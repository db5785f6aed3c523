package py

// __build_class__(func, name, *bases, metaclass=None, **kwds): the class
// statement.
func builtinBuildClass(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if len(args) < 2 {
		return nil, Errorf(TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: name is not a string")
	}
	// A copy: args may be the caller's stack, reused while the class body
	// runs, and __orig_bases__ keeps these.
	origBases := append([]Object(nil), args[2:]...)
	var bases []Object
	changed := false
	for _, b := range origBases {
		if _, isType := b.(*Type); !isType {
			if me := b.Type().Lookup(Intern("__mro_entries__")); me != nil {
				r, err := callMethodObj(t, me, b, NewTuple(origBases...))
				if err != nil {
					return nil, err
				}
				tu, ok := r.(*Tuple)
				if !ok {
					return nil, Errorf(TypeError, "__mro_entries__ must return a tuple")
				}
				bases = append(bases, tu.Items...)
				changed = true
				continue
			}
		}
		bases = append(bases, b)
	}
	var meta Object
	var rest []Kwarg
	for _, k := range kw {
		if k.Name == "metaclass" {
			meta = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	if meta == nil {
		meta = TypeType
		for _, b := range bases {
			bt, ok := b.(*Type)
			if !ok {
				return nil, Errorf(TypeError, "bases must be types")
			}
			if m := bt.Type(); m != TypeType {
				meta = m
			}
		}
	}
	if mt, ok := meta.(*Type); ok {
		// the most derived metaclass among meta and the bases' metaclasses
		for _, b := range bases {
			if bt, ok := b.(*Type); ok {
				bm := bt.Type()
				if bm.IsSubtype(mt) {
					mt = bm
				} else if !mt.IsSubtype(bm) {
					return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
				}
			}
		}
		meta = mt
	}
	basesTuple := NewTuple(bases...)
	var ns *Dict
	var nsObj Object // what the metaclass gets: ns or the dict subclass instance
	if prep, err := GetAttrOpt(t, meta, Intern("__prepare__")); err != nil {
		return nil, err
	} else if prep != nil {
		r, err := t.Call(prep, []Object{name, basesTuple}, rest)
		if err != nil {
			return nil, err
		}
		switch d := r.(type) {
		case *Dict:
			ns = d
		case *Instance:
			if base, ok := d.Base.(*Dict); ok {
				ns = base
				if overridesDictItems(d.Cls) {
					ns.owner = d
				}
			}
		}
		if ns == nil {
			return nil, Errorf(TypeError, "%s.__prepare__() must return a mapping, not %s", TypeName(meta), TypeName(r))
		}
		nsObj = r
	} else {
		ns = NewDict()
		nsObj = ns
	}
	cell, err := t.runClassBody(fn, ns)
	if err != nil {
		return nil, err
	}
	if changed {
		ns.SetString("__orig_bases__", NewTuple(origBases...))
	}
	cls, err := t.Call(meta, []Object{name, basesTuple, nsObj}, rest)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok && c.V == nil {
		c.V = cls
	}
	return cls, nil
}

func init() {
	builtinFuncs["__build_class__"] = builtinBuildClass
	TypeType.AddClassMethod("__prepare__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewDict(), nil
	})
}

// overridesDictItems reports whether a dict subclass changes how items are
// stored, looked up or deleted (a namespace of such a class must go
// through its methods).
func overridesDictItems(cls *Type) bool {
	for _, n := range [...]*Str{strSetitem, strGetitem, strDelitem} {
		if cls.Lookup(n) != DictType.Lookup(n) {
			return true
		}
	}
	return false
}

// ownerLoad looks name up in a namespace with its own __getitem__ (nil
// when it is missing there: the lookup goes on to globals).
func (t *Thread) ownerLoad(owner *Instance, name *Str) (Object, error) {
	v, err := GetItem(t, owner, name)
	if err != nil && isKeyError(err) {
		return nil, nil
	}
	return v, err
}

func isKeyError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.IsInstance(KeyError)
}
