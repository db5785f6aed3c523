package py

// Python-visible attributes of functions.

func init() {
	fn := func(o Object) *Function { return o.(*Function) }
	get := func(name string, g func(f *Function) Object, set func(t *Thread, f *Function, v Object) error) {
		var setter func(t *Thread, self, v Object) error
		if set != nil {
			setter = func(t *Thread, self, v Object) error { return set(t, fn(self), v) }
		}
		FunctionType.AddGetSet(name, func(t *Thread, self Object) (Object, error) {
			v := g(fn(self))
			if v == nil {
				return None, nil
			}
			return v, nil
		}, setter)
	}
	strSet := func(field func(f *Function) *string) func(t *Thread, f *Function, v Object) error {
		return func(t *Thread, f *Function, v Object) error {
			s, ok := v.(*Str)
			if !ok {
				return Errorf(TypeError, "__name__ must be set to a string object")
			}
			*field(f) = s.S
			return nil
		}
	}
	get("__name__", func(f *Function) Object { return NewStr(f.Name) }, strSet(func(f *Function) *string { return &f.Name }))
	get("__qualname__", func(f *Function) Object { return NewStr(f.QualName) }, strSet(func(f *Function) *string { return &f.QualName }))
	get("__doc__", func(f *Function) Object { return f.Doc }, func(t *Thread, f *Function, v Object) error { f.Doc = v; return nil })
	get("__module__", func(f *Function) Object { return f.Module }, func(t *Thread, f *Function, v Object) error { f.Module = v; return nil })
	get("__code__", func(f *Function) Object { return f.Code }, nil)
	get("__globals__", func(f *Function) Object { return f.Globals }, nil)
	get("__builtins__", func(f *Function) Object {
		if f.builtins != nil {
			return f.builtins
		}
		return NewDict()
	}, nil)
	get("__defaults__", func(f *Function) Object {
		if f.Defaults == nil {
			return None
		}
		return NewTuple(f.Defaults...)
	}, func(t *Thread, f *Function, v Object) error {
		if v == None {
			f.Defaults = nil
			return nil
		}
		tu, ok := v.(*Tuple)
		if !ok {
			return Errorf(TypeError, "__defaults__ must be set to a tuple object")
		}
		f.Defaults = tu.Items
		return nil
	})
	get("__kwdefaults__", func(f *Function) Object {
		if f.KwDefaults == nil {
			return None
		}
		return f.KwDefaults
	}, func(t *Thread, f *Function, v Object) error {
		d, _ := v.(*Dict)
		f.KwDefaults = d
		return nil
	})
	get("__closure__", func(f *Function) Object {
		if f.Closure == nil {
			return None
		}
		items := make([]Object, len(f.Closure))
		for i, c := range f.Closure {
			items[i] = c
		}
		return NewTuple(items...)
	}, nil)
	get("__annotations__", func(f *Function) Object {
		if f.Annotations == nil {
			f.Annotations = NewDict()
		}
		return f.Annotations
	}, func(t *Thread, f *Function, v Object) error {
		d, _ := v.(*Dict)
		f.Annotations = d
		return nil
	})
	FunctionType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		f := fn(args[0])
		return NewStr("<function " + f.QualName + " at " + hexID(f) + ">"), nil
	})
	FunctionType.AddMethod("__get__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) < 2 || args[1] == None {
			return args[0], nil
		}
		return &BoundMethod{Func: args[0], Self: args[1]}, nil
	})
	FunctionType.AddMethod("__call__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return t.CallFunction(fn(args[0]), args[1:], kw)
	})
}

func init() {
	FunctionType.New = functionNew
}

// functionNew is types.FunctionType(code, globals, name=None,
// argdefs=None, closure=None).
func functionNew(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	var codeObj, globals, name, argdefs, closure Object = nil, nil, None, None, None
	if err := UnpackClinicArgs(t, "function", args, kw, "code", &codeObj, "globals", &globals, "name?", &name, "argdefs?", &argdefs, "closure?", &closure); err != nil {
		return nil, err
	}
	code, ok := codeObj.(*Code)
	if !ok {
		return nil, Errorf(TypeError, "function() argument 'code' must be code, not %s", TypeName(codeObj))
	}
	g, ok := globals.(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "function() argument 'globals' must be dict, not %s", TypeName(globals))
	}
	fn := &Function{Code: code, Globals: g, Name: code.C.Name, QualName: code.C.QualName}
	if name != None {
		s, ok := name.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "arg 3 (name) must be None or string")
		}
		fn.Name = s.S
	}
	if argdefs != None {
		d, ok := argdefs.(*Tuple)
		if !ok {
			return nil, Errorf(TypeError, "arg 4 (defaults) must be None or tuple")
		}
		fn.Defaults = d.Items
	}
	nfree := len(code.C.FreeVars)
	if closure != None {
		c, ok := closure.(*Tuple)
		if !ok {
			return nil, Errorf(TypeError, "arg 5 (closure) must be tuple")
		}
		for _, x := range c.Items {
			cell, ok := x.(*Cell)
			if !ok {
				return nil, Errorf(TypeError, "arg 5 (closure) expected cell, found %s", TypeName(x))
			}
			fn.Closure = append(fn.Closure, cell)
		}
	}
	if len(fn.Closure) != nfree {
		if closure == None {
			return nil, Errorf(TypeError, "arg 5 (closure) must be tuple")
		}
		return nil, Errorf(ValueError, "%s requires closure of length %d, not %d", code.C.Name, nfree, len(fn.Closure))
	}
	if d, ok := code.C.Docstring.(string); ok {
		fn.Doc = NewStr(d)
	}
	fn.Module = g.GetStr(strDunderName)
	fn.builtins = t.builtinsOf(g)
	return fn, nil
}

func init() {
	// types.MethodType(function, instance)
	MethodType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("method", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if !Callable(args[0]) {
			return nil, Errorf(TypeError, "first argument must be callable")
		}
		if args[1] == None {
			return nil, Errorf(TypeError, "instance must not be None")
		}
		return &BoundMethod{Func: args[0], Self: args[1]}, nil
	}
	InstallNew(MethodType)
}
