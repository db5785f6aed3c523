package py

import "strings"

// The methods and attributes of BaseException and its subclasses.

func exceptionNew(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	if cls.IsSubtype(BaseExceptionGroup) {
		return newExceptionGroup(t, cls, args)
	}
	e := &Exception{Cls: cls, Args: NewTuple(append([]Object(nil), args...)...)}
	if cls.IsSubtype(OSError) {
		return newOSError(e), nil
	}
	return e, nil
}

func asExc(o Object) (*Exception, error) {
	if e, ok := o.(*Exception); ok {
		return e, nil
	}
	return nil, Errorf(TypeError, "descriptor requires a 'BaseException' object but received '%s'", TypeName(o))
}

func init() {
	BaseException.New = exceptionNew
	for _, c := range ExceptionTypes {
		c.Layout = BaseException
	}
	BaseException.AddMethod("__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		if len(kw) > 0 && e.Cls.IsBuiltin() {
			return nil, Errorf(TypeError, "%s() takes no keyword arguments", e.Cls.Name)
		}
		e.Args = NewTuple(append([]Object(nil), args[1:]...)...)
		if e.Cls.IsSubtype(OSError) {
			initOSErrorAttrs(e)
		}
		return None, nil
	})
	BaseException.AddMethod("__str__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		return excStrObj(t, e)
	})
	BaseException.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		s, err := exceptionRepr(t, e)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	})
	BaseException.AddMethod("with_traceback", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("with_traceback", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		if err := setTraceback(e, args[1]); err != nil {
			return nil, err
		}
		return e, nil
	})
	BaseException.AddMethod("add_note", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("add_note", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		s, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "note must be a str, not '%s'", TypeName(args[1]))
		}
		e.Notes = append(e.Notes, s.S)
		return None, nil
	})
	BaseException.AddMethod("__reduce__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		return NewTuple(e.Cls, e.Args), nil
	})
	BaseException.AddGetSet("args", func(t *Thread, self Object) (Object, error) {
		return self.(*Exception).Args, nil
	}, func(t *Thread, self, v Object) error {
		items, err := ToSlice(t, v)
		if err != nil {
			return err
		}
		self.(*Exception).Args = NewTuple(items...)
		return nil
	})
	BaseException.AddGetSet("__cause__", func(t *Thread, self Object) (Object, error) {
		if c := self.(*Exception).Cause; c != nil {
			return c, nil
		}
		return None, nil
	}, func(t *Thread, self, v Object) error {
		e := self.(*Exception)
		if v == None {
			e.Cause = nil
		} else if c, ok := v.(*Exception); ok {
			e.Cause = c
		} else {
			return Errorf(TypeError, "exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return nil
	})
	BaseException.AddGetSet("__context__", func(t *Thread, self Object) (Object, error) {
		if c := self.(*Exception).Context; c != nil {
			return c, nil
		}
		return None, nil
	}, func(t *Thread, self, v Object) error {
		e := self.(*Exception)
		if v == None {
			e.Context = nil
		} else if c, ok := v.(*Exception); ok {
			e.Context = c
		} else {
			return Errorf(TypeError, "exception context must be None or derive from BaseException")
		}
		return nil
	})
	BaseException.AddGetSet("__suppress_context__", func(t *Thread, self Object) (Object, error) {
		return NewBool(self.(*Exception).SuppressContext), nil
	}, func(t *Thread, self, v Object) error {
		b, err := Truth(t, v)
		self.(*Exception).SuppressContext = b
		return err
	})
	BaseException.AddGetSet("__traceback__", func(t *Thread, self Object) (Object, error) {
		if tb := self.(*Exception).Traceback; tb != nil {
			return tb, nil
		}
		return None, nil
	}, func(t *Thread, self, v Object) error {
		return setTraceback(self.(*Exception), v)
	})
	BaseException.AddGetSet("__notes__", func(t *Thread, self Object) (Object, error) {
		e := self.(*Exception)
		if e.Notes == nil {
			return nil, noAttribute(self, Intern("__notes__"))
		}
		items := make([]Object, len(e.Notes))
		for i, n := range e.Notes {
			items[i] = NewStr(n)
		}
		return NewList(items...), nil
	}, nil)

	// StopIteration.value and StopAsyncIteration.value: the first argument.
	firstArg := func(t *Thread, self Object) (Object, error) {
		e := self.(*Exception)
		if v := e.Attr("value"); v != nil {
			return v, nil
		}
		if len(e.Args.Items) > 0 {
			return e.Args.Items[0], nil
		}
		return None, nil
	}
	setValue := func(t *Thread, self, v Object) error {
		self.(*Exception).SetAttr("value", v)
		return nil
	}
	StopIteration.AddGetSet("value", firstArg, setValue)
	StopAsyncIteration.AddGetSet("value", firstArg, setValue)
	SystemExit.AddGetSet("code", func(t *Thread, self Object) (Object, error) {
		e := self.(*Exception)
		if v := e.Attr("code"); v != nil {
			return v, nil
		}
		switch len(e.Args.Items) {
		case 0:
			return None, nil
		case 1:
			return e.Args.Items[0], nil
		}
		return e.Args, nil
	}, func(t *Thread, self, v Object) error {
		self.(*Exception).SetAttr("code", v)
		return nil
	})
	attrOrNone := func(name string) func(t *Thread, self Object) (Object, error) {
		return func(t *Thread, self Object) (Object, error) {
			if v := self.(*Exception).Attr(name); v != nil {
				return v, nil
			}
			return None, nil
		}
	}
	setAttr := func(name string) func(t *Thread, self, v Object) error {
		return func(t *Thread, self, v Object) error {
			self.(*Exception).SetAttr(name, v)
			return nil
		}
	}
	for _, n := range []string{"name", "path"} {
		ImportError.AddGetSet(n, attrOrNone(n), setAttr(n))
	}
	// ImportError(name=, path=), NameError(name=) and AttributeError(name=,
	// obj=) take keywords that set attributes.
	kwInit := func(cls *Type, names ...string) {
		cls.AddMethod("__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			e, err := asExc(args[0])
			if err != nil {
				return nil, err
			}
		check:
			for _, k := range kw {
				for _, n := range names {
					if k.Name == n {
						continue check
					}
				}
				return nil, InvalidKeyword(e.Cls.Name, k.Name)
			}
			e.Args = NewTuple(append([]Object(nil), args[1:]...)...)
			for _, k := range kw {
				e.SetAttr(k.Name, k.Value)
			}
			return None, nil
		})
	}
	kwInit(ImportError, "name", "path")
	kwInit(NameError, "name")
	kwInit(AttributeError, "name", "obj")
	ImportError.AddGetSet("msg", func(t *Thread, self Object) (Object, error) {
		e := self.(*Exception)
		if v := e.Attr("msg"); v != nil {
			return v, nil
		}
		if len(e.Args.Items) == 1 {
			return e.Args.Items[0], nil
		}
		return None, nil
	}, setAttr("msg"))
	for _, n := range []string{"errno", "strerror", "filename", "filename2"} {
		OSError.AddGetSet(n, attrOrNone(n), setAttr(n))
	}
	OSError.AddMethod("__str__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		return osErrorStr(t, e)
	})
	for _, n := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
		SyntaxError.AddGetSet(n, attrOrNone(n), setAttr(n))
	}
	SyntaxError.AddMethod("__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		e.Args = NewTuple(append([]Object(nil), args[1:]...)...)
		if len(args) > 1 {
			e.SetAttr("msg", args[1])
		}
		if len(args) > 2 {
			if info, ok := args[2].(*Tuple); ok && len(info.Items) >= 4 {
				for i, n := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
					if i < len(info.Items) {
						e.SetAttr(n, info.Items[i])
					}
				}
			}
		}
		return None, nil
	})
	SyntaxError.AddMethod("__str__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		msg := e.Attr("msg")
		if msg == nil {
			if e.Args == nil || len(e.Args.Items) == 0 {
				return NewStr("None"), nil // SyntaxError(): msg is None
			}
			return excStrObj(t, e)
		}
		ms, err := StrOf(t, msg)
		if err != nil {
			return nil, err
		}
		fn, _ := e.Attr("filename").(*Str)
		ln, hasLine := e.Attr("lineno").(Int)
		switch {
		case fn != nil && hasLine:
			return NewStr(ms + " (" + baseName(fn.S) + ", line " + intToString(int64(ln)) + ")"), nil
		case fn != nil:
			return NewStr(ms + " (" + baseName(fn.S) + ")"), nil
		case hasLine:
			return NewStr(ms + " (line " + intToString(int64(ln)) + ")"), nil
		}
		return NewStr(ms), nil
	})
	for _, n := range []string{"encoding", "object", "start", "end", "reason"} {
		UnicodeError.AddGetSet(n, attrOrNone(n), setAttr(n))
	}
	NameError.AddGetSet("name", attrOrNone("name"), setAttr("name"))
	AttributeError.AddGetSet("name", attrOrNone("name"), setAttr("name"))
	AttributeError.AddGetSet("obj", attrOrNone("obj"), setAttr("obj"))
	// characters_written exists only once set
	BlockingIOError.AddGetSet("characters_written", func(t *Thread, self Object) (Object, error) {
		if v := self.(*Exception).Attr("characters_written"); v != nil {
			return v, nil
		}
		return nil, Errorf(AttributeError, "characters_written")
	}, func(t *Thread, self, v Object) error {
		e := self.(*Exception)
		if v == nil {
			if e.Dict == nil || !e.Dict.DelStr(Intern("characters_written")) {
				return Errorf(AttributeError, "characters_written")
			}
			return nil
		}
		n, err := Index(t, v)
		if err != nil {
			return err
		}
		e.SetAttr("characters_written", n)
		return nil
	})
	InstallNew(BaseException)
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

func excStrObj(t *Thread, e *Exception) (Object, error) {
	args := e.Args.Items
	if e.Cls.IsSubtype(KeyError) && len(args) == 1 {
		return ReprObj(t, args[0])
	}
	switch len(args) {
	case 0:
		return NewStr(""), nil
	case 1:
		s, err := StrObj(t, args[0])
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	return ReprObj(t, e.Args)
}

func setTraceback(e *Exception, v Object) error {
	if v == None {
		e.Traceback = nil
		return nil
	}
	tb, ok := v.(*Traceback)
	if !ok {
		return Errorf(TypeError, "__traceback__ must be a traceback or None")
	}
	e.Traceback = tb
	return nil
}

// ExcStr returns str(e), calling a user-defined __str__ if there is one.
func ExcStr(t *Thread, e *Exception) (string, error) {
	return StrOf(t, e)
}
