package py

// property, classmethod and staticmethod, and the Python-visible side of
// Go-implemented functions and methods.

func init() {
	PropertyType.Flags &^= FlagFinal
	PropertyType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		p := &Property{}
		if cls != PropertyType {
			p.cls = cls
		}
		return p, nil
	}
	PropertyType.AddMethod("__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		p := args[0].(*Property)
		var fget, fset, fdel, doc Object = None, None, None, None
		if err := UnpackClinicArgs(t, "property", args[1:], kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		p.Get, p.Set, p.Del, p.Doc = fget, fset, fdel, doc
		if doc == None && fget != None {
			if d, err := GetAttrOpt(t, fget, Intern("__doc__")); err == nil && d != nil {
				p.Doc = d
			}
		}
		return None, nil
	})
	PropertyType.AddMethod("__get__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) < 2 || args[1] == None {
			return args[0], nil
		}
		return bindDescriptor(t, args[0], args[1], args[1].Type())
	})
	PropertyType.AddMethod("__set__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		p := args[0].(*Property)
		if err := CheckArgs("__set__", args[1:], kw, 2, 2); err != nil {
			return nil, err
		}
		if p.Set == nil || p.Set == None {
			return nil, propMissing(p, TypeName(args[1]), "setter")
		}
		return t.Call(p.Set, args[1:], nil)
	})
	PropertyType.AddMethod("__delete__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		p := args[0].(*Property)
		if p.Del == nil || p.Del == None {
			return nil, propMissing(p, TypeName(args[1]), "deleter")
		}
		return t.Call(p.Del, args[1:2], nil)
	})
	copyWith := func(which int) Native {
		return func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("property method", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			p := args[0].(*Property)
			n := *p
			switch which {
			case 0:
				n.Get = args[1]
			case 1:
				n.Set = args[1]
			case 2:
				n.Del = args[1]
			}
			return &n, nil
		}
	}
	PropertyType.AddMethod("__set_name__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("__set_name__", args[1:], kw, 2, 2); err != nil {
			return nil, err
		}
		if s := asStr(args[2]); s != nil {
			args[0].(*Property).name = s.S
		}
		return None, nil
	})
	PropertyType.AddMethod("getter", copyWith(0))
	PropertyType.AddMethod("setter", copyWith(1))
	PropertyType.AddMethod("deleter", copyWith(2))
	orNone := func(o Object) Object {
		if o == nil {
			return None
		}
		return o
	}
	PropertyType.AddGetSet("fget", func(t *Thread, self Object) (Object, error) { return orNone(self.(*Property).Get), nil }, nil)
	PropertyType.AddGetSet("fset", func(t *Thread, self Object) (Object, error) { return orNone(self.(*Property).Set), nil }, nil)
	PropertyType.AddGetSet("fdel", func(t *Thread, self Object) (Object, error) { return orNone(self.(*Property).Del), nil }, nil)
	PropertyType.AddGetSet("__doc__", func(t *Thread, self Object) (Object, error) { return orNone(self.(*Property).Doc), nil },
		func(t *Thread, self, v Object) error { self.(*Property).Doc = v; return nil })
	PropertyType.AddGetSet("__isabstractmethod__", func(t *Thread, self Object) (Object, error) {
		p := self.(*Property)
		for _, f := range []Object{p.Get, p.Set, p.Del} {
			if f != nil && f != None {
				if v, err := GetAttrOpt(t, f, Intern("__isabstractmethod__")); err == nil && v != nil {
					if b, _ := Truth(t, v); b {
						return True, nil
					}
				}
			}
		}
		return False, nil
	}, nil)

	ClassMethodType.Flags &^= FlagFinal
	StaticMethodType.Flags &^= FlagFinal
	ClassMethodType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("classmethod", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	StaticMethodType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("staticmethod", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	ClassMethodType.AddMethod("__get__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		cm := args[0].(*ClassMethod)
		var cls Object = None
		if len(args) > 2 && args[2] != None {
			cls = args[2]
		} else if len(args) > 1 && args[1] != None {
			cls = args[1].Type()
		}
		c, ok := cls.(*Type)
		if !ok {
			return nil, Errorf(TypeError, "classmethod.__get__ needs a type")
		}
		return bindDescriptor(t, cm, nil, c)
	})
	StaticMethodType.AddMethod("__get__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return args[0].(*StaticMethod).Func, nil
	})
	StaticMethodType.AddMethod("__call__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return t.Call(args[0].(*StaticMethod).Func, args[1:], kw)
	})
	ClassMethodType.AddGetSet("__func__", func(t *Thread, self Object) (Object, error) { return self.(*ClassMethod).Func, nil }, nil)
	StaticMethodType.AddGetSet("__func__", func(t *Thread, self Object) (Object, error) { return self.(*StaticMethod).Func, nil }, nil)
	ClassMethodType.AddGetSet("__wrapped__", func(t *Thread, self Object) (Object, error) { return self.(*ClassMethod).Func, nil }, nil)
	StaticMethodType.AddGetSet("__wrapped__", func(t *Thread, self Object) (Object, error) { return self.(*StaticMethod).Func, nil }, nil)
	for _, tp := range []*Type{ClassMethodType, StaticMethodType} {
		tp := tp
		tp.AddGetSet("__isabstractmethod__", func(t *Thread, self Object) (Object, error) {
			var f Object
			if cm, ok := self.(*ClassMethod); ok {
				f = cm.Func
			} else {
				f = self.(*StaticMethod).Func
			}
			if v, err := GetAttrOpt(t, f, Intern("__isabstractmethod__")); err == nil && v != nil {
				return v, nil
			}
			return False, nil
		}, nil)
		tp.AddGetSet("__doc__", func(t *Thread, self Object) (Object, error) {
			var f Object
			if cm, ok := self.(*ClassMethod); ok {
				f = cm.Func
			} else {
				f = self.(*StaticMethod).Func
			}
			if v, err := GetAttrOpt(t, f, Intern("__doc__")); err == nil && v != nil {
				return v, nil
			}
			return None, nil
		}, nil)
	}

	// builtin functions and bound Go methods
	BuiltinType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		b := args[0].(*Builtin)
		if b.Self != nil {
			return NewStr("<built-in method " + b.Name + " of " + TypeName(b.Self) + " object at " + hexID(b.Self) + ">"), nil
		}
		return NewStr("<built-in function " + b.Name + ">"), nil
	})
	BuiltinType.AddGetSet("__name__", func(t *Thread, self Object) (Object, error) { return NewStr(self.(*Builtin).Name), nil }, nil)
	BuiltinType.AddGetSet("__qualname__", func(t *Thread, self Object) (Object, error) {
		b := self.(*Builtin)
		if b.Self != nil {
			if c, ok := b.Self.(*Type); ok {
				return NewStr(c.Name + "." + b.Name), nil
			}
			return NewStr(TypeName(b.Self) + "." + b.Name), nil
		}
		return NewStr(b.Name), nil
	}, nil)
	BuiltinType.AddGetSet("__self__", func(t *Thread, self Object) (Object, error) {
		b := self.(*Builtin)
		if b.Self != nil {
			return b.Self, nil
		}
		return None, nil
	}, nil)
	BuiltinType.AddGetSet("__doc__", func(t *Thread, self Object) (Object, error) {
		if d := self.(*Builtin).Doc; d != "" {
			return NewStr(d), nil
		}
		return None, nil
	}, nil)
	BuiltinType.AddGetSet("__module__", func(t *Thread, self Object) (Object, error) {
		b := self.(*Builtin)
		if b.Module != "" && b.Module[0] != 0 {
			return NewStr(b.Module), nil
		}
		return None, nil
	}, nil)
	MethodDescriptorType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		d := args[0].(*MethodDescriptor)
		kind := "method"
		if isSlotWrapper(d) {
			kind = "slot wrapper"
		}
		return NewStr("<" + kind + " '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	})
	MethodDescriptorType.AddMethod("__get__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) < 2 || args[1] == None {
			return args[0], nil
		}
		return bindDescriptor(t, args[0], args[1], args[1].Type())
	})
	MethodDescriptorType.AddGetSet("__name__", func(t *Thread, self Object) (Object, error) {
		return NewStr(self.(*MethodDescriptor).Name), nil
	}, nil)
	MethodDescriptorType.AddGetSet("__qualname__", func(t *Thread, self Object) (Object, error) {
		d := self.(*MethodDescriptor)
		return NewStr(d.Owner.Name + "." + d.Name), nil
	}, nil)
	MethodDescriptorType.AddGetSet("__objclass__", func(t *Thread, self Object) (Object, error) {
		return self.(*MethodDescriptor).Owner, nil
	}, nil)
	for _, gt := range []*Type{GetSetType, MemberDescriptorType} {
		gt.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			d := args[0].(*GetSet)
			kind := "attribute"
			if d.Member {
				kind = "member"
			}
			return NewStr("<" + kind + " '" + d.Name + "' of '" + d.Owner.QualName() + "' objects>"), nil
		})
		gt.AddMethod("__get__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if len(args) < 2 || args[1] == None {
				return args[0], nil
			}
			return args[0].(*GetSet).Get(t, args[1])
		})
		gt.AddMethod("__set__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			d := args[0].(*GetSet)
			if len(args) != 3 {
				return nil, Errorf(TypeError, "__set__ expected 2 arguments")
			}
			if d.Set == nil {
				return nil, Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
			}
			return None, d.Set(t, args[1], args[2])
		})
	}

	// bound methods of Python functions
	MethodType.AddGetSet("__self__", func(t *Thread, self Object) (Object, error) { return self.(*BoundMethod).Self, nil }, nil)
	MethodType.AddGetSet("__func__", func(t *Thread, self Object) (Object, error) { return self.(*BoundMethod).Func, nil }, nil)
	// object's own __doc__ would otherwise shadow the function's
	MethodType.AddGetSet("__doc__", func(t *Thread, self Object) (Object, error) {
		return GetAttr(t, self.(*BoundMethod).Func, Intern("__doc__"))
	}, nil)
	MethodType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m := args[0].(*BoundMethod)
		name := "?"
		if qn, err := GetAttrOpt(t, m.Func, Intern("__qualname__")); err == nil && qn != nil {
			if s, ok := qn.(*Str); ok {
				name = s.S
			}
		}
		r, err := Repr(t, m.Self)
		if err != nil {
			return nil, err
		}
		return NewStr("<bound method " + name + " of " + r + ">"), nil
	})
	MethodType.AddMethod("__eq__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		a := args[0].(*BoundMethod)
		b, ok := args[1].(*BoundMethod)
		if !ok {
			return NotImplemented, nil
		}
		return NewBool(a.Func == b.Func && a.Self == b.Self), nil
	})
	MethodType.AddMethod("__hash__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m := args[0].(*BoundMethod)
		return Int(identityHash(m.Func) ^ identityHash(m.Self)), nil
	})
	// Attribute reads on bound methods fall through to the function.
	MethodType.AddMethod("__getattr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m := args[0].(*BoundMethod)
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string")
		}
		return GetAttr(t, m.Func, Intern(name.S))
	})
	MethodType.Flags |= FlagHasGetattr
	MethodType.AddGetSet("__doc__", func(t *Thread, self Object) (Object, error) {
		return GetAttr(t, self.(*BoundMethod).Func, Intern("__doc__"))
	}, nil)

	ModuleType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		var name string
		var doc Object = None
		if err := UnpackClinicArgs(t, "module", args, kw, "name", &name, "doc?", &doc); err != nil {
			return nil, err
		}
		m := NewModule(name)
		m.Dict.SetString("__doc__", doc)
		return m, nil
	}
	ModuleType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		m := args[0].(*Module)
		if f, ok := m.Dict.GetString("__file__").(*Str); ok {
			return NewStr("<module '" + m.Name + "' from '" + f.S + "'>"), nil
		}
		return NewStr("<module '" + m.Name + "' (built-in)>"), nil
	})
	CellType.AddGetSet("cell_contents", func(t *Thread, self Object) (Object, error) {
		c := self.(*Cell)
		if c.V == nil {
			return nil, Errorf(ValueError, "Cell is empty")
		}
		return c.V, nil
	}, func(t *Thread, self, v Object) error { self.(*Cell).V = v; return nil })
	NoneTypeType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return NewStr("None"), nil })
	NoneTypeType.AddMethod("__bool__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return False, nil })
	NoneTypeType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeError, "NoneType takes no arguments")
		}
		return None, nil
	}
	NotImplementedTypeType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewStr("NotImplemented"), nil
	})
	EllipsisTypeType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewStr("Ellipsis"), nil
	})
	TracebackType.AddGetSet("tb_lineno", func(t *Thread, self Object) (Object, error) { return Int(self.(*Traceback).Line), nil }, nil)
	TracebackType.AddGetSet("tb_frame", func(t *Thread, self Object) (Object, error) {
		if f := self.(*Traceback).frame; f != nil {
			return f, nil
		}
		return None, nil
	}, nil)
	TracebackType.AddGetSet("tb_lasti", func(t *Thread, self Object) (Object, error) {
		if f := self.(*Traceback).frame; f != nil {
			return Int(2 * f.lastPC), nil
		}
		return Int(-1), nil
	}, nil)
	TracebackType.AddGetSet("tb_next", func(t *Thread, self Object) (Object, error) {
		if n := self.(*Traceback).Next; n != nil {
			return n, nil
		}
		return None, nil
	}, func(t *Thread, self, v Object) error {
		// writable as in CPython (unittest cuts its own frames off)
		tb := self.(*Traceback)
		switch n := v.(type) {
		case nil:
			return Errorf(TypeError, "can't delete tb_next attribute")
		case *noneObject:
			tb.Next = nil
		case *Traceback:
			for c := n; c != nil; c = c.Next {
				if c == tb {
					return Errorf(ValueError, "traceback loop detected")
				}
			}
			tb.Next = n
		default:
			return Errorf(TypeError, "expected traceback object, got '%s'", TypeName(v))
		}
		return nil
	})
	TracebackType.AddGetSet("tb_frame", func(t *Thread, self Object) (Object, error) {
		if f := self.(*Traceback).frame; f != nil {
			return f, nil
		}
		return None, nil
	}, nil)
	TracebackType.AddGetSet("tb_lasti", func(t *Thread, self Object) (Object, error) { return Int(0), nil }, nil)
	InstallNew(PropertyType, ClassMethodType, StaticMethodType, ModuleType, NoneTypeType)
}
