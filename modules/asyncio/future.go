package asyncio

import (
	"upy/compile"
	"upy/py"
)

// CPython's callback layer, which MicroPython does not have: Futures,
// done callbacks, and the loop's call_soon/call_later/call_at. Everything
// runs through the same run queue, so it keeps the scheduling order of
// tasks: a callback due now runs after the tasks already runnable.

// futureCoro is the coro of a Future: a Task that no coroutine drives,
// finished by set_result/set_exception/cancel.
var futureCoro = &queueMarker{}

func newFuture() *Task {
	return &Task{coro: futureCoro, index: notQueued}
}

// isFuture reports whether tk is a plain Future.
func (tk *Task) isFuture() bool { return tk.coro == futureCoro }

// doneCallback is an add_done_callback entry: when the task or future
// finishes, the callback is scheduled with it as the argument.
type doneCallback struct {
	fn  py.Object
	ctx py.Object // the Context it runs in (contextvars), or nil
}

func (c *doneCallback) taskDone(l *Loop, tk *Task) {
	l.callSoon(c.fn, []py.Object{tk}, false).ctx = c.ctx
}

// awaited reports whether a task or gather waits for tk (done callbacks
// do not count: they do not take the outcome).
func (tk *Task) awaited() bool {
	for _, w := range tk.waiters {
		if _, ok := w.(*doneCallback); !ok {
			return true
		}
	}
	return false
}

// Handle is what call_soon/call_later/call_at return.
type Handle struct {
	entry     *Task
	fn        py.Object
	args      []py.Object
	when      float64 // seconds of loop.time(), for timer handles
	timer     bool
	cancelled bool
	ctx       py.Object // the Context it runs in (contextvars), or nil
}

var (
	HandleType      = py.NewBuiltinType("Handle", py.ObjectType, nil)
	TimerHandleType = py.NewBuiltinType("TimerHandle", HandleType, nil)
)

func (h *Handle) Type() *py.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// callSoon queues fn(*args) to run now, behind the runnable tasks.
func (l *Loop) callSoon(fn py.Object, args []py.Object, timer bool) *Handle {
	h := &Handle{fn: fn, args: args, timer: timer}
	h.entry = newMarker(h.run)
	l.pushNow(h.entry)
	return h
}

// run calls the callback; its exception goes to the exception handler,
// as in CPython.
func (h *Handle) run(t *py.Thread, l *Loop) error {
	if h.cancelled {
		return nil
	}
	var prev py.Object
	if h.ctx != nil && l.ctx != nil {
		prev = l.ctx.enter(h.ctx)
	}
	_, err := t.Call(h.fn, h.args, nil)
	if prev != nil {
		l.ctx.leave(prev)
	}
	if err == nil {
		return nil
	}
	e := py.AsException(err)
	if !e.IsInstance(py.ExceptionType) {
		return err // SystemExit, KeyboardInterrupt ... stop the loop
	}
	r, rerr := h.source(t)
	if rerr != nil {
		return rerr
	}
	ctx := py.NewDict()
	ctx.SetString("message", py.NewStr("Exception in callback "+r))
	ctx.SetString("exception", e)
	ctx.SetString("handle", h)
	return l.callHandler(t, ctx)
}

// source describes the callback as CPython does: "f(1, 2) at file:line".
func (h *Handle) source(t *py.Thread) (string, error) {
	ext, err := t.Import("_asyncio_ext")
	if err != nil {
		return "", err
	}
	r, err := t.Call(ext.Dict.GetString("_format_callback_source"), []py.Object{h.fn, py.NewTuple(h.args...)}, nil)
	if err != nil {
		return "", err
	}
	return py.StrOf(t, r)
}

// setOutcome finishes a Future.
func (l *Loop) setOutcome(t *py.Thread, tk *Task, result py.Object, exc error) error {
	if !tk.isFuture() {
		return py.Errorf(py.RuntimeError, "Task does not support set_result operation")
	}
	if tk.done {
		return py.Errorf(InvalidStateError, "invalid state")
	}
	l.finish(tk, result, exc)
	return nil
}

func init() {
	HandleType.Module = "asyncio"
	TimerHandleType.Module = "asyncio"
	hm := func(tp *py.Type, name string, fn func(t *py.Thread, h *Handle) (py.Object, error)) {
		tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			h, ok := args[0].(*Handle)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a Handle")
			}
			if err := py.CheckArgs(name, args[1:], kw, 0, 0); err != nil {
				return nil, err
			}
			return fn(t, h)
		})
	}
	hm(HandleType, "cancel", func(t *py.Thread, h *Handle) (py.Object, error) {
		if !h.cancelled {
			h.cancelled = true
			loopOf(t).queue.remove(h.entry)
			h.args = nil
		}
		return py.None, nil
	})
	hm(HandleType, "cancelled", func(t *py.Thread, h *Handle) (py.Object, error) { return py.NewBool(h.cancelled), nil })
	hm(TimerHandleType, "when", func(t *py.Thread, h *Handle) (py.Object, error) { return py.Float(h.when), nil })
	hm(HandleType, "__repr__", func(t *py.Thread, h *Handle) (py.Object, error) {
		name := "Handle"
		if h.timer {
			name = "TimerHandle"
		}
		if h.cancelled {
			name += " cancelled"
		}
		if h.timer {
			name += " when=" + py.FloatRepr(h.when)
		}
		if h.cancelled {
			return py.NewStr("<" + name + ">"), nil
		}
		r, err := h.source(t)
		if err != nil {
			return nil, err
		}
		return py.NewStr("<" + name + " " + r + ">"), nil
	})

	FutureType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var loop py.Object
		if err := py.UnpackArgs(t, "Future", args, kw, "*", "loop?", &loop); err != nil {
			return nil, err
		}
		return newFuture(), nil
	}
	py.InstallNew(FutureType)
	fm := func(name string, fn func(t *py.Thread, tk *Task, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		FutureType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			tk, err := asTask(args[0])
			if err != nil {
				return nil, err
			}
			return fn(t, tk, args[1:], kw)
		})
	}
	fm("set_result", func(t *py.Thread, tk *Task, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("set_result", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.None, loopOf(t).setOutcome(t, tk, args[0], nil)
	})
	fm("set_exception", func(t *py.Thread, tk *Task, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("set_exception", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if !tk.isFuture() {
			return nil, py.Errorf(py.RuntimeError, "Task does not support set_exception operation")
		}
		exc := args[0]
		if cls, ok := exc.(*py.Type); ok {
			r, err := t.Call(cls, nil, nil)
			if err != nil {
				return nil, err
			}
			exc = r
		}
		e, ok := exc.(*py.Exception)
		if !ok {
			return nil, py.Errorf(py.TypeError, "exception must be a BaseException instance")
		}
		if e.IsInstance(py.StopIteration) {
			return nil, py.Errorf(py.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
		}
		return py.None, loopOf(t).setOutcome(t, tk, nil, e)
	})
	fm("add_done_callback", func(t *py.Thread, tk *Task, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var fn, ctx py.Object
		if err := py.UnpackArgs(t, "add_done_callback", args, kw, "fn", &fn, "*", "context?", &ctx); err != nil {
			return nil, err
		}
		l := loopOf(t)
		var c py.Object
		if l.ctx != nil {
			var err error
			if c = ctx; c == nil || c == py.None {
				if c, err = l.ctx.current(t); err != nil {
					return nil, err
				}
			}
		}
		if tk.done {
			l.callSoon(fn, []py.Object{tk}, false).ctx = c
		} else {
			tk.waiters = append(tk.waiters, &doneCallback{fn: fn, ctx: c})
		}
		return py.None, nil
	})
	fm("remove_done_callback", func(t *py.Thread, tk *Task, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("remove_done_callback", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n := 0
		kept := tk.waiters[:0]
		for _, w := range tk.waiters {
			if c, ok := w.(*doneCallback); ok {
				eq, err := py.Eq(t, c.fn, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
					continue
				}
			}
			kept = append(kept, w)
		}
		tk.waiters = kept
		return py.Int(n), nil
	})
	fm("get_loop", func(t *py.Thread, tk *Task, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return loopObject(t), nil
	})
	FutureType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		switch {
		case !tk.done:
			return py.NewStr("<Future pending>"), nil
		case tk.exc != nil && tk.exc.IsInstance(CancelledError):
			return py.NewStr("<Future cancelled>"), nil
		case tk.exc != nil:
			r, err := py.Repr(t, tk.exc)
			if err != nil {
				return nil, err
			}
			return py.NewStr("<Future finished exception=" + r + ">"), nil
		}
		r, err := py.Repr(t, tk.result)
		if err != nil {
			return nil, err
		}
		return py.NewStr("<Future finished result=" + r + ">"), nil
	})
}

// callArgs splits (callback, *args) of call_soon and friends.
func callArgs(t *py.Thread, name string, args []py.Object, kw []py.Kwarg) (py.Object, []py.Object, error) {
	for _, k := range kw {
		if k.Name != "context" {
			return nil, nil, py.Errorf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
	}
	if len(args) == 0 {
		return nil, nil, py.Errorf(py.TypeError, "%s() missing 1 required positional argument: 'callback'", name)
	}
	if !py.Callable(args[0]) {
		return nil, nil, py.Errorf(py.TypeError, "a callable object was expected by %s(), got %s", name, py.TypeName(args[0]))
	}
	return args[0], append([]py.Object(nil), args[1:]...), nil
}

// loopMethods adds CPython's callback scheduling to Loop.
func loopMethods(lm func(name string, f func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error))) {
	lm("call_soon", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		fn, a, err := callArgs(t, "call_soon", args, kw)
		if err != nil {
			return nil, err
		}
		h := l.callSoon(fn, a, false)
		return h, l.handleContext(t, h, contextArg(kw))
	})
	lm("call_soon_threadsafe", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		fn, a, err := callArgs(t, "call_soon_threadsafe", args, kw)
		if err != nil {
			return nil, err
		}
		// Python threads hold the GIL here, as the loop does whenever it
		// touches its queue; the loop may be waiting, so wake it.
		h := l.callSoon(fn, a, false)
		l.wakeup()
		return h, l.handleContext(t, h, contextArg(kw))
	})
	at := func(t *py.Thread, l *Loop, name string, when float64, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		fn, a, err := callArgs(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		h := &Handle{fn: fn, args: a, timer: true, when: when}
		if err := l.handleContext(t, h, contextArg(kw)); err != nil {
			return nil, err
		}
		h.entry = newMarker(h.run)
		key := int64(when * 1e9)
		if when*1e9 > 9e18 {
			key = 9e18
		}
		l.pushAt(h.entry, key)
		if l.cur == nil {
			l.wakeup()
		}
		return h, nil
	}
	lm("call_later", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "call_later() missing 2 required positional arguments: 'delay' and 'callback'")
		}
		d, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		if d < 0 {
			d = 0
		}
		return at(t, l, "call_later", float64(l.nowNs())/1e9+d, args[1:], kw)
	})
	lm("call_at", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "call_at() missing 2 required positional arguments: 'when' and 'callback'")
		}
		w, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		return at(t, l, "call_at", w, args[1:], kw)
	})
	lm("run_in_executor", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) < 2 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "run_in_executor() takes an executor, a function and its positional arguments")
		}
		ext, err := t.Import("_asyncio_ext")
		if err != nil {
			return nil, err
		}
		return t.Call(ext.Dict.GetString("_run_in_executor"), append([]py.Object{loopObject(t)}, args...), nil)
	})
	// Protocol-based networking is written in Python over the streams.
	for _, name := range []string{"create_connection", "create_server", "create_datagram_endpoint",
		"add_reader", "add_writer", "remove_reader", "remove_writer"} {
		name := name
		lm(name, func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			ext, err := t.Import("_asyncio_ext")
			if err != nil {
				return nil, err
			}
			return t.Call(ext.Dict.GetString("_loop_"+name), append([]py.Object{loopObject(t)}, args...), kw)
		})
	}
	for _, name := range []string{"shutdown_asyncgens", "shutdown_default_executor"} {
		lm(name, func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return &done{value: py.None}, nil
		})
	}
	lm("create_future", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("create_future", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return newFuture(), nil
	})
	lm("time", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.Float(float64(l.nowNs()) / 1e9), nil
	})
}

// moduleFuncs adds CPython's future helpers to the module.
func moduleFuncs(m *py.Module) {
	fn(m, "ensure_future", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var aw, loop py.Object
		if err := py.UnpackArgs(t, "ensure_future", args, kw, "coro_or_future", &aw, "*", "loop?", &loop); err != nil {
			return nil, err
		}
		return loopOf(t).promote(t, aw)
	})
	fn(m, "isfuture", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("isfuture", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch args[0].(type) {
		case *Task, *gather:
			return py.True, nil
		}
		return py.False, nil
	})
	fn(m, "iscoroutine", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("iscoroutine", args, kw, 1, 1); err != nil {
			return nil, err
		}
		// asyncio's own awaitables (sleep() ...) are coroutines to Python code.
		tp := args[0].Type()
		return py.NewBool(tp == py.CoroutineType || tp == AwaitableType), nil
	})
	fn(m, "iscoroutinefunction", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("iscoroutinefunction", args, kw, 1, 1); err != nil {
			return nil, err
		}
		f := args[0]
		if bm, ok := f.(*py.BoundMethod); ok {
			f = bm.Func
		}
		if fn, ok := f.(*py.Function); ok {
			return py.NewBool(fn.Code.C.Flags&compile.FlagCoroutine != 0), nil
		}
		return py.False, nil
	})
}
