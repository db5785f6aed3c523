package py

// Super is the super object: attribute lookup starting after Start in
// the MRO of Obj's type.
type Super struct {
	Start   *Type
	Obj     Object // instance or class (nil for an unbound super)
	ObjType *Type
}

func (*Super) Type() *Type { return SuperType }

// zeroArgSuper finds super()'s arguments in the calling frame: its
// __class__ cell and its first argument.
func (t *Thread) zeroArgSuper() (*Type, Object, error) {
	f := t.Frame
	if f == nil || f.code.C.ArgCount == 0 && f.code.C.Flags&1 == 0 {
		return nil, nil, Errorf(RuntimeError, "super(): no arguments")
	}
	c := f.code.C
	var cls *Type
	for i, n := range c.FreeVars {
		if n == "__class__" {
			cell := f.cells[len(c.CellVars)+i]
			if cell.V == nil {
				return nil, nil, Errorf(RuntimeError, "super(): empty __class__ cell")
			}
			cls, _ = cell.V.(*Type)
		}
	}
	if cls == nil {
		return nil, nil, Errorf(RuntimeError, "super(): __class__ cell not found")
	}
	obj := f.fastSlots()[0]
	if obj == nil {
		// the first argument may live in a cell
		for i, arg := range c.Cell2Arg {
			if arg == 0 {
				obj = f.cells[i].V
			}
		}
	}
	if obj == nil {
		return nil, nil, Errorf(RuntimeError, "super(): arg[0] deleted")
	}
	return cls, obj, nil
}

func newSuper(t *Thread, cls *Type, obj Object) (*Super, error) {
	s := &Super{Start: cls, Obj: obj}
	if obj == nil || obj == None {
		s.Obj = nil
		return s, nil
	}
	if ot, ok := obj.(*Type); ok && ot.IsSubtype(cls) {
		s.ObjType = ot
		return s, nil
	}
	if obj.Type().IsSubtype(cls) {
		s.ObjType = obj.Type()
		return s, nil
	}
	return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

func init() {
	SuperType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		switch len(args) {
		case 0:
			c, obj, err := t.zeroArgSuper()
			if err != nil {
				return nil, err
			}
			return newSuper(t, c, obj)
		case 1, 2:
			c, ok := args[0].(*Type)
			if !ok {
				return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(args[0]))
			}
			var obj Object
			if len(args) == 2 {
				obj = args[1]
			}
			return newSuper(t, c, obj)
		}
		return nil, Errorf(TypeError, "super() takes at most 2 arguments")
	}
	SuperType.AddMethod("__getattribute__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s := args[0].(*Super)
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string")
		}
		return superGetAttr(t, s, Intern(name.S))
	})
	SuperType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s := args[0].(*Super)
		if s.ObjType == nil {
			return NewStr("<super: <class '" + s.Start.Name + "'>, NULL>"), nil
		}
		return NewStr("<super: <class '" + s.Start.Name + "'>, <" + s.ObjType.Name + " object>>"), nil
	})
	SuperType.AddGetSet("__thisclass__", func(t *Thread, self Object) (Object, error) {
		return self.(*Super).Start, nil
	}, nil)
	SuperType.AddGetSet("__self__", func(t *Thread, self Object) (Object, error) {
		if o := self.(*Super).Obj; o != nil {
			return o, nil
		}
		return None, nil
	}, nil)
	SuperType.AddGetSet("__self_class__", func(t *Thread, self Object) (Object, error) {
		if o := self.(*Super).ObjType; o != nil {
			return o, nil
		}
		return None, nil
	}, nil)
	InstallNew(SuperType)
}

func superGetAttr(t *Thread, s *Super, name *Str) (Object, error) {
	if s.ObjType != nil && name.S != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.Start {
			i++
		}
		for i++; i < len(mro); i++ {
			if v := mro[i].Dict.GetStr(name); v != nil {
				var inst Object = s.Obj
				if inst == s.ObjType {
					inst = nil // super(C, C).method: class binding
				}
				if _, isCM := v.(*ClassMethod); isCM {
					return bindDescriptor(t, v, nil, s.ObjType)
				}
				if inst == nil {
					return bindDescriptor(t, v, nil, s.ObjType)
				}
				return bindDescriptor(t, v, inst, s.ObjType)
			}
		}
	}
	return genericGetAttr(t, s, name, nil)
}
