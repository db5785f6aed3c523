package asyncio

import (
	"math"
	"sync"
	"sync/atomic"
	"time"

	"upy/internal/netpoll"
	"upy/py"
)

// Loop is the single event loop of an interpreter (MicroPython has one
// loop; new_event_loop resets it).
type Loop struct {
	queue runQueue
	seq   uint32
	cur   *Task

	handler py.Object // custom exception handler, nil for the default

	// Waiting for things outside the loop's thread: ThreadSafeFlags with a
	// waiting task, and the I/O poller (added by the streams).
	flags []*ThreadSafeFlag
	io    ioPoller
	wake  chan struct{}

	// Callbacks of micropython.schedule made while the loop runs: they run
	// between tasks, before the next I/O poll.
	scheduled []py.Object // pairs of function, argument

	stopping *Task // the stop marker of run_forever, when queued
	running  bool
	closed   bool   // close() was called (and the loop has not run since)
	epoch    uint64 // incremented by new_event_loop: tasks of older epochs are dropped

	start time.Time
	clock int64 // nowNs when last read

	live *Task // unfinished tasks, most recent first (all_tasks)

	tasksMade uint32 // tasks created, for their default names (Task-N)

	ctx *contexts // set once contextvars is imported

	// Rarely used cancellation details live beside the tasks, not in them
	// (Task stays small): messages of cancel(msg) still to be thrown, and
	// the cancel requests counted by cancelling()/uncancel().
	cancelMsgs map[*Task]py.Object
	cancelReqs map[*Task]int
}

// cancelledError is the CancelledError thrown into (or set on) tk, with the
// message its cancel(msg) gave.
func (l *Loop) cancelledError(tk *Task) *py.Exception {
	if msg, ok := l.cancelMsgs[tk]; ok {
		delete(l.cancelMsgs, tk)
		return py.NewException(CancelledError, msg)
	}
	return py.NewException(CancelledError)
}

// addLive and dropLive keep the list of unfinished tasks.
func (l *Loop) addLive(tk *Task) {
	tk.nextLive = l.live
	if l.live != nil {
		l.live.prevLive = tk
	}
	l.live = tk
}

func (l *Loop) dropLive(tk *Task) {
	if tk.prevLive != nil {
		tk.prevLive.nextLive = tk.nextLive
	} else if l.live == tk {
		l.live = tk.nextLive
	}
	if tk.nextLive != nil {
		tk.nextLive.prevLive = tk.prevLive
	}
	tk.prevLive, tk.nextLive = nil, nil
}

// ioPoller is the I/O readiness source the streams plug in.
type ioPoller interface {
	// pending reports whether any task waits for I/O.
	pending() bool
	// poll waits up to timeout (negative: forever, 0: just check) for I/O
	// and queues the tasks whose I/O is ready. It runs without the GIL
	// held only inside its blocking part.
	poll(t *py.Thread, l *Loop, timeout time.Duration) error
	// reset forgets every waiter (new_event_loop).
	reset()
}

var (
	loopsMu sync.Mutex
	loops   = map[*py.Interp]*Loop{}
)

// lastLoop caches the loop last looked up (a program has one interpreter;
// loopOf runs on every task step).
var lastLoop atomic.Pointer[loopCache]

type loopCache struct {
	ip *py.Interp
	l  *Loop
}

// loopOf returns the interpreter's loop, creating it on first use.
func loopOf(t *py.Thread) *Loop {
	if c := lastLoop.Load(); c != nil && c.ip == t.Interp {
		return c.l
	}
	loopsMu.Lock()
	defer loopsMu.Unlock()
	l := loops[t.Interp]
	if l == nil {
		l = &Loop{wake: make(chan struct{}, 1), start: time.Now()}
		loops[t.Interp] = l
	}
	lastLoop.Store(&loopCache{t.Interp, l})
	return l
}

// now is the loop's clock: milliseconds since the loop was made.
func (l *Loop) now() int64 { return time.Since(l.start).Milliseconds() }

// nowNs is the clock of the run queue: nanoseconds since the loop was
// made. Delays are whole milliseconds (as in MicroPython), but a timer
// fires when its delay has really passed, not at a millisecond boundary
// that may come up to 1 ms early.
func (l *Loop) nowNs() int64 {
	l.clock = int64(time.Since(l.start))
	return l.clock
}

// deadline is the queue key of a timer ms milliseconds from now (sleeps
// may be far longer than the nanosecond clock spans: they saturate).
func (l *Loop) deadline(ms int64) int64 {
	now := l.nowNs()
	if ms > (math.MaxInt64-now)/1e6 {
		return math.MaxInt64
	}
	return now + ms*1e6
}

// pushAt queues a task to run at time key (a timer).
func (l *Loop) pushAt(tk *Task, key int64) {
	l.queue.remove(tk)
	l.seq++
	tk.key = key
	tk.seq = l.seq
	l.queue.pushHeap(tk)
}

// pushNow queues a task to run now, behind every task already runnable.
// While the loop runs, "now" is the time read when the loop last looked
// at the clock (before resuming the current task): reading the clock on
// every wake-up would cost more than the rest of a task switch.
func (l *Loop) pushNow(tk *Task) {
	l.queue.remove(tk)
	if !l.running {
		l.nowNs()
	}
	l.seq++
	tk.key = l.clock
	tk.seq = l.seq
	l.queue.pushRing(tk)
}

// wakeup interrupts the loop's wait; safe from any goroutine.
func (l *Loop) wakeup() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
	netpoll.Wake()
}

// newTask wraps a coroutine and queues it.
func (l *Loop) newTask(t *py.Thread, coro py.Object) (*Task, error) {
	if _, ok := coro.(*Task); ok {
		return nil, py.Errorf(py.TypeError, "coroutine expected")
	}
	tk := &Task{coro: coro, index: notQueued}
	if _, ok := coro.(*py.Generator); !ok {
		if ok, err := py.HasAttr(t, coro, py.Intern("send")); err != nil {
			return nil, err
		} else if !ok {
			return nil, py.Errorf(py.TypeError, "coroutine expected")
		}
	}
	l.addLive(tk)
	l.pushNow(tk)
	l.tasksMade++
	tk.num = l.tasksMade
	if l.ctx != nil {
		if err := l.adoptContext(t, tk, nil); err != nil {
			return nil, err
		}
	}
	return tk, nil
}

// newInternalTask is newTask for the loop's own tasks (a server's accept
// loop ...), which CPython runs as callbacks: they take no number.
func (l *Loop) newInternalTask(t *py.Thread, coro py.Object) (*Task, error) {
	tk, err := l.newTask(t, coro)
	if err == nil {
		l.tasksMade--
		tk.num = 0
	}
	return tk, err
}

// promote turns an awaitable into a task (tasks are returned as they are).
func (l *Loop) promote(t *py.Thread, aw py.Object) (*Task, error) {
	if tk, ok := aw.(*Task); ok {
		return tk, nil
	}
	if _, ok := aw.(*py.Generator); !ok {
		// Any awaitable: drive it from a small wrapper coroutine.
		hasSend, err := py.HasAttr(t, aw, py.Intern("send"))
		if err != nil {
			return nil, err
		}
		if fn := aw.Type().LookupString("__await__"); fn != nil {
			if !hasSend {
				it, err := t.CallMethod(aw, "__await__")
				if err != nil {
					return nil, err
				}
				aw = it
			}
		} else if !hasSend {
			return nil, py.Errorf(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
		}
	}
	return l.newTask(t, aw)
}

// waitReady blocks until the head of the queue is due (or the loop must
// return because nothing can ever run). It polls I/O and thread wake-ups.
func (l *Loop) waitReady(t *py.Thread, forever bool) (bool, error) {
	for {
		if err := l.runScheduled(t); err != nil {
			return false, err
		}
		l.checkFlags()
		head := l.queue.peek()
		ioPending := l.io != nil && l.io.pending()
		if head != nil {
			dt := head.key - l.nowNs()
			if dt <= 0 {
				if ioPending {
					if err := l.io.poll(t, l, 0); err != nil {
						return false, err
					}
				}
				return true, nil
			}
			if err := l.sleep(t, time.Duration(dt), ioPending); err != nil {
				return false, err
			}
			continue
		}
		if !ioPending && len(l.flags) == 0 && !forever {
			return false, nil
		}
		if err := l.sleep(t, -1, ioPending); err != nil {
			return false, err
		}
	}
}

// sleep waits for a timeout (negative: no timeout), an I/O event or a
// wake-up from another thread, with the GIL released. Every wait goes
// through netpoll.Wait (ppoll: nanosecond timeouts, and the descriptor
// that other threads' wake-ups signal).
func (l *Loop) sleep(t *py.Thread, d time.Duration, ioPending bool) error {
	if ioPending {
		return l.io.poll(t, l, d)
	}
	interrupted := false
	var err error
	t.Unblocked(func() {
		_, err = netpoll.WaitWoken(nil, d, func() bool {
			if t.Interp.Interrupt.Load() != 0 {
				interrupted = true
			}
			return interrupted || len(l.wake) > 0
		})
	})
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
	return nil
}

// runScheduled runs the callbacks of micropython.schedule made since the
// last look, in order; an exception from one propagates out of the loop.
func (l *Loop) runScheduled(t *py.Thread) error {
	for len(l.scheduled) > 0 {
		fn, arg := l.scheduled[0], l.scheduled[1]
		l.scheduled = l.scheduled[2:]
		if _, err := t.Call(fn, []py.Object{arg}, nil); err != nil {
			return err
		}
	}
	l.scheduled = nil
	return nil
}

// checkFlags queues the tasks of ThreadSafeFlags set since the last poll.
func (l *Loop) checkFlags() {
	if len(l.flags) == 0 {
		return
	}
	kept := l.flags[:0]
	for _, f := range l.flags {
		if f.waiter != nil && f.flag.Load() != 0 {
			f.flag.Store(0)
			w := f.waiter
			f.waiter = nil
			w.waitOn = nil
			l.pushNow(w)
			continue
		}
		if f.waiter != nil {
			kept = append(kept, f)
		}
	}
	for i := len(kept); i < len(l.flags); i++ {
		l.flags[i] = nil
	}
	l.flags = kept
}

// step resumes one task until it yields or finishes.
func (l *Loop) step(t *py.Thread, tk *Task) error {
	if tk.has(flagReport) {
		tk.set(flagReport, false)
		if !tk.retrieved {
			tk.retrieved = true
			ctx := py.NewDict()
			msg := "Task exception wasn't retrieved"
			if tk.isFuture() {
				msg = "Future exception was never retrieved" // CPython's words: MicroPython has no Future
			}
			ctx.SetString("message", py.NewStr(msg))
			ctx.SetString("exception", tk.exc)
			ctx.SetString("future", tk)
			return l.callHandler(t, ctx)
		}
		return nil
	}
	if tk.done {
		return nil
	}
	var throw *py.Exception
	if tk.has(flagCancelling) {
		tk.set(flagCancelling, false)
		throw = l.cancelledError(tk)
	}
	l.cur = tk
	var prevCtx py.Object
	if l.ctx != nil {
		if c := l.ctx.task[tk]; c != nil {
			prevCtx = l.ctx.enter(c)
		}
	}
	var yielded, returned py.Object
	var err error
	if g, ok := tk.coro.(*py.Generator); ok {
		yielded, returned, err = g.Resume(t, py.None, throw)
	} else {
		yielded, returned, err = resumeGeneric(t, tk.coro, throw)
	}
	if prevCtx != nil {
		l.ctx.leave(prevCtx)
	}
	l.cur = nil
	if yielded != nil {
		if yielded == py.None && tk.index == notQueued && tk.waitOn == nil && tk.awaitTask == nil {
			// A bare yield in an __await__ (CPython's sleep(0) idiom):
			// nothing will wake the task, so it runs again after the
			// others. asyncio's own awaitables always arrange a wake-up.
			l.pushNow(tk)
		}
		return nil
	}
	l.finish(tk, returned, err)
	return nil
}

// resumeGeneric drives a coroutine-like object through send/throw.
func resumeGeneric(t *py.Thread, coro py.Object, throw *py.Exception) (yielded, returned py.Object, err error) {
	var r py.Object
	if throw != nil {
		r, err = t.CallMethod(coro, "throw", throw)
	} else {
		r, err = t.CallMethod(coro, "send", py.None)
	}
	if err != nil {
		e := py.AsException(err)
		if e.IsInstance(py.StopIteration) {
			v, _ := py.GetAttrString(t, e, "value")
			return nil, v, nil
		}
		return nil, nil, e
	}
	return r, nil, nil
}

// runUntil runs the loop until main finishes (main nil: until stop()).
func (l *Loop) runUntil(t *py.Thread, main *Task) (py.Object, error) {
	if l.running {
		return nil, py.Errorf(py.RuntimeError, "This event loop is already running")
	}
	l.running = true
	l.closed = false
	defer func() { l.running = false; l.cur = nil }()
	if main != nil {
		main.set(flagMain, true)
	}
	for {
		if main != nil && main.done {
			main.retrieved = true
			if main.exc != nil {
				return nil, main.exc
			}
			return main.result, nil
		}
		ok, err := l.waitReady(t, true)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		tk := l.queue.pop()
		if m, ok := tk.coro.(*queueMarker); ok && !tk.isFuture() {
			if m.relay != nil {
				if err := m.relay(t, l); err != nil {
					return nil, err
				}
				continue
			}
			if tk == l.stopping {
				l.stopping = nil
				return py.None, nil
			}
			continue
		}
		if err := l.step(t, tk); err != nil {
			return nil, err
		}
		if t.Interp.Interrupt.Load() != 0 {
			t.Interp.Interrupt.Store(0)
			return nil, py.NewException(py.KeyboardInterrupt)
		}
	}
}

// reset discards every queued and waiting task (new_event_loop).
func (l *Loop) reset() {
	l.closed = false
	// Side tables of the dropped tasks.
	l.cancelReqs, l.cancelMsgs = nil, nil
	if l.ctx != nil {
		clear(l.ctx.task)
	}
	for _, tk := range l.queue.tasks() {
		tk.index = notQueued
	}
	l.queue = runQueue{}
	for _, f := range l.flags {
		f.waiter = nil
	}
	l.flags = nil
	if l.io != nil {
		l.io.reset()
	}
	l.stopping = nil
	l.cur = nil
	l.scheduled = nil
	for l.live != nil {
		l.dropLive(l.live)
	}
}

// callHandler calls the custom or default exception handler.
func (l *Loop) callHandler(t *py.Thread, ctx *py.Dict) error {
	if l.handler != nil && l.handler != py.None {
		_, err := t.Call(l.handler, []py.Object{loopObject(t), ctx}, nil)
		return err
	}
	return defaultHandler(t, ctx)
}

// defaultHandler prints what MicroPython's default handler prints, on stderr.
func defaultHandler(t *py.Thread, ctx *py.Dict) error {
	stderr := t.Interp.Sys.Get("stderr")
	msg, _, _ := ctx.GetItem(t, py.NewStr("message"))
	if msg == nil {
		msg = py.NewStr("Unhandled exception in event loop")
	}
	ms, err := py.StrOf(t, msg)
	if err != nil {
		return err
	}
	text := ms + "\n"
	if fut, ok, _ := ctx.GetItem(t, py.NewStr("future")); ok {
		fr, err := py.Repr(t, fut)
		if err != nil {
			return err
		}
		text += "future: " + fr
		if tk, ok := fut.(*Task); ok {
			cr, err := py.Repr(t, tk.coro)
			if err != nil {
				return err
			}
			text += " coro= " + cr
		}
		text += "\n"
	}
	if err := py.WriteString(t, stderr, text); err != nil {
		return err
	}
	if exc, ok, _ := ctx.GetItem(t, py.NewStr("exception")); ok {
		if e, ok := exc.(*py.Exception); ok {
			return py.PrintTraceback(t, e, stderr)
		}
	}
	return nil
}
