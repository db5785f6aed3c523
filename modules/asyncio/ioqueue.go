package asyncio

import (
	"slices"
	"sync"
	"time"

	"upy/internal/netpoll"
	"upy/py"
)

// ioQueue holds the tasks waiting for a stream to become readable or
// writable. It is the loop's ioPoller: the loop waits here, in one place,
// for I/O, timers and thread wake-ups together.
//
// Sockets are watched with a netpoll.Poller (epoll, registrations kept
// from one wait to the next), so a wait costs in proportion to the ready
// sockets, not to the open ones. Objects with internal state (TLS
// sockets, netpoll.Watcher) notify the queue of their changes: each
// notification makes the queue ask that one object again, so they too
// cost per event, not per wait. Other objects (without a descriptor of
// their own) are asked on every wait.
type ioQueue struct {
	entries  map[py.Object]*ioEntry
	byFD     map[int]*ioEntry   // entries watched through the poller
	internal []*ioEntry         // objects asked on every wait, in registration order
	waiting  map[*Task]*ioEntry // the entry each waiting task is on

	// Watchers: check are the entries to ask at the next poll (loop
	// goroutine only); signaled those that notified a change, appended
	// from any goroutine under sigMu.
	check    []*ioEntry
	sigMu    sync.Mutex
	signaled []*ioEntry

	seq      uint64
	poller   *netpoll.Poller // nil until first needed (or if epoll fails)
	noPoller bool
	waiter   netpoll.Waiter // without a poller: Wait's buffers
	reqs     []netpoll.Request
	readyFDs []fdEvent
	woken    []*ioEntry

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

type fdEvent struct {
	fd     int
	events int16
}

type ioEntry struct {
	obj     py.Object
	poll    netpoll.Pollable
	watch   netpoll.Watcher // non-nil: the object notifies its changes
	notify  func()          // the entry's notification (made once)
	checked bool            // in q.check
	fd      int             // >= 0: watched by the poller
	seq     uint64          // registration order
	reader  *Task
	writer  *Task
	ready   int16 // events of the current wait
	removed bool
}

func newIOQueue() *ioQueue {
	return &ioQueue{entries: map[py.Object]*ioEntry{}, byFD: map[int]*ioEntry{}, waiting: map[*Task]*ioEntry{}}
}

// pollableOf returns the netpoll view of a stream object: Go sockets and
// SSL sockets implement netpoll.Pollable; other objects are polled by
// their fileno().
func pollableOf(t *py.Thread, obj py.Object) (netpoll.Pollable, error) {
	if p, ok := obj.(netpoll.Pollable); ok {
		return p, nil
	}
	if fd, ok := obj.(py.Int); ok { // a descriptor (loop.add_reader(fd, ...))
		if fd < 0 {
			return nil, py.Errorf(py.ValueError, "Invalid file descriptor: %d", int(fd))
		}
		return fdPollable(int(fd)), nil
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

// fdOnly is implemented by pollables whose readiness is exactly their
// descriptor's (sockets), which the poller can watch.
type fdOnly interface {
	FD() int
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
		q.seq++
		e = &ioEntry{obj: obj, poll: p, fd: -1, seq: q.seq}
		if s, ok := p.(fdOnly); ok && s.FD() >= 0 && q.pollerOf() != nil && q.byFD[s.FD()] == nil {
			e.fd = s.FD()
			q.byFD[e.fd] = e
		} else if w, ok := p.(netpoll.Watcher); ok && q.pollerOf() != nil {
			e.watch = w
			e.notify = func() {
				q.sigMu.Lock()
				q.signaled = append(q.signaled, e)
				q.sigMu.Unlock()
				q.poller.Notify()
			}
		} else {
			q.internal = append(q.internal, e)
		}
		q.entries[obj] = e
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
	if e.fd >= 0 {
		if err := q.poller.Want(e.fd, e.mask()); err != nil {
			q.drop(e)
			q.compact()
			return py.OSErrorFromGo(err, nil)
		}
	}
	if e.watch != nil {
		q.recheck(e)
	}
	q.waiting[cur] = e
	cur.waitOn = q
	return nil
}

// recheck makes the next poll ask a watched entry (loop goroutine).
func (q *ioQueue) recheck(e *ioEntry) {
	if !e.checked && !e.removed {
		e.checked = true
		q.check = append(q.check, e)
	}
}

// askWatched asks the watched entries that are new, changed their wait or
// notified a change: ready ones join q.woken, the others are notified at
// their next change. It returns the number of ready entries.
func (q *ioQueue) askWatched() int {
	q.sigMu.Lock()
	for _, e := range q.signaled {
		q.recheck(e)
	}
	clear(q.signaled)
	q.signaled = q.signaled[:0]
	q.sigMu.Unlock()
	n := 0
	for _, e := range q.check {
		e.checked = false
		if e.removed {
			continue
		}
		if r := e.watch.Watch(e.mask(), e.notify); r != 0 {
			if e.ready == 0 {
				q.woken = append(q.woken, e)
			}
			e.ready |= r
			n++
		}
	}
	clear(q.check)
	q.check = q.check[:0]
	return n
}

// mask is the events the entry's waiters want.
func (e *ioEntry) mask() int16 {
	var ev int16
	if e.reader != nil {
		ev |= netpoll.POLLIN
	}
	if e.writer != nil {
		ev |= netpoll.POLLOUT
	}
	return ev
}

// pollerOf returns the poller, creating it on first use (nil if the
// system refuses: every object is then asked on each wait).
func (q *ioQueue) pollerOf() *netpoll.Poller {
	if q.poller == nil && !q.noPoller {
		p, err := netpoll.NewPoller()
		if err != nil {
			q.noPoller = true
			return nil
		}
		q.poller = p
	}
	return q.poller
}

// drop forgets an entry (its descriptor's registration is dropped lazily,
// when it next reports).
func (q *ioQueue) drop(e *ioEntry) {
	delete(q.entries, e.obj)
	if e.fd >= 0 && q.byFD[e.fd] == e {
		delete(q.byFD, e.fd)
	}
	e.removed = true
}

func (q *ioQueue) compact() {
	kept := q.internal[:0]
	for _, e := range q.internal {
		if !e.removed {
			kept = append(kept, e)
		}
	}
	clear(q.internal[len(kept):])
	q.internal = kept
}

// removeWaiter takes a cancelled task out of its wait.
func (q *ioQueue) removeWaiter(tk *Task) {
	e := q.waiting[tk]
	if e == nil {
		return
	}
	delete(q.waiting, tk)
	if e.reader == tk {
		e.reader = nil
	}
	if e.writer == tk {
		e.writer = nil
	}
	if e.reader == nil && e.writer == nil {
		q.drop(e)
		q.compact()
	}
}

// closing forgets obj's waits and returns its waiting tasks (Stream.close).
func (q *ioQueue) closing(obj py.Object) []*Task {
	e := q.entries[obj]
	if e == nil {
		return nil
	}
	var tasks []*Task
	for _, w := range []*Task{e.reader, e.writer} {
		if w != nil {
			tasks = append(tasks, w)
			delete(q.waiting, w)
		}
	}
	q.drop(e)
	q.compact()
	return tasks
}

func (q *ioQueue) pending() bool { return len(q.entries) > 0 }

func (q *ioQueue) reset() {
	for _, e := range q.entries {
		e.removed = true
	}
	q.entries = map[py.Object]*ioEntry{}
	q.byFD = map[int]*ioEntry{}
	q.waiting = map[*Task]*ioEntry{}
	q.internal = nil
	clear(q.check)
	q.check = q.check[:0]
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
	q.woken = q.woken[:0]
	if q.askWatched() > 0 {
		timeout = 0
	}
	q.reqs = q.reqs[:0]
	for _, e := range q.internal {
		q.reqs = append(q.reqs, netpoll.Request{Obj: e.poll, Events: e.mask()})
	}
	q.readyFDs = q.readyFDs[:0]
	var n int
	var err error
	interrupted := false
	wait := func() {
		check := func() bool {
			if t.Interp.Interrupt.Load() != 0 {
				interrupted = true
			}
			return interrupted || len(l.wake) > 0
		}
		// The loop's waits end through a Wake (ThreadSafeFlag.set, Ctrl-C),
		// so they need not wake up to look: an idle loop costs no CPU.
		if q.poller != nil {
			n, err = q.poller.WaitWoken(q.reqs, timeout, check, func(fd int, ev int16) {
				q.readyFDs = append(q.readyFDs, fdEvent{fd, ev})
			})
		} else {
			n, err = q.waiter.WaitWoken(q.reqs, timeout, check)
		}
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
	if err != nil || interrupted {
		// Nobody is woken now: the watched entries found ready are asked
		// again at the next poll.
		for _, e := range q.woken {
			e.ready = 0
			q.recheck(e)
		}
		clear(q.woken)
		q.woken = q.woken[:0]
		if err != nil {
			return py.OSErrorFromGo(err, nil)
		}
		t.Interp.Interrupt.Store(0)
		return py.NewException(py.KeyboardInterrupt)
	}
	q.askWatched()
	if n == 0 && len(q.woken) == 0 {
		return nil
	}
	// Wake the tasks in the order their streams were registered, so that
	// runs are reproducible.
	for i, e := range q.internal {
		if r := q.reqs[i].Ready; r != 0 && !e.removed {
			e.ready = r
			q.woken = append(q.woken, e)
		}
	}
	for _, fe := range q.readyFDs {
		e := q.byFD[fe.fd]
		if e == nil {
			// Nobody waits on it any more: stop watching it.
			if fe.events&netpoll.POLLNVAL == 0 {
				q.poller.Drop(fe.fd, netpoll.POLLIN|netpoll.POLLOUT)
			}
			continue
		}
		if unwanted := (netpoll.POLLIN | netpoll.POLLOUT) &^ e.mask() & fe.events; unwanted != 0 {
			q.poller.Drop(fe.fd, unwanted)
		}
		if e.ready == 0 {
			q.woken = append(q.woken, e)
		}
		e.ready |= fe.events
	}
	slices.SortFunc(q.woken, func(a, b *ioEntry) int {
		if a.seq < b.seq {
			return -1
		}
		return 1
	})
	for _, e := range q.woken {
		ready := e.ready
		e.ready = 0
		// Errors wake both sides so that each gets the error from its call.
		if ready&^netpoll.POLLOUT != 0 && e.reader != nil {
			e.reader.waitOn = nil
			delete(q.waiting, e.reader)
			l.pushNow(e.reader)
			e.reader = nil
		}
		if ready&^netpoll.POLLIN != 0 && e.writer != nil {
			e.writer.waitOn = nil
			delete(q.waiting, e.writer)
			l.pushNow(e.writer)
			e.writer = nil
		}
		if e.reader == nil && e.writer == nil {
			q.drop(e)
		} else if e.watch != nil {
			// The other side still waits: ask again at the next poll.
			q.recheck(e)
		}
	}
	clear(q.woken)
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
