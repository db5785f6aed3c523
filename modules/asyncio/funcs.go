package asyncio

import (
	"upy/py"
)

// ---- gather ----

// gather is what asyncio.gather returns. Its awaitables become tasks when
// it is called (as CPython's gather: they run even before it is awaited);
// it observes them once awaited (MicroPython's coroutine). Like CPython's
// _GatheringFuture it can be cancelled and queried.
type gather struct {
	tasks     []*Task
	retExc    bool
	cancelled bool // cancel() was called: the awaiter gets CancelledError
	remaining int
	failed    *py.Exception
	waiter    *Task
	state     uint8 // 0 not started, 1 waiting, 2 finished
}

// GatherType is the type of gather's result.
var GatherType = py.NewBuiltinType("_GatheringFuture", AwaitableType, nil)

func (*gather) Type() *py.Type { return GatherType }

// finished reports whether the gather has its outcome: every task done, or
// (without return_exceptions) one failed.
func (g *gather) finished() bool {
	all := true
	for _, tk := range g.tasks {
		if !tk.done {
			all = false
		} else if tk.exc != nil && !g.retExc {
			return true
		}
	}
	return all
}

// outcome is the gather's result or exception once finished (the first
// failure in argument order, CancelledError after cancel()).
func (g *gather) outcome() (py.Object, *py.Exception) {
	if g.failed != nil {
		return nil, g.failed
	}
	for _, tk := range g.tasks {
		if tk.done && tk.exc != nil && !g.retExc {
			return nil, tk.exc
		}
	}
	if g.cancelled {
		return nil, py.NewException(CancelledError)
	}
	out := make([]py.Object, len(g.tasks))
	for i, tk := range g.tasks {
		if tk.exc != nil {
			out[i] = tk.exc
		} else {
			out[i] = tk.result
		}
	}
	return py.NewList(out...), nil
}

func (g *gather) removeWaiter(tk *Task) {}

func (g *gather) taskDone(l *Loop, tk *Task) {
	if g.state != 1 {
		return
	}
	tk.set(flagGathered, false)
	if tk.exc != nil && !g.retExc {
		if g.failed == nil {
			g.failed = tk.exc
			g.wakeWaiter(l)
		}
		return
	}
	g.remaining--
	if g.remaining == 0 {
		g.wakeWaiter(l)
	}
}

func (g *gather) wakeWaiter(l *Loop) {
	if w := g.waiter; w != nil && w.waitOn == g {
		w.waitOn = nil
		l.pushNow(w)
	}
}

// detach stops observing the sub-tasks that are still running.
func (g *gather) detach(l *Loop, cancel bool) {
	for _, tk := range g.tasks {
		if !tk.done {
			tk.removeObserver(g)
			tk.set(flagGathered, false)
			if cancel {
				l.cancel(tk, nil)
			}
		}
	}
}

func (g *gather) results() (py.Object, py.Object, error) {
	out := make([]py.Object, len(g.tasks))
	for i, tk := range g.tasks {
		tk.retrieved = true
		if tk.exc != nil {
			if !g.retExc {
				return nil, nil, tk.exc
			}
			out[i] = tk.exc
		} else {
			out[i] = tk.result
		}
	}
	return nil, py.NewList(out...), nil
}

func (g *gather) Next(t *py.Thread) (py.Object, error) { return nextOf(g.Step(t)) }

func (g *gather) Step(t *py.Thread) (py.Object, py.Object, error) {
	l := loopOf(t)
	switch g.state {
	case 0:
		for _, tk := range g.tasks {
			if !tk.done && (tk.awaited() || tk.has(flagGathered)) {
				g.state = 2
				return nil, nil, py.Errorf(py.RuntimeError, "can't gather")
			}
		}
		for _, tk := range g.tasks {
			if tk.done {
				tk.retrieved = true
				if tk.exc != nil && !g.retExc {
					g.state = 2
					return nil, nil, tk.exc
				}
				continue
			}
			tk.set(flagGathered, true)
			tk.waiters = append(tk.waiters, g)
			g.remaining++
		}
		if g.remaining == 0 {
			g.state = 2
			if g.cancelled {
				return nil, nil, py.NewException(CancelledError)
			}
			return g.results()
		}
		cur, err := suspend(t, g)
		if err != nil {
			g.detach(l, false)
			return nil, nil, err
		}
		g.waiter = cur
		g.state = 1
		return py.None, nil, nil
	case 1:
		g.state = 2
		g.detach(l, false)
		if g.failed != nil {
			return nil, nil, g.failed
		}
		if g.cancelled {
			return nil, nil, py.NewException(CancelledError)
		}
		return g.results()
	}
	return nil, nil, nil
}

func init() {
	GatherType.Module = "asyncio"
	gm := func(name string, fn func(t *py.Thread, g *gather, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		GatherType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			g, ok := args[0].(*gather)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a _GatheringFuture, not %s", py.TypeName(args[0]))
			}
			return fn(t, g, args[1:], kw)
		})
	}
	// cancel cancels the tasks still running; the awaiter then gets
	// CancelledError. False when there was nothing left to cancel.
	gm("cancel", func(t *py.Thread, g *gather, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var msg py.Object = py.None
		if err := py.UnpackArgs(t, "cancel", args, kw, "msg?", &msg); err != nil {
			return nil, err
		}
		if msg == py.None {
			msg = nil
		}
		if g.state == 2 || g.finished() {
			return py.False, nil
		}
		l := loopOf(t)
		any := false
		for _, tk := range g.tasks {
			if ok, err := l.cancel(tk, msg); err != nil {
				return nil, err
			} else if ok {
				any = true
			}
		}
		if any {
			g.cancelled = true
		}
		return py.NewBool(any), nil
	})
	gm("done", func(t *py.Thread, g *gather, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewBool(g.state == 2 || g.finished()), nil
	})
	// CPython's gather ends with a CancelledError exception set, never
	// cancelled itself.
	gm("cancelled", func(t *py.Thread, g *gather, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.False, nil
	})
	gm("result", func(t *py.Thread, g *gather, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if !g.finished() {
			return nil, py.Errorf(InvalidStateError, "Result is not set.")
		}
		r, exc := g.outcome()
		if exc != nil {
			return nil, exc
		}
		return r, nil
	})
	gm("exception", func(t *py.Thread, g *gather, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if !g.finished() {
			return nil, py.Errorf(InvalidStateError, "Exception is not set.")
		}
		_, exc := g.outcome()
		if exc == nil {
			return py.None, nil
		}
		if exc.IsInstance(CancelledError) {
			return nil, exc
		}
		return exc, nil
	})
}

func (g *gather) abort(t *py.Thread, exc error) error {
	if g.state == 1 {
		g.state = 2
		g.detach(loopOf(t), true)
	}
	g.state = 2
	return exc
}

// ---- wait_for ----

// waitFor is the awaitable of wait_for/wait_for_ms. Without a timeout it
// is `await task`. With one, it follows MicroPython's structure, whose
// timing programs observe: the awaitable's task is watched by a runner
// (here a relay entry in the run queue, not a task) that wakes the waiting
// task one queue turn after the awaitable finished; on timeout the task is
// cancelled and waited for, then TimeoutError is raised.
type waitFor struct {
	aw     py.Object
	task   *Task
	ms     int64 // negative: no timeout
	waiter *Task
	relay  *Task
	state  uint8 // 0 not started, 1 waiting, 2 cancelling after timeout, 3 finished, 4 awaiting (no timeout)
}

func (*waitFor) Type() *py.Type { return AwaitableType }

func (w *waitFor) removeWaiter(tk *Task) {}

// taskDone queues the relay, which wakes the waiter when its turn comes.
func (w *waitFor) taskDone(l *Loop, tk *Task) {
	if w.state == 1 || w.state == 2 {
		l.pushNow(w.relay)
	}
}

// relayed runs when the relay comes up in the run queue.
func (w *waitFor) relayed(t *py.Thread, l *Loop) error {
	if (w.state == 1 || w.state == 2) && w.waiter.waitOn == w {
		w.waiter.waitOn = nil
		w.waiter.awaitTask = nil
		l.pushNow(w.waiter) // also takes it off its timer
	}
	return nil
}

func (w *waitFor) Next(t *py.Thread) (py.Object, error) { return nextOf(w.Step(t)) }

func (w *waitFor) Step(t *py.Thread) (py.Object, py.Object, error) {
	l := loopOf(t)
	switch w.state {
	case 0:
		tk, err := l.promote(t, w.aw)
		if err != nil {
			return nil, nil, err
		}
		w.aw = nil
		w.task = tk
		if w.ms < 0 {
			// No timeout: exactly `await task`.
			w.state = 4
			y, r, err := tk.Step(t)
			if y == nil {
				w.state = 3
			}
			return y, r, err
		}
		cur, err := suspend(t, w)
		if err != nil {
			return nil, nil, err
		}
		w.waiter = cur
		w.relay = newMarker(w.relayed)
		if tk.done {
			l.pushNow(w.relay)
		} else {
			tk.waiters = append(tk.waiters, w)
		}
		l.pushAt(cur, l.deadline(w.ms))
		w.state = 1
		return py.None, nil, nil
	case 1:
		if w.task.done {
			w.state = 3
			w.task.retrieved = true
			return w.task.outcome()
		}
		// Timed out: cancel the task and wait until it has really finished.
		// Cancelling the waiter meanwhile goes to the task (as in
		// MicroPython, where the waiter awaits its runner task).
		l.cancel(w.task, nil)
		w.waiter.waitOn = w
		w.waiter.awaitTask = w.task
		w.state = 2
		return py.None, nil, nil
	case 2:
		if !w.task.done {
			w.waiter.waitOn = w
			w.waiter.awaitTask = w.task
			return py.None, nil, nil
		}
		w.state = 3
		w.task.retrieved = true
		if w.task.exc != nil && !w.task.exc.IsInstance(CancelledError) {
			return nil, nil, w.task.exc
		}
		return nil, nil, py.NewException(py.TimeoutError)
	case 4:
		w.state = 3
		w.task.retrieved = true
		return w.task.outcome()
	}
	return nil, nil, nil
}

func (w *waitFor) abort(t *py.Thread, exc error) error {
	switch w.state {
	case 1, 2:
		l := loopOf(t)
		w.task.removeObserver(w)
		if !w.task.done {
			l.cancel(w.task, nil)
		}
		l.queue.remove(w.relay)
	case 4:
		if cur := loopOf(t).cur; cur != nil {
			w.task.removeAwaiter(cur)
			cur.awaitTask = nil
		}
	}
	w.state = 3
	return exc
}
