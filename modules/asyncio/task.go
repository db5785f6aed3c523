package asyncio

import (
	"runtime"
	"strconv"
	"sync"
	"weak"

	"upy/py"
)

// Task wraps a coroutine scheduled by the loop. It is kept small (128
// bytes): programs hold many waiting tasks.
type Task struct {
	coro py.Object // a VM coroutine, any object with send/throw, or a *queueMarker

	// Scheduling: the run-queue order (key, seq) and position.
	key   int64
	seq   uint32 // compared modulo 2³² (see before)
	index int32  // heap position, or notQueued / inRing

	done      bool
	retrieved bool  // the result or exception was taken by someone
	yielded   bool  // suspended in an awaitable that keeps its state here (sleep(0), Event.wait)
	flags     uint8 // the rarer states: flagGathered ...

	// num is the task's creation number: its default name is "Task-<num>"
	// (CPython numbers every task it creates).
	num uint32

	// Waiting: what the task is blocked on, so cancel() can take it out.
	waitOn    waitable
	awaitTask *Task // the task this one awaits (cancellation is forwarded to it)

	// Completion.
	result  py.Object
	exc     *py.Exception
	waiters []observer // tasks in `await task`, gather and wait_for, told in order

	// The loop's list of unfinished tasks, for all_tasks().
	prevLive, nextLive *Task
}

// Task.flags bits.
const (
	flagGathered   = 1 << iota // part of an in-progress gather
	flagReport                 // re-queued to report an unretrieved exception
	flagMain                   // awaited by run_until_complete's caller
	flagCancelling             // CancelledError is to be thrown in when it resumes
)

func (tk *Task) has(f uint8) bool { return tk.flags&f != 0 }

func (tk *Task) set(f uint8, on bool) {
	if on {
		tk.flags |= f
	} else {
		tk.flags &^= f
	}
}

// queueMarker is the coro of a run-queue entry that is not a task: the
// stop marker of run_forever, or a relay (wait_for), run when it comes up.
type queueMarker struct {
	relay func(t *py.Thread, l *Loop) error
}

func (*queueMarker) Type() *py.Type { return py.ObjectType }

func newMarker(relay func(t *py.Thread, l *Loop) error) *Task {
	return &Task{coro: &queueMarker{relay: relay}, done: true, index: notQueued}
}

// Task names (set_name, create_task(name=)) are rare: they live beside the
// tasks, dropped with them.
var taskNames sync.Map // weak.Pointer[Task] -> py.Object

func (tk *Task) setName(name py.Object) {
	key := weak.Make(tk)
	if _, had := taskNames.Swap(key, name); !had {
		runtime.AddCleanup(tk, func(k weak.Pointer[Task]) { taskNames.Delete(k) }, key)
	}
}

func (tk *Task) name() py.Object {
	if v, ok := taskNames.Load(weak.Make(tk)); ok {
		return v.(py.Object)
	}
	return nil
}

// observer is told when a task finishes: tasks awaiting it, gather, wait_for.
type observer interface {
	taskDone(l *Loop, tk *Task)
}

// taskDone wakes a task that awaited tk.
func (w *Task) taskDone(l *Loop, tk *Task) {
	w.awaitTask = nil
	l.pushNow(w)
}

func (tk *Task) removeObserver(o observer) {
	for i, x := range tk.waiters {
		if x == o {
			tk.waiters = append(tk.waiters[:i], tk.waiters[i+1:]...)
			return
		}
	}
}

// waitable is anything a task can block on (Event, Lock, I/O ...).
type waitable interface {
	removeWaiter(t *Task)
}

// FutureType is asyncio.Future, the base of Task: a Future is a Task
// without a coroutine (see future.go).
var (
	FutureType = py.NewBuiltinType("Future", py.ObjectType, nil)
	TaskType   = py.NewBuiltinType("Task", FutureType, nil)
)

func (tk *Task) Type() *py.Type {
	if tk.coro == futureCoro {
		return FutureType
	}
	return TaskType
}

func asTask(o py.Object) (*Task, error) {
	if t, ok := o.(*Task); ok {
		return t, nil
	}
	return nil, py.Errorf(py.TypeError, "expected a Task, not %s", py.TypeName(o))
}

// Next makes `await task` work: the awaiting task waits until this one
// finishes, then gets its result or exception.
func (tk *Task) Next(t *py.Thread) (py.Object, error) { return nextOf(tk.Step(t)) }

func (tk *Task) Step(t *py.Thread) (py.Object, py.Object, error) {
	l := loopOf(t)
	if tk.done {
		tk.retrieved = true
		return tk.outcome()
	}
	cur := l.cur
	if cur == nil {
		return nil, nil, py.Errorf(py.RuntimeError, "no running event loop")
	}
	if tk.has(flagGathered) {
		return nil, nil, py.Errorf(py.RuntimeError, "can't wait")
	}
	if cur == tk {
		return nil, nil, py.Errorf(py.RuntimeError, "can't wait on self")
	}
	tk.waiters = append(tk.waiters, cur)
	cur.awaitTask = tk
	return py.None, nil, nil
}

// outcome is what a finished task gives an awaiter (as a Step result):
// its return value or its exception.
func (tk *Task) outcome() (py.Object, py.Object, error) {
	if tk.exc != nil {
		return nil, nil, tk.exc
	}
	return nil, tk.result, nil
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
	l.dropLive(tk)
	if l.cancelReqs != nil {
		delete(l.cancelReqs, tk)
		delete(l.cancelMsgs, tk)
	}
	if l.ctx != nil {
		delete(l.ctx.task, tk)
	}
	tk.result = result
	if tk.result == nil {
		tk.result = py.None
	}
	if err != nil {
		tk.exc = py.AsException(err)
	}
	tk.waitOn = nil
	tk.awaitTask = nil
	// Anyone told counts as retrieving the outcome, done callbacks too
	// (asyncio.wait, shield ... take it there; CPython reports an exception
	// no callback looked at only when the task is garbage).
	woke := len(tk.waiters) > 0
	ws := tk.waiters
	tk.waiters = nil
	for _, w := range ws {
		w.taskDone(l, tk)
	}
	if woke {
		tk.retrieved = true
	}
	if !woke && !tk.has(flagMain) && tk.exc != nil && !tk.exc.IsInstance(CancelledError) {
		// Nobody awaits it yet: report it when it comes up again unless
		// someone retrieves it in the meantime.
		tk.set(flagReport, true)
		l.pushNow(tk)
	}
}

// cancel implements Task.cancel(); msg (nil for none) becomes the
// CancelledError's argument.
func (l *Loop) cancel(tk *Task, msg py.Object) (bool, error) {
	if tk.done {
		return false, nil
	}
	if tk == l.cur {
		return false, py.Errorf(py.RuntimeError, "can't cancel self")
	}
	l.noteCancel(tk, msg)
	for tk.awaitTask != nil {
		tk = tk.awaitTask
		if msg != nil {
			l.noteCancel(tk, msg)
		}
	}
	if tk.done {
		return true, nil
	}
	if tk.isFuture() {
		l.finish(tk, nil, l.cancelledError(tk))
		return true, nil
	}
	if tk.waitOn != nil {
		tk.waitOn.removeWaiter(tk)
		tk.waitOn = nil
		l.queue.remove(tk)
		l.pushNow(tk)
	} else if tk.index >= 0 && tk.key > l.nowNs() { // a timer not yet due
		l.queue.remove(tk)
		l.pushNow(tk)
	}
	tk.set(flagCancelling, true)
	return true, nil
}

// noteCancel records a cancel request on tk: its count, and its message.
func (l *Loop) noteCancel(tk *Task, msg py.Object) {
	if l.cancelReqs == nil {
		l.cancelReqs = map[*Task]int{}
		l.cancelMsgs = map[*Task]py.Object{}
	}
	l.cancelReqs[tk]++
	if msg != nil {
		l.cancelMsgs[tk] = msg
	}
}

func init() {
	TaskType.Module = "asyncio"
	FutureType.Module = "asyncio"
	FutureType.AddMethod("__await__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil })
	FutureType.AddMethod("__iter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil })
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
	FutureType.AddMethod("__next__", step)
	FutureType.AddMethod("send", step)
	FutureType.AddMethod("throw", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
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
	FutureType.AddMethod("done", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(tk.done), nil
	})
	FutureType.AddMethod("cancel", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		var msg py.Object = py.None
		if err := py.UnpackArgs(t, "cancel", args[1:], kw, "msg?", &msg); err != nil {
			return nil, err
		}
		if msg == py.None {
			msg = nil
		}
		ok, err := loopOf(t).cancel(tk, msg)
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	})
	FutureType.AddMethod("cancelled", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(tk.done && tk.exc != nil && tk.exc.IsInstance(CancelledError)), nil
	})
	FutureType.AddMethod("result", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
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
	FutureType.AddMethod("exception", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
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
	TaskType.AddMethod("cancelling", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		return py.Int(loopOf(t).cancelReqs[tk]), nil
	})
	TaskType.AddMethod("uncancel", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		l := loopOf(t)
		n := l.cancelReqs[tk]
		if n > 0 {
			n--
			if n == 0 {
				delete(l.cancelReqs, tk)
			} else {
				l.cancelReqs[tk] = n
			}
		}
		return py.Int(n), nil
	})
	TaskType.AddMethod("get_name", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tk, err := asTask(args[0])
		if err != nil {
			return nil, err
		}
		if n := tk.name(); n != nil {
			return n, nil
		}
		if tk.num != 0 {
			return py.NewStr("Task-" + strconv.FormatUint(uint64(tk.num), 10)), nil
		}
		return py.NewStr("Task"), nil
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
		tk.setName(s)
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
