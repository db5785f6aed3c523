package asyncio

import (
	"sync/atomic"

	"upy/py"
)

// waitList is a FIFO of waiting tasks.
type waitList []*Task

func (w *waitList) remove(tk *Task) bool {
	for i, x := range *w {
		if x == tk {
			copy((*w)[i:], (*w)[i+1:])
			(*w)[len(*w)-1] = nil
			*w = (*w)[:len(*w)-1]
			return true
		}
	}
	return false
}

func (w *waitList) popFront() *Task {
	tk := (*w)[0]
	copy(*w, (*w)[1:])
	(*w)[len(*w)-1] = nil
	*w = (*w)[:len(*w)-1]
	return tk
}

// suspend parks the current task on a waitable. It returns the running
// task, or an error outside a task.
func suspend(t *py.Thread, on waitable) (*Task, error) {
	l := loopOf(t)
	cur := l.cur
	if cur == nil {
		return nil, py.Errorf(py.RuntimeError, "no running event loop")
	}
	cur.waitOn = on
	return cur, nil
}

// ---- Event ----

// Event is asyncio.Event.
type Event struct {
	set     bool
	waiters waitQueue
	aw      *eventWait
}

var EventType = py.NewBuiltinType("Event", py.ObjectType, nil)

func (*Event) Type() *py.Type { return EventType }

func (e *Event) removeWaiter(tk *Task) {
	tk.waitOn = nil
	e.waiters.drop(e)
}

func (e *Event) Set(t *py.Thread) {
	e.set = true
	if e.waiters.live == 0 {
		return
	}
	l := loopOf(t)
	e.waiters.takeAll(e, func(w *Task) {
		w.waitOn = nil
		l.pushNow(w)
	})
}

// eventWait is the awaitable of Event.wait(): one per Event, since the
// waiting state is kept by the task (yielded), so waiting allocates
// nothing.
type eventWait struct{ e *Event }

func (*eventWait) Type() *py.Type { return AwaitableType }

func (w *eventWait) Next(t *py.Thread) (py.Object, error) { return nextOf(w.Step(t)) }

func (w *eventWait) Step(t *py.Thread) (py.Object, py.Object, error) {
	cur := loopOf(t).cur
	if cur != nil && cur.yielded {
		// Woken by set().
		cur.yielded = false
		return nil, py.True, nil
	}
	if w.e.set {
		return nil, py.True, nil
	}
	cur, err := suspend(t, w.e)
	if err != nil {
		return nil, nil, err
	}
	w.e.waiters.add(cur)
	cur.yielded = true
	return py.None, nil, nil
}

func (w *eventWait) abort(t *py.Thread, exc error) error {
	if cur := loopOf(t).cur; cur != nil && cur.yielded {
		cur.yielded = false
		if cur.waitOn == w.e { // not taken off by cancel() or woken
			w.e.waiters.drop(w.e)
			cur.waitOn = nil
		}
	}
	return exc
}

// ---- ThreadSafeFlag ----

// ThreadSafeFlag is asyncio.ThreadSafeFlag: Set may be called from any
// goroutine (Python threads, Go code embedding upy).
type ThreadSafeFlag struct {
	flag   atomic.Int32
	waiter *Task // touched only on the loop's thread
	loop   atomic.Pointer[Loop]
}

var ThreadSafeFlagType = py.NewBuiltinType("ThreadSafeFlag", py.ObjectType, nil)

func (*ThreadSafeFlag) Type() *py.Type { return ThreadSafeFlagType }

// Set raises the flag and wakes the loop; it never blocks.
func (f *ThreadSafeFlag) Set() {
	f.flag.Store(1)
	if l := f.loop.Load(); l != nil {
		l.wakeup()
	}
}

func (f *ThreadSafeFlag) removeWaiter(tk *Task) {
	if f.waiter == tk {
		f.waiter = nil
	}
}

type flagWait struct {
	f     *ThreadSafeFlag
	state uint8
}

func (*flagWait) Type() *py.Type { return AwaitableType }

func (w *flagWait) Next(t *py.Thread) (py.Object, error) { return nextOf(w.Step(t)) }

func (w *flagWait) Step(t *py.Thread) (py.Object, py.Object, error) {
	switch w.state {
	case 0:
		if w.f.flag.Load() != 0 {
			w.f.flag.Store(0)
			w.state = 2
			return nil, nil, nil
		}
		if w.f.waiter != nil {
			return nil, nil, py.Errorf(py.RuntimeError, "ThreadSafeFlag already has a waiting task")
		}
		cur, err := suspend(t, w.f)
		if err != nil {
			return nil, nil, err
		}
		l := loopOf(t)
		w.f.waiter = cur
		w.f.loop.Store(l)
		l.flags = append(l.flags, w.f)
		w.state = 1
		return py.None, nil, nil
	case 1:
		w.state = 2
		return nil, nil, nil
	}
	return nil, nil, nil
}

func (w *flagWait) abort(t *py.Thread, exc error) error {
	if w.state == 1 && w.f.waiter == loopOf(t).cur {
		w.f.waiter = nil
	}
	w.state = 2
	return exc
}

// ---- Lock ----

// Lock is asyncio.Lock: one permit, handed over in FIFO order. As in
// MicroPython, locked() is False while the lock is on its way to a woken
// waiter, and release() then raises.
type Lock struct {
	permits
}

var LockType = py.NewBuiltinType("Lock", py.ObjectType, nil)

func (*Lock) Type() *py.Type { return LockType }

func (lk *Lock) locked() bool { return lk.value == 0 && len(lk.granted) == 0 }

// release passes the lock to the first waiter or unlocks it.
func (lk *Lock) release(t *py.Thread) error {
	if !lk.locked() {
		return py.Errorf(py.RuntimeError, "Lock not acquired")
	}
	lk.grant(t)
	return nil
}

func init() {
	EventType.Module = "asyncio.locks"
	EventType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("Event", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return &Event{}, nil
	}
	ev := func(name string, fn func(t *py.Thread, e *Event) (py.Object, error)) {
		EventType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			e, ok := baseOf(args[0]).(*Event)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected an Event")
			}
			if err := py.CheckArgs(name, args[1:], kw, 0, 0); err != nil {
				return nil, err
			}
			return fn(t, e)
		})
	}
	ev("is_set", func(t *py.Thread, e *Event) (py.Object, error) { return py.NewBool(e.set), nil })
	ev("set", func(t *py.Thread, e *Event) (py.Object, error) { e.Set(t); return py.None, nil })
	ev("clear", func(t *py.Thread, e *Event) (py.Object, error) { e.set = false; return py.None, nil })
	ev("wait", func(t *py.Thread, e *Event) (py.Object, error) {
		if e.aw == nil {
			e.aw = &eventWait{e: e}
		}
		return e.aw, nil
	})

	ThreadSafeFlagType.Module = "asyncio"
	ThreadSafeFlagType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("ThreadSafeFlag", args, kw, 0, 0); err != nil {
			return nil, err
		}
		f := &ThreadSafeFlag{}
		f.loop.Store(loopOf(t))
		return f, nil
	}
	tf := func(name string, fn func(t *py.Thread, f *ThreadSafeFlag) (py.Object, error)) {
		ThreadSafeFlagType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			f, ok := baseOf(args[0]).(*ThreadSafeFlag)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a ThreadSafeFlag")
			}
			if err := py.CheckArgs(name, args[1:], kw, 0, 0); err != nil {
				return nil, err
			}
			return fn(t, f)
		})
	}
	tf("set", func(t *py.Thread, f *ThreadSafeFlag) (py.Object, error) { f.Set(); return py.None, nil })
	tf("clear", func(t *py.Thread, f *ThreadSafeFlag) (py.Object, error) { f.flag.Store(0); return py.None, nil })
	tf("is_set", func(t *py.Thread, f *ThreadSafeFlag) (py.Object, error) { return py.NewBool(f.flag.Load() != 0), nil })
	tf("wait", func(t *py.Thread, f *ThreadSafeFlag) (py.Object, error) { return &flagWait{f: f}, nil })

	LockType.Module = "asyncio.locks"
	LockType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("Lock", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return &Lock{permits{value: 1}}, nil
	}
	lm := func(name string, fn func(t *py.Thread, lk *Lock, args []py.Object) (py.Object, error)) {
		LockType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			lk, ok := baseOf(args[0]).(*Lock)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a Lock")
			}
			return fn(t, lk, args[1:])
		})
	}
	lm("locked", func(t *py.Thread, lk *Lock, args []py.Object) (py.Object, error) { return py.NewBool(lk.locked()), nil })
	lm("acquire", func(t *py.Thread, lk *Lock, args []py.Object) (py.Object, error) {
		return &acquire{p: &lk.permits}, nil
	})
	lm("release", func(t *py.Thread, lk *Lock, args []py.Object) (py.Object, error) { return py.None, lk.release(t) })
	lm("__aenter__", func(t *py.Thread, lk *Lock, args []py.Object) (py.Object, error) {
		return &acquire{p: &lk.permits}, nil
	})
	lm("__aexit__", func(t *py.Thread, lk *Lock, args []py.Object) (py.Object, error) {
		if err := lk.release(t); err != nil {
			return nil, err
		}
		return &done{value: py.False}, nil
	})
	py.InstallNew(EventType, ThreadSafeFlagType, LockType)
}

// done is an awaitable that finishes at once with a value.
type done struct{ value py.Object }

func (*done) Type() *py.Type { return AwaitableType }

func (d *done) Next(t *py.Thread) (py.Object, error) { return nextOf(d.Step(t)) }

func (d *done) Step(t *py.Thread) (py.Object, py.Object, error) {
	v := d.value
	d.value = nil
	return nil, v, nil
}

func (d *done) abort(t *py.Thread, exc error) error { return exc }
