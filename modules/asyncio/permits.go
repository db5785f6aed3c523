package asyncio

import "upy/py"

// permits is the counter with FIFO hand-over behind Semaphore and Lock
// (a Lock is one permit). A release with waiters hands the permit to the
// first one, so a task that did not wait cannot take it first (no
// barging); the receiver holds it in granted until it runs.
type permits struct {
	value   int
	waiters waitList
	granted waitList // woken waiters holding a permit, not yet running
}

func (p *permits) removeWaiter(tk *Task) { p.waiters.remove(tk) }

// grant gives one permit to the first waiter, or back to the counter.
func (p *permits) grant(t *py.Thread) {
	if len(p.waiters) == 0 {
		p.value++
		return
	}
	w := p.waiters.popFront()
	w.waitOn = nil
	p.granted = append(p.granted, w)
	loopOf(t).pushNow(w)
}

// acquire is the awaitable of acquire() and __aenter__: it finishes with
// True once the current task holds a permit.
type acquire struct {
	p     *permits
	state uint8 // 0 first step, 1 waiting, 2 done
}

func (*acquire) Type() *py.Type { return AwaitableType }

func (a *acquire) Next(t *py.Thread) (py.Object, error) { return nextOf(a.Step(t)) }

func (a *acquire) Step(t *py.Thread) (py.Object, py.Object, error) {
	p := a.p
	switch a.state {
	case 0:
		if p.value > 0 && len(p.waiters) == 0 {
			p.value--
			a.state = 2
			return nil, py.True, nil
		}
		cur, err := suspend(t, p)
		if err != nil {
			return nil, nil, err
		}
		p.waiters = append(p.waiters, cur)
		a.state = 1
		return py.None, nil, nil
	case 1:
		a.state = 2
		p.granted.remove(loopOf(t).cur)
		return nil, py.True, nil
	}
	return nil, nil, nil
}

// abort runs when the waiting task is cancelled: a permit it was already
// handed goes on to the next waiter.
func (a *acquire) abort(t *py.Thread, exc error) error {
	if a.state == 1 {
		cur := loopOf(t).cur
		if a.p.granted.remove(cur) {
			a.p.grant(t)
		} else {
			a.p.waiters.remove(cur)
		}
	}
	a.state = 2
	return exc
}
