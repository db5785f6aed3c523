// Package asyncio is upy's asyncio module: MicroPython's scheduler
// (one loop, FIFO run queue, millisecond timers) with its documented API,
// plus the CPython additions its users expect (Queue, Semaphore, Task
// results). The run queue, timers, tasks and primitives are Go; tasks are
// VM coroutines resumed directly, with no goroutine per task.
package asyncio

import (
	"math"

	"upy/internal/netpoll"
	"upy/modules/micropython"
	"upy/py"
)

var (
	// CancelledError derives from BaseException, as in MicroPython and CPython.
	CancelledError    = py.NewExceptionType("asyncio", "CancelledError", py.BaseException)
	InvalidStateError = py.NewExceptionType("asyncio", "InvalidStateError", py.ExceptionType)
)

// loopObj is the Python face of the loop (get_event_loop()).
type loopObj struct{ l *Loop }

var LoopType = py.NewBuiltinType("Loop", py.ObjectType, nil)

func (*loopObj) Type() *py.Type { return LoopType }

var loopObjects = map[*Loop]*loopObj{}

func loopObject(t *py.Thread) py.Object {
	l := loopOf(t)
	loopsMu.Lock()
	defer loopsMu.Unlock()
	o := loopObjects[l]
	if o == nil {
		o = &loopObj{l: l}
		loopObjects[l] = o
	}
	return o
}

func fn(m *py.Module, name string, f py.Native) { m.SetFunc(name, f) }

// createTask is asyncio.create_task and (onLoop) loop.create_task. Their
// numbering is CPython's: the module function numbers every task (it names
// it afterwards), the loop method only those without a name.
func createTask(t *py.Thread, args []py.Object, kw []py.Kwarg, onLoop bool) (py.Object, error) {
	if len(args) == 1 && len(kw) == 0 {
		return loopOf(t).newTask(t, args[0])
	}
	var coro, name, ctx py.Object
	if err := py.UnpackArgs(t, "create_task", args, kw, "coro", &coro, "name?", &name, "context?", &ctx); err != nil {
		return nil, err
	}
	named := name != nil && name != py.None
	var tk *Task
	var err error
	if named && onLoop {
		tk, err = loopOf(t).newInternalTask(t, coro)
	} else {
		tk, err = loopOf(t).newTask(t, coro)
	}
	if err != nil {
		return nil, err
	}
	if ctx != nil && ctx != py.None {
		if err := loopOf(t).adoptContext(t, tk, ctx); err != nil {
			return nil, err
		}
	}
	if named {
		s, err := py.StrObj(t, name)
		if err != nil {
			return nil, err
		}
		tk.setName(s)
	}
	return tk, nil
}

func runUntilComplete(t *py.Thread, aw py.Object) (py.Object, error) {
	l := loopOf(t)
	if l.running {
		// Checked before promoting: the awaitable must not be queued.
		return nil, py.Errorf(py.RuntimeError, "This event loop is already running")
	}
	tk, err := l.promote(t, aw)
	if err != nil {
		return nil, err
	}
	return l.runUntil(t, tk)
}

func sleepArg(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg, scale float64) (py.Object, error) {
	if len(args) == 1 && len(kw) == 0 {
		// The common call, sleep(n) or sleep_ms(n), without unpacking.
		switch d := args[0].(type) {
		case py.Int:
			if scale == 1 || (d < 1e12 && d > -1e12) {
				return newSleep(t, int64(d)*int64(scale), nil)
			}
		case py.Float:
			ms, err := toMs(float64(d), scale)
			if err != nil {
				return nil, err
			}
			return newSleep(t, ms, nil)
		}
	}
	var delay, result py.Object
	result = py.None
	if err := py.UnpackArgs(t, fname, args, kw, "delay", &delay, "result?", &result); err != nil {
		return nil, err
	}
	var ms int64
	if i, ok := delay.(py.Int); ok && scale == 1 {
		ms = int64(i)
	} else {
		f, err := py.ToFloat(t, delay)
		if err != nil {
			return nil, err
		}
		if ms, err = toMs(f, scale); err != nil {
			return nil, err
		}
	}
	return newSleep(t, ms, result)
}

// toMs converts a delay in seconds (scale 1000) or milliseconds (scale 1)
// to whole milliseconds, rounding down as MicroPython does; a delay that
// is a whole number of milliseconds but not exactly representable in
// binary (sleep(0.029)) is not cut to the millisecond below.
func toMs(f, scale float64) (int64, error) {
	if math.IsNaN(f) {
		return 0, py.Errorf(py.ValueError, "Invalid delay: NaN (not a number)")
	}
	if f*scale >= float64(maxSleepMs) {
		return 0, py.Errorf(py.OverflowError, "ticks interval overflow")
	}
	ms := f * scale
	if ms <= 0 {
		return 0, nil
	}
	if ms > 1e12 {
		return int64(ms), nil
	}
	return int64(math.Round(ms*1e6)) / 1e6, nil
}

func waitForArgs(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg, scale float64) (py.Object, error) {
	var aw, timeout py.Object
	if err := py.UnpackArgs(t, fname, args, kw, "aw", &aw, "timeout", &timeout); err != nil {
		return nil, err
	}
	w := &waitFor{aw: aw, ms: -1}
	if timeout != py.None {
		f, err := py.ToFloat(t, timeout)
		if err != nil {
			return nil, err
		}
		if w.ms, err = toMs(f, scale); err != nil {
			return nil, err
		}
	}
	return w, nil
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("asyncio")
	m.Set("__version__", py.NewTuple(py.Int(3), py.Int(0), py.Int(0)))
	moduleFuncs(m)
	useContextvars(m)
	fn(m, "__getattr__", moduleGetattr(m))
	for _, tp := range []*py.Type{FutureType, HandleType, TimerHandleType, TaskType, EventType, LockType, ThreadSafeFlagType, QueueType,
		SemaphoreType, BoundedSemaphoreType, LoopType} {
		m.Set(tp.Name, tp)
	}
	m.Set("Stream", StreamType)
	m.Set("StreamReader", StreamType)
	m.Set("StreamWriter", StreamType)
	m.Set("Server", ServerType)
	fn(m, "open_connection", openConnection)
	fn(m, "start_server", startServer)
	m.Set("CancelledError", CancelledError)
	m.Set("InvalidStateError", InvalidStateError)
	m.Set("TimeoutError", py.TimeoutError)
	m.Set("QueueEmpty", QueueEmptyType)
	m.Set("QueueFull", QueueFullType)
	fn(m, "create_task", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return createTask(t, args, kw, false)
	})
	fn(m, "current_task", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("current_task", args, kw, 0, 1); err != nil {
			return nil, err
		}
		cur := loopOf(t).cur
		if cur == nil {
			return nil, py.Errorf(py.RuntimeError, "no running event loop")
		}
		return cur, nil
	})
	fn(m, "all_tasks", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		// CPython's: the unfinished tasks of the running loop.
		if err := py.CheckArgs("all_tasks", args, kw, 0, 1); err != nil {
			return nil, err
		}
		l := loopOf(t)
		if !l.running {
			return nil, py.Errorf(py.RuntimeError, "no running event loop")
		}
		s := py.NewSet()
		for tk := l.live; tk != nil; tk = tk.nextLive {
			if err := s.Add(t, tk); err != nil {
				return nil, err
			}
		}
		return s, nil
	})
	fn(m, "run", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var coro, debug py.Object
		if err := py.UnpackArgs(t, "run", args, kw, "main", &coro, "debug?", &debug); err != nil {
			return nil, err
		}
		l := loopOf(t)
		if l.running {
			return nil, py.Errorf(py.RuntimeError, "asyncio.run() cannot be called from a running event loop")
		}
		if _, ok := coro.(*py.Generator); !ok {
			// CPython's check and words (create_task keeps MicroPython's).
			if ok, err := py.HasAttr(t, coro, py.Intern("send")); err != nil {
				return nil, err
			} else if _, isTask := coro.(*Task); !ok || isTask {
				r, err := py.Repr(t, coro)
				if err != nil {
					return nil, err
				}
				return nil, py.Errorf(py.ValueError, "a coroutine was expected, got %s", r)
			}
		}
		tk, err := l.newTask(t, coro)
		if err != nil {
			return nil, err
		}
		r, err := l.runUntil(t, tk)
		// CPython's run() ends with two more tasks (shutting down async
		// generators and the executor): numbers stay in step with it.
		l.tasksMade += 2
		return r, err
	})
	fn(m, "run_until_complete", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("run_until_complete", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 || args[0] == py.None {
			return loopOf(t).runUntil(t, nil)
		}
		return runUntilComplete(t, args[0])
	})
	fn(m, "sleep", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return sleepArg(t, "sleep", args, kw, 1000)
	})
	fn(m, "sleep_ms", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return sleepArg(t, "sleep_ms", args, kw, 1)
	})
	fn(m, "wait_for", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return waitForArgs(t, "wait_for", args, kw, 1000)
	})
	fn(m, "wait_for_ms", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return waitForArgs(t, "wait_for_ms", args, kw, 1)
	})
	fn(m, "gather", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		g := &gather{}
		for _, k := range kw {
			if k.Name != "return_exceptions" {
				return nil, py.Errorf(py.TypeError, "gather() got an unexpected keyword argument '%s'", k.Name)
			}
			b, err := py.Truth(t, k.Value)
			if err != nil {
				return nil, err
			}
			g.retExc = b
		}
		l := loopOf(t)
		g.tasks = make([]*Task, len(args))
		for i, aw := range args {
			tk, err := l.promote(t, aw)
			if err != nil {
				return nil, err
			}
			g.tasks[i] = tk
		}
		return g, nil
	})
	fn(m, "get_event_loop", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return loopObject(t), nil
	})
	fn(m, "get_running_loop", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if loopOf(t).cur == nil {
			return nil, py.Errorf(py.RuntimeError, "no running event loop")
		}
		return loopObject(t), nil
	})
	fn(m, "set_event_loop", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		// There is one loop (MicroPython); setting it, or None, changes nothing.
		if err := py.CheckArgs("set_event_loop", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.None, nil
	})
	fn(m, "new_event_loop", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		loopOf(t).reset()
		return loopObject(t), nil
	})
	return m, nil
}

func init() {
	LoopType.Module = "asyncio"
	lm := func(name string, f func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		LoopType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			lo, ok := args[0].(*loopObj)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected the event loop")
			}
			return f(t, lo.l, args[1:], kw)
		})
	}
	lm("create_task", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return createTask(t, args, kw, true)
	})
	lm("run_until_complete", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("run_until_complete", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return runUntilComplete(t, args[0])
	})
	lm("run_forever", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("run_forever", args, kw, 0, 0); err != nil {
			return nil, err
		}
		_, err := l.runUntil(t, nil)
		return py.None, err
	})
	lm("stop", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if l.running && l.stopping == nil {
			l.stopping = newMarker(nil)
			l.pushNow(l.stopping)
		}
		return py.None, nil
	})
	// close keeps the queued tasks (MicroPython); is_closed reports it
	// until the loop runs again.
	lm("close", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if l.running {
			return nil, py.Errorf(py.RuntimeError, "Cannot close a running event loop")
		}
		l.closed = true
		return py.None, nil
	})
	lm("is_running", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewBool(l.running), nil
	})
	lm("is_closed", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewBool(l.closed), nil
	})
	lm("set_exception_handler", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("set_exception_handler", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if args[0] != py.None && !py.Callable(args[0]) {
			return nil, py.Errorf(py.TypeError, "A callable object or None is expected, got %s", py.TypeName(args[0]))
		}
		l.handler = args[0]
		return py.None, nil
	})
	lm("get_exception_handler", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if l.handler == nil {
			return py.None, nil
		}
		return l.handler, nil
	})
	lm("default_exception_handler", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) == 2 {
			args = args[1:] // MicroPython's form: (loop, context)
		}
		if err := py.CheckArgs("default_exception_handler", args, kw, 1, 1); err != nil {
			return nil, err
		}
		ctx, ok := args[0].(*py.Dict)
		if !ok {
			return nil, py.Errorf(py.TypeError, "context must be a dict")
		}
		return py.None, defaultHandler(t, ctx)
	})
	lm("call_exception_handler", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("call_exception_handler", args, kw, 1, 1); err != nil {
			return nil, err
		}
		ctx, ok := args[0].(*py.Dict)
		if !ok {
			return nil, py.Errorf(py.TypeError, "context must be a dict")
		}
		return py.None, l.callHandler(t, ctx)
	})
	loopMethods(lm)
	sockMethods(lm)
	LoopType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewStr("<Loop>"), nil
	})
	py.RegisterModule("asyncio", newModule)
	// Ctrl-C wakes a loop waiting in netpoll.WaitWoken.
	py.OnInterrupt(netpoll.Wake)
	micropython.Defer = func(t *py.Thread, fn, arg py.Object) bool {
		l := loopOf(t)
		if !l.running {
			return false
		}
		l.scheduled = append(l.scheduled, fn, arg)
		l.wakeup() // when called from another thread while the loop waits
		return true
	}
}
