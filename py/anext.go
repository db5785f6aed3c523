package py

// anextAwaitable is what anext(it, default) returns: it awaits
// it.__anext__() and turns its StopAsyncIteration into the default value
// (CPython's anext_awaitable).
type anextAwaitable struct {
	src  Object // the async iterator's __anext__() result
	sub  Object // its iterator, once started
	dflt Object
}

var anextAwaitableType = NewBuiltinType("anext_awaitable", ObjectType, nil)

func (*anextAwaitable) Type() *Type { return anextAwaitableType }

// start gets the iterator of the awaitable __anext__ returned.
func (a *anextAwaitable) start(t *Thread) error {
	if a.sub != nil {
		return nil
	}
	sub, err := getAwaitable(t, a.src)
	if err != nil {
		return err
	}
	a.sub = sub
	return nil
}

// result maps one step of the sub-iterator to this iterator's step.
func (a *anextAwaitable) result(yielded, result Object, err error) (Object, error) {
	if err != nil {
		if AsException(err).IsInstance(StopAsyncIteration) {
			return nil, stopIterationWith(a.dflt)
		}
		return nil, err
	}
	if yielded != nil {
		return yielded, nil
	}
	return nil, stopIterationWith(result)
}

func (a *anextAwaitable) send(t *Thread, v Object) (Object, error) {
	if err := a.start(t); err != nil {
		return nil, err
	}
	return a.result(t.sendTo(a.sub, v))
}

// Next makes the object an Iterator, which await drives directly.
func (a *anextAwaitable) Next(t *Thread) (Object, error) { return a.send(t, None) }

func init() {
	tp := anextAwaitableType
	self := func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil }
	tp.AddMethod("__await__", self)
	tp.AddMethod("__iter__", self)
	tp.AddMethod("__next__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return args[0].(*anextAwaitable).send(t, None)
	})
	tp.AddMethod("send", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("send", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		return args[0].(*anextAwaitable).send(t, args[1])
	})
	tp.AddMethod("throw", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		a := args[0].(*anextAwaitable)
		exc, err := throwArgs(args[1:])
		if err != nil {
			return nil, err
		}
		if err := a.start(t); err != nil {
			return nil, err
		}
		return a.result(throwTo(t, a.sub, exc))
	})
	tp.AddMethod("close", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if a := args[0].(*anextAwaitable); a.sub != nil {
			closeSub(t, a.sub)
		}
		return None, nil
	})
}
