package netpoll

import (
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// Poller is a wait point with persistent descriptor registrations
// (epoll), for a caller that waits again and again on many descriptors
// (asyncio's loop): a wait costs in proportion to what is ready, not to
// what is registered. Objects with internal state (TLS sockets) are still
// asked on every wait, as by Wait. Registrations are lazy: Want adds
// events, and the caller drops the ones it no longer needs when they
// report. A Poller is used by one goroutine; ForgetFD may come from any.
type Poller struct {
	mu   sync.Mutex // guards reg and gone
	epfd int
	efd  int // the Poller's own wake-up descriptor (Notify), -1 if none

	// notified: Notify was called since the last wait looked; sleeping:
	// the wait is (about to be) blocked in epoll_wait, so Notify must
	// write efd. Between them, a notification is never lost and costs a
	// system call only when the waiter sleeps.
	notified atomic.Bool
	sleeping atomic.Bool
	reg      map[int]int16 // descriptor -> registered events
	gone     []int         // registered descriptors closed since the last wait

	events []unix.EpollEvent
	fds    []unix.PollFd // internal requests that also name a descriptor
	idx    []int
}

var pollers = struct {
	sync.Mutex
	set map[*Poller]struct{}
}{set: map[*Poller]struct{}{}}

// NewPoller makes a Poller; Close releases it.
func NewPoller() (*Poller, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, err
	}
	if wfd := wakeDescriptor(); wfd >= 0 {
		ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(wfd)}
		if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, wfd, &ev); err != nil {
			unix.Close(epfd)
			return nil, err
		}
	}
	p := &Poller{epfd: epfd, efd: -1, reg: map[int]int16{}, events: make([]unix.EpollEvent, 128)}
	if efd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC); err == nil {
		ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(efd)}
		if unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, efd, &ev) == nil {
			p.efd = efd
		} else {
			unix.Close(efd)
		}
	}
	pollers.Lock()
	pollers.set[p] = struct{}{}
	pollers.Unlock()
	return p, nil
}

// Close releases the Poller's descriptor.
func (p *Poller) Close() {
	pollers.Lock()
	delete(pollers.set, p)
	pollers.Unlock()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.epfd >= 0 {
		unix.Close(p.epfd)
		p.epfd = -1
	}
	if p.efd >= 0 {
		unix.Close(p.efd)
		p.efd = -1
	}
}

// Notify makes the Poller's current or next wait return (it reports one
// event more). Safe from any goroutine; it is how Watcher objects reach
// their Poller: the waiter then asks only the objects that notified it.
func (p *Poller) Notify() {
	p.notified.Store(true)
	if p.sleeping.CompareAndSwap(true, false) {
		p.mu.Lock() // against Close
		efd := p.efd
		if efd >= 0 {
			var one = [8]byte{1}
			unix.Write(efd, one[:])
		}
		p.mu.Unlock()
		if efd < 0 {
			Wake()
		}
	}
}

// Want makes sure fd is watched for (at least) events.
func (p *Poller) Want(fd int, events int16) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	have, ok := p.reg[fd]
	if ok && have&events == events {
		return nil
	}
	return p.set(fd, have|events, ok)
}

// Drop stops watching fd for events (the other events stay).
func (p *Poller) Drop(fd int, events int16) {
	p.mu.Lock()
	defer p.mu.Unlock()
	have, ok := p.reg[fd]
	if !ok {
		return
	}
	if have&^events == 0 {
		unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
		delete(p.reg, fd)
		return
	}
	p.set(fd, have&^events, true)
}

// set registers fd for events (locked by the caller).
func (p *Poller) set(fd int, events int16, registered bool) error {
	ev := unix.EpollEvent{Events: uint32(events & (POLLIN | POLLOUT)), Fd: int32(fd)}
	op := unix.EPOLL_CTL_ADD
	if registered {
		op = unix.EPOLL_CTL_MOD
	}
	err := unix.EpollCtl(p.epfd, op, fd, &ev)
	switch {
	case err == unix.ENOENT && registered:
		err = unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, fd, &ev)
	case err == unix.EEXIST && !registered:
		err = unix.EpollCtl(p.epfd, unix.EPOLL_CTL_MOD, fd, &ev)
	}
	if err != nil {
		delete(p.reg, fd)
		return err
	}
	p.reg[fd] = events
	return nil
}

// ForgetFD must be called before a descriptor that may be registered with
// a Poller is closed: its registrations go (the number may be reused), and
// the next Wait of each Poller that had it reports it as POLLNVAL, so a
// task waiting on a socket closed under it wakes up.
func ForgetFD(fd int) {
	pollers.Lock()
	defer pollers.Unlock()
	for p := range pollers.set {
		p.mu.Lock()
		if _, ok := p.reg[fd]; ok {
			unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
			delete(p.reg, fd)
			p.gone = append(p.gone, fd)
			p.mu.Unlock()
			Wake()
			continue
		}
		p.mu.Unlock()
	}
}

// Wait blocks until a registered descriptor or an internal request is
// ready, or the timeout passes (negative: none, 0: just look). It calls
// ready for each ready descriptor (with POLLNVAL for one closed since the
// last wait) and sets the Ready fields of reqs, which are asked as by the
// package's Wait (a request that names a descriptor is polled for it).
// It returns the number of ready descriptors and requests. interrupted is
// checked every 100 ms, as by Wait. Like Wait, it runs without the GIL.
func (p *Poller) Wait(reqs []Request, timeout time.Duration, interrupted func() bool, ready func(fd int, revents int16)) (int, error) {
	return p.wait(reqs, timeout, interrupted, ready, 100*time.Millisecond)
}

// WaitWoken is Wait for callers whose interruptions always come with a
// Wake (see the package's WaitWoken): it does not wake up to look.
func (p *Poller) WaitWoken(reqs []Request, timeout time.Duration, interrupted func() bool, ready func(fd int, revents int16)) (int, error) {
	return p.wait(reqs, timeout, interrupted, ready, time.Hour)
}

func (p *Poller) wait(reqs []Request, timeout time.Duration, interrupted func() bool, ready func(fd int, revents int16), look time.Duration) (int, error) {
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	wfd := wakeDescriptor()
	for {
		gen := wakeGen.Load()
		n := 0
		p.fds, p.idx = p.fds[:0], p.idx[:0]
		for i := range reqs {
			r := &reqs[i]
			rd, fd, fev := r.Obj.PollState(r.Events)
			r.Ready = rd
			if rd != 0 {
				n++
			} else if fd >= 0 {
				p.fds = append(p.fds, unix.PollFd{Fd: int32(fd), Events: fev})
				p.idx = append(p.idx, i)
			}
		}
		if p.notified.Swap(false) {
			n++
		}
		p.mu.Lock()
		gone := p.gone
		p.gone = nil
		p.mu.Unlock()
		for _, fd := range gone {
			ready(fd, POLLNVAL)
			n++
		}
		if len(p.fds) > 0 {
			// Descriptors of internal requests: a look without waiting
			// (such requests are rare; they are asked again each round).
			if _, err := unix.Poll(p.fds, 0); err == nil {
				for j, i := range p.idx {
					if rev := p.fds[j].Revents; rev != 0 {
						reqs[i].Ready = rev & (reqs[i].Events | POLLERR | POLLHUP | POLLNVAL)
						if reqs[i].Ready != 0 {
							n++
						}
					}
				}
			}
		}
		wait := look
		if timeout == 0 || n > 0 || len(p.fds) > 0 {
			wait = 0
		} else if timeout > 0 {
			rem := time.Until(deadline)
			if rem <= 0 {
				return 0, nil
			}
			wait = min(wait, rem)
		}
		if wait > 0 && wakeGen.Load() != gen {
			continue
		}
		if wait > 0 {
			p.sleeping.Store(true)
			if p.notified.Load() {
				p.sleeping.Store(false)
				continue
			}
		}
		ms := int(wait / time.Millisecond)
		if ms == 0 && wait > 0 {
			ms = 1
		}
		k, err := unix.EpollWait(p.epfd, p.events, ms)
		p.sleeping.Store(false)
		if err != nil && err != unix.EINTR {
			return n, err
		}
		if p.notified.Swap(false) {
			n++
		}
		for _, ev := range p.events[:max(k, 0)] {
			fd := int(ev.Fd)
			if fd == wfd {
				drainWake()
				continue
			}
			if fd == p.efd {
				var buf [8]byte
				unix.Read(p.efd, buf[:])
				continue
			}
			ready(fd, int16(ev.Events)&(POLLIN|POLLOUT|POLLERR|POLLHUP))
			n++
		}
		if k == len(p.events) && len(p.events) < 4096 {
			p.events = make([]unix.EpollEvent, 2*len(p.events))
		}
		if n > 0 || timeout == 0 {
			return n, nil
		}
		if interrupted != nil && interrupted() {
			return 0, nil
		}
		if len(p.fds) > 0 {
			// Internal requests with descriptors: do not spin.
			time.Sleep(time.Millisecond)
		}
	}
}
