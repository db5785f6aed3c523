package py

import (
	"upy/compile"
)

type genKind uint8

const (
	genGenerator genKind = iota
	genCoroutine
	genAsyncGen
)

// Generator is a generator, coroutine or async generator: a suspended
// frame resumed by the interpreter loop (no goroutine per generator).
type Generator struct {
	frame    *Frame
	kind     genKind
	running  bool
	started  bool
	finished bool
	// excInfo is the exception being handled inside the generator while
	// it is suspended (sys.exc_info() state is per generator).
	excInfo *Exception
	// rec tracks the generator for finalization (gen_finalize.go).
	rec *genRecord
}

var (
	strThrow = Intern("throw")
	strClose = Intern("close")
	strAwait = Intern("__await__")
)

func (g *Generator) Type() *Type {
	switch g.kind {
	case genCoroutine:
		return CoroutineType
	case genAsyncGen:
		return AsyncGeneratorType
	}
	return GeneratorType
}

func newGenerator(f *Frame) *Generator {
	g := &Generator{frame: f}
	flags := f.code.C.Flags
	switch {
	case flags&compile.FlagCoroutine != 0:
		g.kind = genCoroutine
	case flags&compile.FlagAsyncGen != 0:
		g.kind = genAsyncGen
	}
	f.gen = g
	return g
}

// asyncGenValue marks a value yielded by `yield` in an async generator
// (as opposed to a value passed through from an await).
type asyncGenValue struct{ v Object }

func (*asyncGenValue) Type() *Type { return ObjectType }

// Resume runs the generator until it yields or finishes. Exactly one
// outcome holds: yielded != nil (suspended), err != nil (raised), or the
// generator finished returning `returned`.
func (g *Generator) Resume(t *Thread, send Object, throw *Exception) (yielded, returned Object, err error) {
	if g.running {
		if g.kind == genCoroutine {
			return nil, nil, Errorf(ValueError, "coroutine already executing")
		}
		return nil, nil, Errorf(ValueError, "generator already executing")
	}
	if g.finished {
		if throw != nil {
			return nil, nil, throw
		}
		if g.kind == genCoroutine {
			return nil, nil, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
		}
		return nil, None, nil
	}
	f := g.frame
	f.gen = g
	if throw != nil {
		if !g.started {
			g.finished = true
			return nil, nil, throw
		}
		// Delegate to a sub-iterator of `yield from` / `await`.
		if f.pc < len(f.code.ins) && compile.Op(f.code.ins[f.pc]) == compile.YIELD_FROM {
			sub := f.stackSlots()[f.sp-1]
			if throw.IsInstance(GeneratorExit) {
				closeSub(t, sub)
			} else {
				y, r, e := throwTo(t, sub, throw)
				if y != nil {
					return y, nil, nil
				}
				f.sp--
				f.stackSlots()[f.sp] = nil
				f.pc++
				if e != nil {
					throw = AsException(e)
				} else {
					f.stackSlots()[f.sp] = r
					f.sp++
					throw = nil
				}
			}
		}
		f.throw = throw
	} else if g.started {
		if send == nil {
			send = None
		}
		f.stackSlots()[f.sp] = send
		f.sp++
	} else if send != nil && send != None {
		return nil, nil, Errorf(TypeError, "can't send non-None value to a just-started %s", g.noun())
	}
	g.started = true
	g.running = true
	if err := t.Enter(); err != nil {
		g.running = false
		return nil, nil, err
	}
	f.entry = true
	consumer := t.Frame
	f.back = consumer
	savedExc := t.ExcInfo
	if g.excInfo != nil {
		t.ExcInfo = g.excInfo
	}
	r, y, err := t.eval(f)
	if y && t.ExcInfo != savedExc {
		g.excInfo = t.ExcInfo
	} else {
		g.excInfo = nil
	}
	t.ExcInfo = savedExc
	t.Leave()
	g.running = false
	if y {
		t.trackSuspended(g, f, consumer)
		return r, nil, nil
	}
	g.finished = true
	t.untrack(g)
	g.frame = &Frame{code: f.code, pc: len(f.code.ins)} // drop references
	g.frame.gen = g
	if err != nil {
		e := AsException(err)
		if e.IsInstance(StopIteration) || (g.kind == genAsyncGen && e.IsInstance(StopAsyncIteration)) {
			re := Errorf(RuntimeError, "%s raised %s", g.noun(), e.Cls.Name)
			re.Cause = e
			re.SuppressContext = true
			return nil, nil, re
		}
		return nil, nil, e
	}
	return nil, r, nil
}

// Inline resumption. A for loop over a generator, and a yield from or
// await of a generator or coroutine, resume it inside the running eval,
// like a call: the generator's frame runs with entry=false and back=the
// resuming frame. A yield hands the value to the for loop, or up through
// the delegating frames (yieldInline); a return ends the loop or gives
// the value of the yield from. These keep the bookkeeping Resume does
// around its nested eval.

// canInline reports whether g can be resumed inline with value send.
func (g *Generator) canInline(send Object) bool {
	return g.kind != genAsyncGen && !g.running && !g.finished && (g.started || send == None)
}

// enterInline starts or resumes g (see canInline) for caller, which is
// at a for loop or a yield from / await, sending it send.
func (g *Generator) enterInline(t *Thread, caller *Frame, send Object) (*Frame, error) {
	if err := t.Enter(); err != nil {
		return nil, err
	}
	f := g.frame
	f.gen = g // a tracked generator's frame forgets it while suspended
	if g.started {
		f.stackSlots()[f.sp] = send // the value of the yield expression
		f.sp++
	}
	g.started, g.running = true, true
	f.entry = false
	f.back = caller
	// While g runs, excInfo (its own state while suspended) keeps the
	// caller's: a field of the frame would cost every task memory.
	saved := t.ExcInfo
	if g.excInfo != nil {
		t.ExcInfo = g.excInfo
	}
	g.excInfo = saved
	return f, nil
}

// suspendInline is enterInline's undo when g yields; it returns the
// frame of the for loop to continue.
func (g *Generator) suspendInline(t *Thread) *Frame {
	f := g.frame
	caller := f.back
	saved := g.excInfo
	if t.ExcInfo != saved {
		g.excInfo = t.ExcInfo
	} else {
		g.excInfo = nil
	}
	t.ExcInfo = saved
	f.back = nil
	t.Leave()
	g.running = false
	t.trackSuspended(g, f, caller)
	return caller
}

// finishInline is enterInline's undo when g returns or raises; a
// StopIteration raised inside becomes RuntimeError (PEP 479).
func (g *Generator) finishInline(t *Thread, exc *Exception) *Exception {
	f := g.frame
	t.ExcInfo = g.excInfo
	g.excInfo = nil
	t.Leave()
	g.running, g.finished = false, true
	t.untrack(g)
	g.frame = &Frame{code: f.code, pc: len(f.code.ins), gen: g} // drop references
	if exc != nil && exc.IsInstance(StopIteration) {
		re := Errorf(RuntimeError, "%s raised %s", g.noun(), exc.Cls.Name)
		re.Cause = exc
		re.SuppressContext = true
		re.Context = exc
		return re
	}
	return exc
}

// yieldInline passes y, yielded by generator frame f (its pc and sp
// saved), to whoever resumed it. It returns the frame of the for loop
// that receives y (pushed on its stack), or nil when y leaves eval
// through f or a delegating entry frame (the caller then returns y).
func (t *Thread) yieldInline(f *Frame, y Object) (*Frame, *Frame) {
	for !f.entry {
		f = f.gen.suspendInline(t)
		if isYieldFrom(f.code.ins[f.pc-1]) {
			// f delegates to the generator that yielded: it yields y
			// too, and resumes at its YIELD_FROM
			f.pc--
			continue
		}
		f.stackSlots()[f.sp] = y
		f.sp++
		return f, nil
	}
	return nil, f
}

func isYieldFrom(ins uint32) bool { return compile.Op(ins) == compile.YIELD_FROM }

func (g *Generator) noun() string {
	switch g.kind {
	case genCoroutine:
		return "coroutine"
	case genAsyncGen:
		return "async generator"
	}
	return "generator"
}

// Next makes generators Go iterators (for loops, list() ...).
func (g *Generator) Next(t *Thread) (Object, error) {
	y, _, err := g.Resume(t, None, nil)
	if err != nil {
		return nil, err
	}
	return y, nil
}

// GoAwaitable is implemented by awaitables written in Go (asyncio's sleep,
// Event.wait, tasks ...) that are their own iterator: await uses the
// object as it is (no __await__ call) and drives it with Step, which
// returns either a value to yield or, once finished, its result (nil
// means None), so no StopIteration is made on the way.
type GoAwaitable interface {
	Object
	Step(t *Thread) (yielded, result Object, err error)
}

// sendTo sends v into the sub-iterator of a yield from / await.
func sendTo(t *Thread, sub, v Object) (yielded, result Object, err error) {
	return t.sendTo(sub, v)
}

func (t *Thread) sendTo(sub, v Object) (yielded, result Object, err error) {
	if g, ok := sub.(*Generator); ok {
		return g.Resume(t, v, nil)
	}
	if a, ok := sub.(GoAwaitable); ok && (v == None || v == nil) {
		yielded, result, err = a.Step(t)
		if yielded == nil && result == nil && err == nil {
			result = None
		}
		return yielded, result, err
	}
	var r Object
	if v == None || v == nil {
		if it, ok := sub.(Iterator); ok {
			r, err = it.Next(t)
			if err == nil {
				if r == nil {
					return nil, None, nil
				}
				return r, nil, nil
			}
		} else {
			var found bool
			r, found, err = CallSpecial(t, sub, strNext)
			if !found {
				return nil, nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(sub))
			}
		}
	} else {
		r, err = t.CallMethod(sub, "send", v)
	}
	if err != nil {
		e := AsException(err)
		if e.IsInstance(StopIteration) {
			val, _ := GetAttrString(t, e, "value")
			if val == nil {
				val = None
			}
			return nil, val, nil
		}
		return nil, nil, e
	}
	return r, nil, nil
}

// throwTo throws exc into a sub-iterator.
func throwTo(t *Thread, sub Object, exc *Exception) (yielded, result Object, err error) {
	if g, ok := sub.(*Generator); ok {
		return g.Resume(t, nil, exc)
	}
	fn, err := GetAttrOpt(t, sub, strThrow)
	if err != nil {
		return nil, nil, err
	}
	if fn == nil {
		return nil, nil, exc
	}
	r, err := t.Call(fn, []Object{exc}, nil)
	if err != nil {
		e := AsException(err)
		if e.IsInstance(StopIteration) {
			val, _ := GetAttrString(t, e, "value")
			if val == nil {
				val = None
			}
			return nil, val, nil
		}
		return nil, nil, e
	}
	return r, nil, nil
}

func closeSub(t *Thread, sub Object) {
	if g, ok := sub.(*Generator); ok {
		g.close(t)
		return
	}
	if fn, _ := GetAttrOpt(t, sub, strClose); fn != nil {
		t.Call(fn, nil, nil)
	}
}

func (g *Generator) close(t *Thread) error {
	if g.finished || !g.started {
		g.finished = true
		return nil
	}
	y, _, err := g.Resume(t, nil, NewException(GeneratorExit))
	if y != nil {
		return Errorf(RuntimeError, "%s ignored GeneratorExit", g.noun())
	}
	if err != nil {
		e := AsException(err)
		if e.IsInstance(GeneratorExit) || e.IsInstance(StopIteration) {
			return nil
		}
		return e
	}
	return nil
}

// getAwaitable implements GET_AWAITABLE.
func getAwaitable(t *Thread, o Object) (Object, error) {
	if g, ok := o.(*Generator); ok {
		if g.kind == genCoroutine {
			return g, nil
		}
		return nil, Errorf(TypeError, "object %s can't be used in 'await' expression", TypeName(o))
	}
	if _, ok := o.(GoAwaitable); ok {
		return o, nil
	}
	r, found, err := CallSpecial(t, o, strAwait)
	if !found {
		return nil, Errorf(TypeError, "object %s can't be used in 'await' expression", TypeName(o))
	}
	if err != nil {
		return nil, err
	}
	if g, ok := r.(*Generator); ok && g.kind == genCoroutine {
		return nil, Errorf(TypeError, "__await__() returned a coroutine")
	}
	if !isIterator(r) {
		return nil, Errorf(TypeError, "__await__() returned non-iterator of type '%s'", TypeName(r))
	}
	return r, nil
}

// isIterator reports whether o can be stepped with next() (CPython's
// PyIter_Check).
func isIterator(o Object) bool {
	switch o.(type) {
	case *Generator, Iterator, GoAwaitable:
		return true
	}
	return o.Type().Lookup(strNext) != nil
}

func stopIterationWith(v Object) *Exception {
	if v == nil || v == None {
		return NewException(StopIteration)
	}
	return NewException(StopIteration, v)
}

func throwArgs(args []Object) (*Exception, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "throw expected at least 1 argument, got 0")
	}
	switch v := args[0].(type) {
	case *Exception:
		return v, nil
	case *Type:
		if v.IsSubtype(BaseException) {
			if len(args) > 1 {
				if e, ok := args[1].(*Exception); ok {
					return e, nil
				}
				if args[1] != None {
					if tu, ok := args[1].(*Tuple); ok {
						return NewException(v, tu.Items...), nil
					}
					return NewException(v, args[1]), nil
				}
			}
			return NewException(v), nil
		}
	}
	return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", TypeName(args[0]))
}

func asGen(o Object) *Generator {
	g, _ := o.(*Generator)
	return g
}

func init() {
	for _, tp := range []*Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		tp := tp
		tp.AddMethod("send", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			g := asGen(args[0])
			if len(args) != 2 {
				return nil, Errorf(TypeError, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			y, r, err := g.Resume(t, args[1], nil)
			if err != nil {
				return nil, err
			}
			if y != nil {
				return y, nil
			}
			return nil, stopIterationWith(r)
		})
		tp.AddMethod("throw", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			g := asGen(args[0])
			exc, err := throwArgs(args[1:])
			if err != nil {
				return nil, err
			}
			y, r, err := g.Resume(t, nil, exc)
			if err != nil {
				return nil, err
			}
			if y != nil {
				return y, nil
			}
			return nil, stopIterationWith(r)
		})
		tp.AddMethod("close", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			return None, asGen(args[0]).close(t)
		})
		tp.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			g := asGen(args[0])
			return NewStr("<" + g.noun() + " object " + g.frame.code.C.QualName + " at " + hexID(g) + ">"), nil
		})
		tp.AddGetSet("__name__", func(t *Thread, self Object) (Object, error) { return NewStr(asGen(self).frame.code.C.Name), nil }, nil)
		tp.AddGetSet("__qualname__", func(t *Thread, self Object) (Object, error) {
			return NewStr(asGen(self).frame.code.C.QualName), nil
		}, nil)
		running := func(t *Thread, self Object) (Object, error) { return NewBool(asGen(self).running), nil }
		frame := func(t *Thread, self Object) (Object, error) {
			g := asGen(self)
			if g.finished {
				return None, nil
			}
			return g.frame, nil
		}
		code := func(t *Thread, self Object) (Object, error) { return asGen(self).frame.code, nil }
		delegate := func(t *Thread, self Object) (Object, error) {
			g := asGen(self)
			f := g.frame
			if g.finished || g.running || !g.started || f.pc >= len(f.code.ins) || compile.Op(f.code.ins[f.pc]) != compile.YIELD_FROM || f.sp == 0 {
				return None, nil
			}
			return f.stackSlots()[f.sp-1], nil
		}
		suspended := func(t *Thread, self Object) (Object, error) {
			g := asGen(self)
			return NewBool(g.started && !g.running && !g.finished), nil
		}
		for _, p := range []string{"gi", "cr", "ag"} {
			tp.AddGetSet(p+"_running", running, nil)
			tp.AddGetSet(p+"_frame", frame, nil)
			tp.AddGetSet(p+"_code", code, nil)
			tp.AddGetSet(p+"_suspended", suspended, nil)
		}
		tp.AddGetSet("gi_yieldfrom", delegate, nil)
		tp.AddGetSet("cr_await", delegate, nil)
		tp.AddGetSet("ag_await", delegate, nil)
	}
	self := func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil }
	GeneratorType.AddMethod("__iter__", self)
	GeneratorType.AddMethod("__next__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		y, r, err := asGen(args[0]).Resume(t, None, nil)
		if err != nil {
			return nil, err
		}
		if y != nil {
			return y, nil
		}
		return nil, stopIterationWith(r)
	})
	CoroutineType.AddMethod("__await__", self)
	AsyncGeneratorType.AddMethod("__aiter__", self)
	AsyncGeneratorType.AddMethod("__anext__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return &asyncGenOp{g: asGen(args[0]), send: None}, nil
	})
	AsyncGeneratorType.AddMethod("asend", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "asend() takes exactly one argument")
		}
		return &asyncGenOp{g: asGen(args[0]), send: args[1]}, nil
	})
	AsyncGeneratorType.AddMethod("athrow", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		exc, err := throwArgs(args[1:])
		if err != nil {
			return nil, err
		}
		return &asyncGenOp{g: asGen(args[0]), throw: exc}, nil
	})
	AsyncGeneratorType.AddMethod("aclose", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return &asyncGenOp{g: asGen(args[0]), throw: NewException(GeneratorExit), closing: true}, nil
	})
	AsyncGenASendType.AddMethod("__await__", self)
	AsyncGenASendType.AddMethod("__iter__", self)
	AsyncGenASendType.AddMethod("__next__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		op := args[0].(*asyncGenOp)
		v, err := op.Next(t)
		if err == nil && v == nil {
			return nil, NewException(StopIteration)
		}
		return v, err
	})
	AsyncGenASendType.AddMethod("send", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		op := args[0].(*asyncGenOp)
		if len(args) > 1 && args[1] != None {
			op.send = args[1]
		}
		v, err := op.Next(t)
		if err == nil && v == nil {
			return nil, NewException(StopIteration)
		}
		return v, err
	})
	AsyncGenASendType.AddMethod("throw", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		op := args[0].(*asyncGenOp)
		exc, err := throwArgs(args[1:])
		if err != nil {
			return nil, err
		}
		op.throw = exc
		v, err := op.Next(t)
		if err == nil && v == nil {
			return nil, NewException(StopIteration)
		}
		return v, err
	})
	AsyncGenASendType.AddMethod("close", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return None, nil })
}

// asyncGenOp is the awaitable of __anext__/asend/athrow/aclose.
type asyncGenOp struct {
	g       *Generator
	send    Object
	throw   *Exception
	closing bool
	done    bool
}

func (*asyncGenOp) Type() *Type { return AsyncGenASendType }

func (op *asyncGenOp) Next(t *Thread) (Object, error) {
	if op.done {
		return nil, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	g := op.g
	if g.finished && !op.closing {
		op.done = true
		return nil, NewException(StopAsyncIteration)
	}
	send, throw := op.send, op.throw
	op.send, op.throw = None, nil
	y, _, err := g.Resume(t, send, throw)
	if err != nil {
		op.done = true
		e := AsException(err)
		if op.closing && (e.IsInstance(GeneratorExit) || e.IsInstance(StopAsyncIteration)) {
			return nil, nil
		}
		return nil, err
	}
	if y == nil {
		op.done = true
		if op.closing {
			return nil, nil
		}
		return nil, NewException(StopAsyncIteration)
	}
	if w, ok := y.(*asyncGenValue); ok {
		op.done = true
		if op.closing {
			return nil, Errorf(RuntimeError, "async generator ignored GeneratorExit")
		}
		return nil, stopIterationWith(w.v)
	}
	return y, nil
}
