package asyncio

import (
	"upy/py"
)

// ---- gather ----

type gather struct {
	aws       []py.Object
	tasks     []*Task
	retExc    bool
	remaining int
	failed    *py.Exception
	waiter    *Task
	state     uint8 // 0 not started, 1 waiting, 2 finished
}

func (*gather) Type() *py.Type { return AwaitableType }

func (g *gather) removeWaiter(tk *Task) {}

func (g *gather) taskDone(l *Loop, tk *Task) {
	if g.state != 1 {
		return
	}
	tk.gathered = false
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
			tk.gathered = false
			if cancel {
				l.cancel(tk)
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
	g.tasks = nil
	return nil, py.NewList(out...), nil
}

func (g *gather) Next(t *py.Thread) (py.Object, error) { return nextOf(g.Step(t)) }

func (g *gather) Step(t *py.Thread) (py.Object, py.Object, error) {
	l := loopOf(t)
	switch g.state {
	case 0:
		g.tasks = make([]*Task, len(g.aws))
		for i, aw := range g.aws {
			tk, err := l.promote(t, aw)
			if err != nil {
				return nil, nil, err
			}
			g.tasks[i] = tk
		}
		g.aws = nil
		for _, tk := range g.tasks {
			if !tk.done && (tk.awaited() || tk.gathered) {
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
			tk.gathered = true
			tk.waiters = append(tk.waiters, g)
			g.remaining++
		}
		if g.remaining == 0 {
			g.state = 2
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
		return g.results()
	}
	return nil, nil, nil
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
		l.cancel(w.task)
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
			l.cancel(w.task)
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
