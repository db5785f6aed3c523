package asyncio

import (
	"upy/py"
)

// Task wraps a coroutine scheduled by the loop.
type Task struct {
	coro py.Object
	gen  *py.Generator // fast path when coro is a VM generator/coroutine
	name py.Object

	// Scheduling: position in the loop's heap (index -1 when not queued).
	key   int64
	seq   uint64
	index int

	// Waiting: what the task is blocked on, so cancel() can take it out.
	waitOn    waitable
	awaitTask *Task // the task this one awaits (cancellation is forwarded to it)
	throw     *py.Exception

	// Completion.
	started   bool
	done      bool
	result    py.Object
	exc       *py.Exception
	waiters   []*Task    // tasks in `await task`, woken in order
	observers []observer // gather and wait_for watch tasks
	gathered  bool       // part of an in-progress gather
	retrieved bool       // the result or exception was taken by someone
	report    bool       // re-queued to report an unretrieved exception
	isMarker  bool       // a queue entry that is not a task: the stop marker of run_forever, or a relay
	relay     func(l *Loop)
	isMain    bool // awaited by run_until_complete's caller
}

// observer is notified when a task finishes (gather, wait_for).
type observer interface {
	taskDone(l *Loop, tk *Task)
}

func (tk *Task) removeObserver(o observer) {
	for i, x := range tk.observers {
		if x == o {
			tk.observers = append(tk.observers[:i], tk.observers[i+1:]...)
			return
		}
	}
}

// waitable is anything a task can block on (Event, Lock, I/O ...).
type waitable interface {
	removeWaiter(t *Task)
}

var TaskType = py.NewBuiltinType("Task", py.ObjectType, nil)

func (*Task) Type() *py.Type { return TaskType }

func asTask(o py.Object) (*Task, error) {
	if t, ok := o.(*Task); ok {
		return t, nil
	}
	return nil, py.Errorf(py.TypeError, "expected a Task, not %s", py.TypeName(o))
}

// Next makes `await task` work: the awaiting task waits until this one
// finishes, then gets its result or exception.
func (tk *Task) Next(t *py.Thread) (py.Object, error) {
	l := loopOf(t)
	if tk.done {
		tk.retrieved = true
		return nil, tk.outcome()
	}
	cur := l.cur
	if cur == nil {
		return nil, py.Errorf(py.RuntimeError, "no running event loop")
	}
	if tk.gathered {
		return nil, py.Errorf(py.RuntimeError, "can't wait")
	}
	if cur == tk {
		return nil, py.Errorf(py.RuntimeError, "can't wait on self")
	}
	tk.waiters = append(tk.waiters, cur)
	cur.awaitTask = tk
	return py.None, nil
}

// outcome is the error that delivers the finished task's result to an
// awaiter: StopIteration(value) or the task's exception.
func (tk *Task) outcome() error {
	if tk.exc != nil {
		return tk.exc
	}
	return stopIteration(tk.result)
}

func stopIteration(v py.Object) error {
	if v == nil || v == py.None {
		return nil
	}
	return py.NewException(py.StopIteration, v)
}

// finish records the coroutine's outcome and wakes whoever waits.
func (l *Loop) finish(tk *Task, result py.Object, err error) {
	tk.done = true
	tk.result = result
	if tk.result == nil {
		tk.result = py.None
	}
	if err != nil {
		tk.exc = py.AsException(err)
	}
	tk.waitOn = nil
	tk.awaitTask = nil
	woke := false
	for _, w := range tk.waiters {
		w.awaitTask = nil
		l.pushNow(w)
		woke = true
	}
	tk.waiters = nil
	obs := tk.observers
	tk.observers = nil
	for _, o := range obs {
		o.taskDone(l, tk)
		woke = true
	}
	if woke {
		tk.retrieved = true
	}
	if !woke && !tk.isMain && tk.exc != nil && !tk.exc.IsInstance(CancelledError) {
		// Nobody awaits it yet: report it when it comes up again unless
		// someone retrieves it in the meantime.
		tk.report = true
		l.pushNow(tk)
	}
}

// cancel implements Task.cancel().
func (l *Loop) cancel(tk *Task) (bool, error) {
	if tk.done {
		return false, nil
	}
	if tk == l.cur {
		return false, py.Errorf(py.RuntimeError, "can't cancel self")
	}
	for tk.awaitTask != nil {
		tk = tk.awaitTask
	}
	if tk.done {
		return true, nil
	}
	if tk.waitOn != nil {
		tk.waitOn.removeWaiter(tk)
		tk.waitOn = nil
		l.queue.remove(tk)
		l.pushNow(tk)
	} else if tk.index >= 0 && tk.key > l.nowNs() {
		l.queue.remove(tk)
		l.pushNow(tk)
	}
	tk.throw = py.NewException(CancelledError)
	return true, nil
}

func init() {
	TaskType.Module = "asyncio"
	TaskType.AddMethod("__await__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil })
	TaskType.AddMethod("__iter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil })
	// Awaiting a task steps it like a generator; a sent value is ignored.
	step := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		r, err := tk.Next(t)
		if err == nil && r == nil {
			return nil, py.NewException(py.StopIteration)
		}
		return r, err
	}
	TaskType.AddMethod("__next__", step)
	TaskType.AddMethod("send", step)
	TaskType.AddMethod("throw", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		// The awaiting task is being cancelled or thrown into: stop waiting.
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		l := loopOf(t)
		if cur := l.cur; cur != nil {
			tk.removeAwaiter(cur)
			cur.awaitTask = nil
		}
		return nil, throwArg(args[1:])
	})
	TaskType.AddMethod("done", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(tk.done), nil
	})
	TaskType.AddMethod("cancel", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		ok, err := loopOf(t).cancel(tk)
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	})
	TaskType.AddMethod("cancelled", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(tk.done && tk.exc != nil && tk.exc.IsInstance(CancelledError)), nil
	})
	TaskType.AddMethod("result", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		if !tk.done {
			return nil, py.Errorf(InvalidStateError, "Result is not set.")
		}
		tk.retrieved = true
		if tk.exc != nil {
			return nil, tk.exc
		}
		return tk.result, nil
	})
	TaskType.AddMethod("exception", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		if !tk.done {
			return nil, py.Errorf(InvalidStateError, "Exception is not set.")
		}
		tk.retrieved = true
		if tk.exc != nil {
			if tk.exc.IsInstance(CancelledError) {
				return nil, tk.exc
			}
			return tk.exc, nil
		}
		return py.None, nil
	})
	TaskType.AddMethod("get_name", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		if tk.name == nil {
			return py.NewStr("Task"), nil
		}
		return tk.name, nil
	})
	TaskType.AddMethod("set_name", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		if err := py.CheckArgs("set_name", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		s, err := py.StrObj(t, args[1])
		tk.name = s
		return py.None, err
	})
	TaskType.AddMethod("get_coro", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		return tk.coro, nil
	})
	TaskType.AddGetSet("coro", func(t *py.Thread, self py.Object) (py.Object, error) {
		return self.(*Task).coro, nil
	}, nil)
	TaskType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewStr("<Task>"), nil
	})
}

func (tk *Task) removeAwaiter(w *Task) {
	for i, x := range tk.waiters {
		if x == w {
			tk.waiters = append(tk.waiters[:i], tk.waiters[i+1:]...)
			return
		}
	}
}

// throwArg builds the exception of a throw(type[, value[, tb]]) call.
func throwArg(args []py.Object) error {
	if len(args) == 0 {
		return py.Errorf(py.TypeError, "throw expected at least 1 argument, got 0")
	}
	switch v := args[0].(type) {
	case *py.Exception:
		return v
	case *py.Type:
		if v.IsSubtype(py.BaseException) {
			if len(args) > 1 {
				if e, ok := args[1].(*py.Exception); ok {
					return e
				}
				if args[1] != py.None {
					return py.NewException(v, args[1])
				}
			}
			return py.NewException(v)
		}
	}
	return py.Errorf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", py.TypeName(args[0]))
}
