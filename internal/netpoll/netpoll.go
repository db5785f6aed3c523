// Package netpoll is the single wait point shared by select.poll and
// asyncio's I/O queue: it waits on OS descriptors and on objects whose
// readiness is internal (TLS sockets with buffered data, ThreadSafeFlag),
// which signal state changes through one wake-up descriptor.
package netpoll

import (
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// Event bits, with Linux's values (MicroPython exposes the same numbers).
const (
	POLLIN   = 0x001
	POLLPRI  = 0x002
	POLLOUT  = 0x004
	POLLERR  = 0x008
	POLLHUP  = 0x010
	POLLNVAL = 0x020
)

// Pollable is implemented by objects that can be registered with a poller.
type Pollable interface {
	// PollState is asked which of the requested events (POLLIN|POLLOUT) are
	// ready now, without blocking. It returns the events ready from the
	// object's internal state (including POLLERR/POLLHUP/POLLNVAL), and the
	// descriptor and events to wait on when nothing is ready yet (fd < 0 when
	// only an internal state change, signalled through Wake, can help).
	PollState(events int16) (ready int16, fd int, fdEvents int16)
}

// Watcher is implemented by Pollables whose readiness is internal state
// (TLS sockets), for a Poller's user: Watch returns the requested events
// that are ready now or, when none is, arranges for notify to be called
// once (from any goroutine, possibly with the object's lock held: it must
// not call back into the object) at the object's next change of state.
// A new Watch replaces the pending notify. The user then asks only the
// objects that notified it (Poller.Notify wakes the wait), not all of
// them on every wait.
type Watcher interface {
	Watch(events int16, notify func()) int16
}

// Request is one object of a Wait call.
type Request struct {
	Obj    Pollable
	Events int16
	Ready  int16 // set by Wait
}

var (
	wakeOnce sync.Once
	wakeFD   = -1
	// wakeGen counts Wake calls. A waiter that sees it change between
	// examining the states and entering poll(2) looks again: another
	// waiter may already have drained the wake-up descriptor.
	wakeGen atomic.Uint64
)

func wakeDescriptor() int {
	wakeOnce.Do(func() {
		fd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
		if err == nil {
			wakeFD = fd
		}
	})
	return wakeFD
}

// Wake interrupts every Wait in progress so it re-examines internal
// states. Safe from any goroutine.
func Wake() {
	wakeGen.Add(1)
	fd := wakeDescriptor()
	if fd < 0 {
		return
	}
	var one = [8]byte{1}
	unix.Write(fd, one[:])
}

func drainWake() {
	fd := wakeDescriptor()
	if fd < 0 {
		return
	}
	var buf [8]byte
	unix.Read(fd, buf[:])
}

// Wait blocks until at least one request is ready or the timeout expires
// (negative: no timeout, 0: just look). It returns the number of ready
// requests, whose Ready fields are set. The caller must release the GIL
// around it (Wait never touches Python objects except through PollState,
// so PollState implementations must be goroutine-safe). interrupted is
// polled every 100 ms: when it returns true, Wait returns early with 0.
func Wait(reqs []Request, timeout time.Duration, interrupted func() bool) (int, error) {
	var w Waiter
	return w.wait(reqs, timeout, interrupted, 100*time.Millisecond)
}

// WaitWoken is Wait for callers whose interruptions always come with a
// Wake (asyncio's loop: ThreadSafeFlag.set and Ctrl-C wake it): it does
// not wake up every 100 ms to look, so an idle wait costs no CPU.
func WaitWoken(reqs []Request, timeout time.Duration, interrupted func() bool) (int, error) {
	var w Waiter
	return w.WaitWoken(reqs, timeout, interrupted)
}

// Waiter is Wait with buffers kept from one call to the next (for a
// caller that waits often, such as asyncio's loop). Not goroutine-safe.
type Waiter struct {
	fds []unix.PollFd
	idx []int
}

// Wait is the package's Wait using w's buffers.
func (w *Waiter) Wait(reqs []Request, timeout time.Duration, interrupted func() bool) (int, error) {
	return w.wait(reqs, timeout, interrupted, 100*time.Millisecond)
}

// WaitWoken is the package's WaitWoken using w's buffers.
func (w *Waiter) WaitWoken(reqs []Request, timeout time.Duration, interrupted func() bool) (int, error) {
	return w.wait(reqs, timeout, interrupted, time.Hour)
}

func (w *Waiter) wait(reqs []Request, timeout time.Duration, interrupted func() bool, check time.Duration) (int, error) {
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	fds := w.fds[:0]
	idx := w.idx[:0]
	defer func() { w.fds, w.idx = fds[:0], idx[:0] }()
	for {
		gen := wakeGen.Load()
		n := 0
		fds = fds[:0]
		idx = idx[:0]
		for i := range reqs {
			r := &reqs[i]
			ready, fd, fev := r.Obj.PollState(r.Events)
			r.Ready = ready
			if ready != 0 {
				n++
			} else if fd >= 0 {
				fds = append(fds, unix.PollFd{Fd: int32(fd), Events: fev})
				idx = append(idx, i)
			}
		}
		if n > 0 && len(fds) == 0 {
			return n, nil
		}
		wait := check
		if timeout == 0 || n > 0 {
			// Some objects are ready already: still ask the kernel about
			// the descriptors, without waiting, so all ready ones report.
			wait = 0
		} else if timeout > 0 {
			rem := time.Until(deadline)
			if rem <= 0 {
				return 0, nil
			}
			if rem < wait {
				wait = rem
			}
		}
		if wakeGen.Load() != gen && timeout != 0 && n == 0 {
			continue
		}
		wfd := wakeDescriptor()
		if wfd >= 0 {
			fds = append(fds, unix.PollFd{Fd: int32(wfd), Events: unix.POLLIN})
		}
		// ppoll's timeout has nanosecond resolution (poll's whole
		// milliseconds would make timers up to 1 ms late).
		ts := unix.NsecToTimespec(int64(wait))
		_, err := unix.Ppoll(fds, &ts, nil)
		if err != nil && err != unix.EINTR {
			return 0, err
		}
		if wfd >= 0 && fds[len(fds)-1].Revents != 0 {
			drainWake()
		}
		for j, i := range idx {
			if rev := fds[j].Revents; rev != 0 {
				reqs[i].Ready = rev & (reqs[i].Events | POLLERR | POLLHUP | POLLNVAL)
				if reqs[i].Ready != 0 {
					n++
				}
			}
		}
		if n > 0 || timeout == 0 {
			return n, nil
		}
		if interrupted != nil && interrupted() {
			return 0, nil
		}
		// Nothing ready: a wake-up or a spurious return; look again.
	}
}

// FDState is the PollState of a plain descriptor: nothing is known
// without asking the kernel, which Wait does for all descriptors at once.
func FDState(fd int, events int16) (ready int16, waitFD int, fdEvents int16) {
	if fd < 0 {
		return POLLNVAL, -1, 0
	}
	return 0, fd, events
}
