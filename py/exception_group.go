package py

import "strconv"

// BaseExceptionGroup and ExceptionGroup (PEP 654).

var (
	BaseExceptionGroup = excType("BaseExceptionGroup", BaseException)
	ExceptionGroup     = NewExceptionType("builtins", "ExceptionGroup", BaseExceptionGroup, ExceptionType)
)

var (
	strMessage    = Intern("message")
	strExceptions = Intern("exceptions")
)

func init() {
	ExceptionTypes = append(ExceptionTypes, BaseExceptionGroup, ExceptionGroup)
	BaseExceptionGroup.Layout = BaseException
	ExceptionGroup.Layout = BaseException
	ExceptionGroup.Flags |= FlagBuiltin

	get := func(name *Str) func(t *Thread, self Object) (Object, error) {
		return func(t *Thread, self Object) (Object, error) {
			if v := self.(*Exception).Attr(name.S); v != nil {
				return v, nil
			}
			return None, nil
		}
	}
	BaseExceptionGroup.AddGetSet("message", get(strMessage), nil)
	BaseExceptionGroup.AddGetSet("exceptions", get(strExceptions), nil)
	BaseExceptionGroup.AddMethod("__str__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		msg, err := StrOf(t, egMessage(e))
		if err != nil {
			return nil, err
		}
		n := 0
		if ex, ok := e.Attr("exceptions").(*Tuple); ok {
			n = len(ex.Items)
		}
		s := "s"
		if n == 1 {
			s = ""
		}
		return NewStr(msg + " (" + strconv.Itoa(n) + " sub-exception" + s + ")"), nil
	})
	BaseExceptionGroup.AddMethod("derive", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("derive", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		return t.Call(BaseExceptionGroup, []Object{egMessage(e), args[1]}, nil)
	})
	BaseExceptionGroup.AddMethod("split", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("split", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		m, err := newEGMatcher(args[1])
		if err != nil {
			return nil, err
		}
		match, rest, err := egSplit(t, e, m, true)
		if err != nil {
			return nil, err
		}
		return NewTuple(orNone(match), orNone(rest)), nil
	})
	BaseExceptionGroup.AddMethod("subgroup", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("subgroup", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		m, err := newEGMatcher(args[1])
		if err != nil {
			return nil, err
		}
		match, _, err := egSplit(t, e, m, false)
		if err != nil {
			return nil, err
		}
		return orNone(match), nil
	})
	BaseExceptionGroup.AddClassMethod("__class_getitem__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return args[0], nil
	})
}

func orNone(e *Exception) Object {
	if e == nil {
		return None
	}
	return e
}

// newExceptionGroup is BaseExceptionGroup.__new__.
func newExceptionGroup(t *Thread, cls *Type, args []Object) (Object, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	seq := args[1]
	switch seq.(type) {
	case *List, *Tuple:
	case *Dict:
		return nil, Errorf(TypeError, "second argument (exceptions) must be a sequence")
	default:
		if seq.Type().Lookup(strGetitem) == nil {
			return nil, Errorf(TypeError, "second argument (exceptions) must be a sequence")
		}
	}
	items, err := ToSlice(t, seq)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, Errorf(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, x := range items {
		ex, ok := x.(*Exception)
		if !ok {
			return nil, Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !ex.Cls.IsSubtype(ExceptionType) {
			nestedBase = true
		}
	}
	switch {
	case cls == BaseExceptionGroup:
		if !nestedBase {
			cls = ExceptionGroup
		}
	case cls == ExceptionGroup:
		if nestedBase {
			return nil, Errorf(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nestedBase && cls.IsSubtype(ExceptionType) {
			return nil, Errorf(TypeError, "Cannot nest BaseExceptions in '%s'", cls.Name)
		}
	}
	e := &Exception{Cls: cls, Args: NewTuple(args[0], args[1])}
	e.SetAttr("message", msg)
	e.SetAttr("exceptions", NewTuple(items...))
	return e, nil
}

// egMatcher is the condition of split/subgroup and except*.
type egMatcher struct {
	types []*Type
	pred  Object
}

func newEGMatcher(v Object) (*egMatcher, error) {
	isExcType := func(o Object) (*Type, bool) {
		tp, ok := o.(*Type)
		return tp, ok && tp.IsSubtype(BaseException)
	}
	if tp, ok := isExcType(v); ok {
		return &egMatcher{types: []*Type{tp}}, nil
	}
	if tu, ok := v.(*Tuple); ok {
		m := &egMatcher{}
		for _, x := range tu.Items {
			tp, ok := isExcType(x)
			if !ok {
				return nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
			}
			m.types = append(m.types, tp)
		}
		return m, nil
	}
	if _, isType := v.(*Type); !isType && Callable(v) {
		return &egMatcher{pred: v}, nil
	}
	return nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
}

func (m *egMatcher) match(t *Thread, e *Exception) (bool, error) {
	if m.pred != nil {
		r, err := t.Call(m.pred, []Object{e}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	for _, tp := range m.types {
		if e.Cls.IsSubtype(tp) {
			return true, nil
		}
	}
	return false, nil
}

// egSplit splits e into the part matching m and the rest.
func egSplit(t *Thread, e *Exception, m *egMatcher, wantRest bool) (match, rest *Exception, err error) {
	ok, err := m.match(t, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	excs, isGroup := e.Attr("exceptions").(*Tuple)
	if !isGroup || !e.Cls.IsSubtype(BaseExceptionGroup) {
		if wantRest {
			return nil, e, nil
		}
		return nil, nil, nil
	}
	var matches, rests []Object
	for _, x := range excs.Items {
		sub := x.(*Exception)
		mm, rr, err := egSplit(t, sub, m, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if mm != nil {
			matches = append(matches, mm)
		}
		if rr != nil {
			rests = append(rests, rr)
		}
	}
	if len(matches) > 0 {
		if match, err = egSubset(t, e, matches); err != nil {
			return nil, nil, err
		}
	}
	if wantRest && len(rests) > 0 {
		if rest, err = egSubset(t, e, rests); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// egSubset derives a group of excs from orig, copying its metadata.
func egSubset(t *Thread, orig *Exception, excs []Object) (*Exception, error) {
	fn, self, err := GetMethod(t, orig, Intern("derive"))
	if err != nil {
		return nil, err
	}
	var r Object
	if self != nil {
		r, err = t.Call(fn, []Object{self, NewList(excs...)}, nil)
	} else {
		r, err = t.Call(fn, []Object{NewList(excs...)}, nil)
	}
	if err != nil {
		return nil, err
	}
	eg, ok := r.(*Exception)
	if !ok || !eg.Cls.IsSubtype(BaseExceptionGroup) {
		return nil, Errorf(TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	eg.Traceback = orig.Traceback
	eg.Cause = orig.Cause
	eg.Context = orig.Context
	if orig.Notes != nil {
		eg.Notes = append([]string(nil), orig.Notes...)
	}
	return eg, nil
}

func egMessage(e *Exception) Object {
	if v := e.Attr("message"); v != nil {
		return v
	}
	return None
}

// The runtime side of except* (see syntax.exceptStar). The state is a
// list [original exception, unhandled rest, raised list].
func init() {
	builtinFuncs["$star_begin"] = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewList(args[0], args[0], NewList()), nil
	}
	builtinFuncs["$star_match"] = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		st := args[0].(*List)
		typ := args[1]
		check := func(o Object) error {
			tp, ok := o.(*Type)
			if !ok || !tp.IsSubtype(BaseException) {
				return Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
			}
			if tp.IsSubtype(BaseExceptionGroup) {
				return Errorf(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
			}
			return nil
		}
		if tu, ok := typ.(*Tuple); ok {
			for _, x := range tu.Items {
				if err := check(x); err != nil {
					return nil, err
				}
			}
		} else if err := check(typ); err != nil {
			return nil, err
		}
		rest, ok := st.Items[1].(*Exception)
		if !ok {
			return None, nil
		}
		m, err := newEGMatcher(typ)
		if err != nil {
			return nil, err
		}
		full, err := m.match(t, rest)
		if err != nil {
			return nil, err
		}
		if full {
			st.Items[1] = None
			if rest.Cls.IsSubtype(BaseExceptionGroup) {
				return rest, nil
			}
			w, err := newExceptionGroup(t, BaseExceptionGroup, []Object{NewStr(""), NewTuple(rest)})
			if err != nil {
				return nil, err
			}
			w.(*Exception).Traceback = rest.Traceback
			return w, nil
		}
		if !rest.Cls.IsSubtype(BaseExceptionGroup) {
			return None, nil
		}
		match, r, err := egSplit(t, rest, m, true)
		if err != nil {
			return nil, err
		}
		st.Items[1] = orNone(r)
		return orNone(match), nil
	}
	builtinFuncs["$star_raised"] = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		l := args[0].(*List).Items[2].(*List)
		l.Items = append(l.Items, args[1])
		return None, nil
	}
	builtinFuncs["$star_end"] = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		st := args[0].(*List)
		orig := st.Items[0].(*Exception)
		var excs []*Exception
		for _, x := range st.Items[2].(*List).Items {
			excs = append(excs, x.(*Exception))
		}
		if r, ok := st.Items[1].(*Exception); ok {
			excs = append(excs, r)
		}
		r, err := prepReraiseStar(t, orig, excs)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return None, nil
		}
		return nil, r
	}
}

// egLeaves adds the leaf exceptions of e to set.
func egLeaves(e *Exception, set map[*Exception]bool) {
	if ex, ok := e.Attr("exceptions").(*Tuple); ok && e.Cls.IsSubtype(BaseExceptionGroup) {
		for _, x := range ex.Items {
			if sub, ok := x.(*Exception); ok {
				egLeaves(sub, set)
			}
		}
		return
	}
	set[e] = true
}

// prepReraiseStar combines what the except* clauses raised with what
// none of them handled into the exception to propagate (nil: none).
func prepReraiseStar(t *Thread, orig *Exception, excs []*Exception) (*Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	if !orig.Cls.IsSubtype(BaseExceptionGroup) {
		return excs[0], nil
	}
	origLeaves := map[*Exception]bool{}
	egLeaves(orig, origLeaves)
	var raised []Object
	reraisedLeaves := map[*Exception]bool{}
	for _, e := range excs {
		leaves := map[*Exception]bool{}
		egLeaves(e, leaves)
		reraise := true
		for l := range leaves {
			if !origLeaves[l] {
				reraise = false
			}
		}
		if reraise {
			for l := range leaves {
				reraisedLeaves[l] = true
			}
		} else {
			raised = append(raised, e)
		}
	}
	var reraised *Exception
	if len(reraisedLeaves) > 0 {
		if len(reraisedLeaves) == len(origLeaves) {
			reraised = orig
		} else {
			m := &egMatcher{pred: &Builtin{Name: "leaf", Fn: func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				e, _ := args[0].(*Exception)
				return NewBool(reraisedLeaves[e]), nil
			}}}
			var err error
			if reraised, _, err = egSplit(t, orig, m, false); err != nil {
				return nil, err
			}
		}
	}
	if len(raised) == 0 {
		return reraised, nil
	}
	if reraised != nil {
		raised = append(raised, reraised)
	}
	if len(raised) == 1 {
		return raised[0].(*Exception), nil
	}
	r, err := newExceptionGroup(t, BaseExceptionGroup, []Object{NewStr(""), NewList(raised...)})
	if err != nil {
		return nil, err
	}
	return r.(*Exception), nil
}
