package py

// Attribute access: Python's descriptor protocol.

var (
	strGetattr      = Intern("__getattr__")
	strGetattribute = Intern("__getattribute__")
	strSetattr      = Intern("__setattr__")
	strDelattr      = Intern("__delattr__")
	strGet          = Intern("__get__")
	strSet          = Intern("__set__")
	strDelete       = Intern("__delete__")
	strDict         = Intern("__dict__")
	strClass        = Intern("__class__")
)

// isDataDescriptor reports whether a class attribute takes precedence
// over the instance dictionary.
func isDataDescriptor(attr Object) bool {
	switch a := attr.(type) {
	case *Property, *GetSet:
		return true
	case *Function, *MethodDescriptor, *ClassMethod, *StaticMethod, *Str, Int, *Builtin, *Type:
		return false
	case *Instance:
		c := a.Cls
		return c.Lookup(strSet) != nil || c.Lookup(strDelete) != nil
	}
	return false
}

// bindDescriptor applies attr.__get__(obj, cls); obj is nil for access
// through the class.
func bindDescriptor(t *Thread, attr, obj Object, cls *Type) (Object, error) {
	switch a := attr.(type) {
	case *Function:
		if obj == nil {
			return a, nil
		}
		return &BoundMethod{Func: a, Self: obj}, nil
	case *MethodDescriptor:
		if obj == nil {
			return a, nil
		}
		return &Builtin{Name: a.Name, Fn: a.Fn, Self: obj}, nil
	case *ClassMethod:
		switch f := a.Func.(type) {
		case *Function:
		case *Builtin:
			return &Builtin{Name: f.Name, Fn: f.Fn, Self: cls}, nil
		default:
			// a wrapped descriptor is bound to the class (CPython 3.9-3.12
			// chain classmethod(property(...)) this way)
			if f.Type().Lookup(strGet) != nil {
				return bindDescriptor(t, f, cls, cls)
			}
		}
		return &BoundMethod{Func: a.Func, Self: cls}, nil
	case *StaticMethod:
		return a.Func, nil
	case *Property:
		if obj == nil {
			return a, nil
		}
		if a.Get == nil || a.Get == None {
			return nil, propMissing(a, TypeName(obj), "getter")
		}
		return t.Call(a.Get, []Object{obj}, nil)
	case *GetSet:
		if obj == nil {
			return a, nil
		}
		return a.Get(t, obj)
	case *Instance:
		get := a.Cls.Lookup(strGet)
		if get == nil {
			return attr, nil
		}
		o := obj
		if o == nil {
			o = None
		}
		return t.Call(get, []Object{attr, o, cls}, nil)
	}
	return attr, nil
}

// instanceDict returns the attribute dictionary of o, or nil.
func instanceDict(o Object) *Dict {
	switch v := o.(type) {
	case *Instance:
		return v.Dict
	case *Module:
		return v.Dict
	case *Function:
		return v.Dict
	case *Exception:
		return v.Dict
	}
	return nil
}

// GetAttr returns o.name.
func GetAttr(t *Thread, o Object, name *Str) (Object, error) {
	switch v := o.(type) {
	case *Super:
		return superGetAttr(t, v, name)
	case *Instance:
		cls := v.Cls
		if cls.Flags&(FlagBuiltin|FlagCustomAttrs) == FlagCustomAttrs {
			if ga := cls.Lookup(strGetattribute); ga != nil && ga != objectGetattribute {
				return callGetattribute(t, ga, o, name)
			}
		}
		r, err := genericGetAttr(t, o, name, v.Dict)
		if err != nil && cls.Flags&FlagHasGetattr != 0 {
			return callGetattr(t, o, name, err)
		}
		return r, err
	case *Type:
		return typeGetAttr(t, v, name)
	case *Module:
		if r := v.Dict.GetStr(name); r != nil {
			return r, nil
		}
		r, err := genericGetAttr(t, o, name, nil)
		if err != nil {
			if ga := v.Dict.GetStr(strGetattr); ga != nil {
				return t.Call(ga, []Object{name}, nil)
			}
			return nil, Errorf(AttributeError, "module '%s' has no attribute '%s'", v.Name, name.S)
		}
		return r, nil
	}
	r, err := genericGetAttr(t, o, name, instanceDict(o))
	if err != nil && o.Type().Flags&FlagHasGetattr != 0 {
		// builtin types with a __getattr__ fallback (bound methods)
		return callGetattr(t, o, name, err)
	}
	return r, err
}

// GetAttrString is GetAttr with a Go string name.
func GetAttrString(t *Thread, o Object, name string) (Object, error) {
	return GetAttr(t, o, Intern(name))
}

// GetAttrOpt returns o.name, or nil without error if there is no such attribute.
func GetAttrOpt(t *Thread, o Object, name *Str) (Object, error) {
	r, err := GetAttr(t, o, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsInstance(AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	return r, nil
}

func callGetattribute(t *Thread, ga, o Object, name *Str) (Object, error) {
	r, err := t.Call(ga, []Object{o, name}, nil)
	if err != nil && o.Type().Flags&FlagHasGetattr != 0 {
		return callGetattr(t, o, name, err)
	}
	return r, err
}

func callGetattr(t *Thread, o Object, name *Str, err error) (Object, error) {
	if e, ok := err.(*Exception); !ok || !e.IsInstance(AttributeError) {
		return nil, err
	}
	ga := o.Type().Lookup(strGetattr)
	if ga == nil {
		return nil, err
	}
	return callMethodObj(t, ga, o, name)
}

// callMethodObj calls an unbound class attribute as a method of self.
func callMethodObj(t *Thread, fn, self Object, args ...Object) (Object, error) {
	switch f := fn.(type) {
	case *Function, *MethodDescriptor:
		all := make([]Object, 0, len(args)+1)
		all = append(all, self)
		all = append(all, args...)
		return t.Call(f, all, nil)
	}
	bound, err := bindDescriptor(t, fn, self, self.Type())
	if err != nil {
		return nil, err
	}
	return t.Call(bound, args, nil)
}

// genericGetAttr is object.__getattribute__.
func genericGetAttr(t *Thread, o Object, name *Str, dict *Dict) (Object, error) {
	cls := o.Type()
	attr := cls.Lookup(name)
	if attr != nil && isDataDescriptor(attr) {
		return bindDescriptor(t, attr, o, cls)
	}
	if dict != nil {
		if v := dict.GetStr(name); v != nil {
			return v, nil
		}
	}
	if attr != nil {
		return bindDescriptor(t, attr, o, cls)
	}
	return nil, noAttribute(o, name)
}

func noAttribute(o Object, name *Str) *Exception {
	e := Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name.S)
	e.SetAttr("name", name)
	e.SetAttr("obj", o)
	return e
}

// typeGetAttr is type.__getattribute__.
func typeGetAttr(t *Thread, cls *Type, name *Str) (Object, error) {
	meta := cls.Type()
	metaAttr := meta.Lookup(name)
	if metaAttr != nil && isDataDescriptor(metaAttr) {
		return bindDescriptor(t, metaAttr, cls, meta)
	}
	if attr := cls.Lookup(name); attr != nil {
		return bindDescriptor(t, attr, nil, cls)
	}
	if metaAttr != nil {
		return bindDescriptor(t, metaAttr, cls, meta)
	}
	if meta != TypeType {
		if ga := meta.Lookup(strGetattr); ga != nil {
			return callMethodObj(t, ga, cls, name)
		}
	}
	e := Errorf(AttributeError, "type object '%s' has no attribute '%s'", cls.ErrorName(), name.S)
	e.SetAttr("name", name)
	e.SetAttr("obj", cls)
	return nil, e
}

// GetMethod looks up a method for an immediate call. When the attribute
// is a plain function found on the class, it returns the function and
// self separately (self non-nil) so the caller can avoid allocating a
// bound method; otherwise it returns the attribute value and a nil self.
func GetMethod(t *Thread, o Object, name *Str) (fn Object, self Object, err error) {
	cls := o.Type()
	var dict *Dict
	switch v := o.(type) {
	case *Super:
		r, err := superGetAttr(t, v, name)
		return r, nil, err
	case *Instance:
		if cls.Flags&(FlagBuiltin|FlagCustomAttrs) == FlagCustomAttrs {
			if ga := cls.Lookup(strGetattribute); ga != nil && ga != objectGetattribute {
				r, err := callGetattribute(t, ga, o, name)
				return r, nil, err
			}
		}
		dict = v.Dict
	case *Type, *Module:
		r, err := GetAttr(t, o, name)
		return r, nil, err
	default:
		dict = instanceDict(o)
	}
	attr := cls.Lookup(name)
	if attr != nil {
		switch attr.(type) {
		case *Function, *MethodDescriptor:
			if dict == nil || dict.GetStr(name) == nil {
				return attr, o, nil
			}
		}
	}
	r, err := genericGetAttr(t, o, name, dict)
	if err != nil && cls.Flags&FlagHasGetattr != 0 {
		r, err = callGetattr(t, o, name, err)
	}
	return r, nil, err
}

// SetAttr performs o.name = v.
func SetAttr(t *Thread, o Object, name *Str, v Object) error {
	switch x := o.(type) {
	case *Instance:
		cls := x.Cls
		if cls.Flags&FlagCustomAttrs != 0 {
			if sa := cls.Lookup(strSetattr); sa != nil && sa != objectSetattr {
				_, err := callMethodObj(t, sa, o, name, v)
				return err
			}
		}
		if cls.Flags&FlagNoDict != 0 || cls == ObjectType {
			return genericSetAttr(t, o, name, v, nil)
		}
		return genericSetAttr(t, o, name, v, &x.Dict)
	case *Type:
		return typeSetAttr(t, x, name, v)
	case *Module:
		x.Dict.SetStr(name, v)
		return nil
	case *Function:
		return genericSetAttr(t, o, name, v, &x.Dict)
	case *Exception:
		return genericSetAttr(t, o, name, v, &x.Dict)
	}
	return genericSetAttr(t, o, name, v, nil)
}

// SetAttrString is SetAttr with a Go string name.
func SetAttrString(t *Thread, o Object, name string, v Object) error {
	return SetAttr(t, o, Intern(name), v)
}

// genericSetAttr is object.__setattr__; dict points at the instance's
// dictionary field (nil for objects without one).
func genericSetAttr(t *Thread, o Object, name *Str, v Object, dict **Dict) error {
	cls := o.Type()
	if attr := cls.Lookup(name); attr != nil {
		switch a := attr.(type) {
		case *Property:
			if a.Set == nil || a.Set == None {
				return propMissing(a, cls.Name, "setter")
			}
			_, err := t.Call(a.Set, []Object{o, v}, nil)
			return err
		case *GetSet:
			if a.Set == nil {
				return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", a.Name, a.Owner.Name)
			}
			return a.Set(t, o, v)
		case *Instance:
			if set := a.Cls.Lookup(strSet); set != nil {
				_, err := t.Call(set, []Object{attr, o, v}, nil)
				return err
			}
		}
	}
	if dict == nil {
		if cls.Lookup(name) != nil {
			// a class attribute the instance cannot shadow
			return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", cls.Name, name.S)
		}
		if cls.Flags&FlagBuiltin != 0 {
			return Errorf(AttributeError, "'%s' object has no attribute '%s'", cls.Name, name.S)
		}
		return noAttribute(o, name)
	}
	d := *dict
	if d == nil {
		d = NewDictSize(cls.dictSize)
		*dict = d
	}
	d.SetStr(name, v)
	if d.used > cls.dictSize && d.used <= linearMax {
		cls.dictSize = d.used
	}
	return nil
}

// propMissing is the error for a property without the getter, setter
// or deleter (what) needed on an object of class cls.
func propMissing(p *Property, cls, what string) error {
	if p.name == "" {
		return Errorf(AttributeError, "property of '%s' object has no %s", cls, what)
	}
	return Errorf(AttributeError, "property '%s' of '%s' object has no %s", p.name, cls, what)
}

func typeSetAttr(t *Thread, cls *Type, name *Str, v Object) error {
	meta := cls.Type()
	if meta != TypeType {
		if sa := meta.Lookup(strSetattr); sa != nil && sa != objectSetattr && sa != typeSetattrDesc {
			_, err := callMethodObj(t, sa, cls, name, v)
			return err
		}
	}
	if attr := meta.Lookup(name); attr != nil && isDataDescriptor(attr) {
		if gs, ok := attr.(*GetSet); ok {
			if gs.Set != nil {
				return gs.Set(t, cls, v)
			}
			if gs.Owner == TypeType && name.S != "__dict__" {
				return Errorf(AttributeError, "readonly attribute")
			}
			return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", name.S, gs.Owner.Name)
		}
	}
	if cls.Flags&FlagBuiltin != 0 {
		return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name.S, cls.Name)
	}
	cls.Dict.SetStr(name, v)
	if affectsLookupFlags(name.S) {
		refreshLookupFlags(cls)
	}
	InvalidateTypeCaches()
	return nil
}

// DelAttr performs del o.name.
func DelAttr(t *Thread, o Object, name *Str) error {
	cls := o.Type()
	if _, ok := o.(*Instance); ok {
		if da := cls.Lookup(strDelattr); da != nil && da != objectDelattr {
			_, err := callMethodObj(t, da, o, name)
			return err
		}
	}
	if tp, ok := o.(*Type); ok {
		if tp.Flags&FlagBuiltin != 0 {
			return Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name.S, tp.Name)
		}
		if !tp.Dict.DelStr(name) {
			return Errorf(AttributeError, "type object '%s' has no attribute '%s'", tp.ErrorName(), name.S)
		}
		if affectsLookupFlags(name.S) {
			refreshLookupFlags(tp)
		}
		InvalidateTypeCaches()
		return nil
	}
	if attr := cls.Lookup(name); attr != nil {
		switch a := attr.(type) {
		case *Property:
			if a.Del == nil || a.Del == None {
				return propMissing(a, cls.Name, "deleter")
			}
			_, err := t.Call(a.Del, []Object{o}, nil)
			return err
		case *Instance:
			if del := a.Cls.Lookup(strDelete); del != nil {
				_, err := t.Call(del, []Object{attr, o}, nil)
				return err
			}
		case *GetSet:
			if a.Member {
				return a.Set(t, o, nil)
			}
			if a.Set == nil {
				return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", a.Name, a.Owner.Name)
			}
		}
	}
	if cls.Flags&FlagNoDict != 0 {
		return noAttribute(o, name)
	}
	d := instanceDict(o)
	if d == nil || !d.DelStr(name) {
		if m, ok := o.(*Module); ok {
			return Errorf(AttributeError, "module '%s' has no attribute '%s'", m.Name, name.S)
		}
		return noAttribute(o, name)
	}
	return nil
}

// HasAttr reports whether o has the attribute (errors other than
// AttributeError propagate).
func HasAttr(t *Thread, o Object, name *Str) (bool, error) {
	v, err := GetAttrOpt(t, o, name)
	return v != nil, err
}
