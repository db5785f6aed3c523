package asyncio

import (
	"time"

	"upy/internal/netpoll"
	"upy/py"
)

// ioQueue holds the tasks waiting for a stream to become readable or
// writable. It is the loop's ioPoller: the loop waits here, in one place,
// for I/O, timers and thread wake-ups together.
type ioQueue struct {
	entries map[py.Object]*ioEntry
	order   []*ioEntry // registration order, for deterministic wake-ups
	reqs    []netpoll.Request
	waiter  netpoll.Waiter

	// polledSeq is the loop's sequence number after the last poll: while
	// the head of the run queue was queued before it, a non-blocking poll
	// is skipped, so I/O is polled once per round of the runnable tasks
	// instead of before every step.
	polledSeq uint32

	// scratch is the streams' shared read buffer; spare a buffer kept for
	// the next large read (see Stream.readOwned).
	scratch []byte
	spare   []byte
}

type ioEntry struct {
	obj     py.Object
	poll    netpoll.Pollable
	reader  *Task
	writer  *Task
	removed bool
}

func newIOQueue() *ioQueue { return &ioQueue{entries: map[py.Object]*ioEntry{}} }

// pollableOf returns the netpoll view of a stream object: Go sockets and
// SSL sockets implement netpoll.Pollable; other objects are polled by
// their fileno().
func pollableOf(t *py.Thread, obj py.Object) (netpoll.Pollable, error) {
	if p, ok := obj.(netpoll.Pollable); ok {
		return p, nil
	}
	r, err := t.CallMethod(obj, "fileno")
	if err != nil {
		return nil, err
	}
	fd, err := py.IndexInt(t, r)
	if err != nil {
		return nil, err
	}
	return fdPollable(fd), nil
}

type fdPollable int

func (f fdPollable) PollState(events int16) (int16, int, int16) {
	return netpoll.FDState(int(f), events)
}

// queue parks the current task until obj is readable (write false) or
// writable (write true).
func (q *ioQueue) queue(t *py.Thread, obj py.Object, write bool) error {
	l := loopOf(t)
	cur := l.cur
	if cur == nil {
		return py.Errorf(py.RuntimeError, "no running event loop")
	}
	e := q.entries[obj]
	if e == nil {
		p, err := pollableOf(t, obj)
		if err != nil {
			return err
		}
		e = &ioEntry{obj: obj, poll: p}
		q.entries[obj] = e
		q.order = append(q.order, e)
	}
	if write {
		if e.writer != nil && e.writer != cur {
			return py.Errorf(py.RuntimeError, "another task is already waiting to write this stream")
		}
		e.writer = cur
	} else {
		if e.reader != nil && e.reader != cur {
			return py.Errorf(py.RuntimeError, "another task is already waiting to read this stream")
		}
		e.reader = cur
	}
	cur.waitOn = q
	return nil
}

func (q *ioQueue) drop(e *ioEntry) {
	delete(q.entries, e.obj)
	e.removed = true
}

func (q *ioQueue) compact() {
	kept := q.order[:0]
	for _, e := range q.order {
		if !e.removed {
			kept = append(kept, e)
		}
	}
	for i := len(kept); i < len(q.order); i++ {
		q.order[i] = nil
	}
	q.order = kept
}

// removeWaiter takes a cancelled task out of every wait.
func (q *ioQueue) removeWaiter(tk *Task) {
	for _, e := range q.order {
		if e.removed {
			continue
		}
		if e.reader == tk {
			e.reader = nil
		}
		if e.writer == tk {
			e.writer = nil
		}
		if e.reader == nil && e.writer == nil {
			q.drop(e)
		}
	}
	q.compact()
}

func (q *ioQueue) pending() bool { return len(q.entries) > 0 }

func (q *ioQueue) reset() {
	q.entries = map[py.Object]*ioEntry{}
	q.order = nil
}

func (q *ioQueue) poll(t *py.Thread, l *Loop, timeout time.Duration) error {
	if timeout == 0 {
		if head := l.queue.peek(); head != nil && int32(head.seq-q.polledSeq) <= 0 { // modulo 2³², as seq compares
			return nil
		}
	}
	err := q.pollNow(t, l, timeout)
	q.polledSeq = l.seq
	return err
}

func (q *ioQueue) pollNow(t *py.Thread, l *Loop, timeout time.Duration) error {
	q.reqs = q.reqs[:0]
	for _, e := range q.order {
		var ev int16
		if e.reader != nil {
			ev |= netpoll.POLLIN
		}
		if e.writer != nil {
			ev |= netpoll.POLLOUT
		}
		q.reqs = append(q.reqs, netpoll.Request{Obj: e.poll, Events: ev})
	}
	var n int
	var err error
	interrupted := false
	wait := func() {
		n, err = q.waiter.WaitWoken(q.reqs, timeout, func() bool {
			if t.Interp.Interrupt.Load() != 0 {
				interrupted = true
			}
			return interrupted || len(l.wake) > 0
		})
	}
	if timeout == 0 {
		wait()
	} else {
		t.Unblocked(wait)
	}
	select {
	case <-l.wake:
	default:
	}
	if err != nil {
		return py.OSErrorFromGo(err, nil)
	}
	if interrupted {
		t.Interp.Interrupt.Store(0)
		return py.NewException(py.KeyboardInterrupt)
	}
	if n == 0 {
		return nil
	}
	for i, e := range q.order {
		ready := q.reqs[i].Ready
		if ready == 0 || e.removed {
			continue
		}
		// Errors wake both sides so that each gets the error from its call.
		if ready&^netpoll.POLLOUT != 0 && e.reader != nil {
			e.reader.waitOn = nil
			l.pushNow(e.reader)
			e.reader = nil
		}
		if ready&^netpoll.POLLIN != 0 && e.writer != nil {
			e.writer.waitOn = nil
			l.pushNow(e.writer)
			e.writer = nil
		}
		if e.reader == nil && e.writer == nil {
			q.drop(e)
		}
	}
	q.compact()
	return nil
}

// ioOf returns the loop's I/O queue, creating it on first use.
func (l *Loop) ioOf() *ioQueue {
	if q, ok := l.io.(*ioQueue); ok {
		return q
	}
	q := newIOQueue()
	l.io = q
	return q
}
