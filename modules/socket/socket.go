// Package socket is the socket module: BSD sockets on raw OS descriptors
// driven with golang.org/x/sys/unix. Every descriptor is in O_NONBLOCK
// mode at the OS level; Python-level blocking and timeouts are emulated by
// waiting for readiness with poll(2) on the one descriptor while the GIL
// is released, in slices short enough to honour Ctrl-C.
package socket

import (
	"runtime"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"upy/internal/netpoll"
	"upy/py"
)

// Socket is socket.socket. Other packages (ssl, asyncio) may read Family,
// SockType and Proto, and use FD, Blocking, Timeout and the netpoll
// interface; everything else goes through the Python methods.
type Socket struct {
	// fd is the descriptor, -1 once closed or detached. It is atomic
	// because PollState and the wait loops read it without the GIL.
	fd atomic.Int64

	// Family, SockType and Proto are the socket's address family, type
	// (without the SOCK_NONBLOCK/SOCK_CLOEXEC flags) and protocol.
	Family, SockType, Proto int

	// timeout: <0 blocking, 0 non-blocking, >0 the timeout of each operation.
	timeout time.Duration

	// closed is set by close(); the descriptor itself is closed only once
	// no makefile() object uses it any more (CPython's _io_refs).
	closed bool
	ioRefs int
}

// SocketType is the socket.socket class.
var SocketType = py.NewBuiltinType("socket", py.ObjectType, nil)

// Type implements py.Object.
func (*Socket) Type() *py.Type { return SocketType }

// FD returns the descriptor (-1 when closed).
func (s *Socket) FD() int { return int(s.fd.Load()) }

// Blocking reports whether operations wait (blocking or with a timeout).
func (s *Socket) Blocking() bool { return s.timeout != 0 }

// Timeout returns the timeout: negative for a blocking socket without
// timeout, 0 for a non-blocking socket.
func (s *Socket) Timeout() time.Duration { return s.timeout }

// SetTimeout sets the timeout with the convention of Timeout.
func (s *Socket) SetTimeout(d time.Duration) { s.timeout = d }

// PollState implements netpoll.Pollable: a socket's readiness is its
// descriptor's; a closed socket reports POLLNVAL.
func (s *Socket) PollState(events int16) (int16, int, int16) {
	fd := int(s.fd.Load())
	if fd < 0 {
		return netpoll.POLLNVAL, -1, 0
	}
	return 0, fd, events
}

// defaultTimeout is socket.getdefaulttimeout() (<0: None). It is only
// touched with the GIL held.
var defaultTimeout time.Duration = -1

// NewSocket wraps a descriptor (which it puts in non-blocking,
// close-on-exec mode). The socket owns fd from now on.
func NewSocket(fd, family, sockType, proto int) *Socket {
	s := &Socket{Family: family, SockType: sockType, Proto: proto, timeout: defaultTimeout}
	s.fd.Store(int64(fd))
	unix.SetNonblock(fd, true)
	unix.CloseOnExec(fd)
	runtime.SetFinalizer(s, finalizeSocket)
	return s
}

// finalizeSocket closes the descriptor of an unreachable socket, as
// CPython's deallocator does (without its ResourceWarning).
func finalizeSocket(s *Socket) {
	if fd := s.fd.Swap(-1); fd >= 0 {
		netpoll.ForgetFD(int(fd))
		unix.Close(int(fd))
	}
}

// Open creates a new socket, like socket.socket(family, type, proto).
func Open(family, sockType, proto int) (*Socket, error) {
	fd, err := unix.Socket(family, sockType|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, errnoError(err)
	}
	s := NewSocket(fd, family, sockType&^(unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC), proto)
	if sockType&unix.SOCK_NONBLOCK != 0 {
		s.timeout = 0
	}
	return s, nil
}

// Close closes the socket (idempotent). With makefile() objects still
// open, the descriptor stays open until the last of them is closed.
func (s *Socket) Close() error {
	s.closed = true
	if s.ioRefs > 0 {
		return nil
	}
	return s.realClose()
}

func (s *Socket) realClose() error {
	fd := s.fd.Swap(-1)
	if fd < 0 {
		return nil
	}
	netpoll.ForgetFD(int(fd))
	runtime.SetFinalizer(s, nil)
	if err := unix.Close(int(fd)); err != nil && err != unix.ECONNRESET && err != unix.EINTR {
		return errnoError(err)
	}
	return nil
}

// Detach marks the socket closed without closing the descriptor, which
// it returns.
func (s *Socket) Detach() int {
	s.closed = true
	fd := s.fd.Swap(-1)
	runtime.SetFinalizer(s, nil)
	if fd >= 0 {
		netpoll.ForgetFD(int(fd))
	}
	return int(fd)
}

// errBadFD is the error of any operation on a closed socket.
func errBadFD() error { return py.NewOSError(unix.EBADF, nil) }

// errnoError converts a syscall error to OSError (of the errno's subclass,
// with CPython's message).
func errnoError(err error) error {
	if e, ok := err.(unix.Errno); ok {
		return py.NewOSError(e, nil)
	}
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	return py.OSErrorFromGo(err, nil)
}

// errTimeout is socket.timeout (TimeoutError) as CPython raises it.
func errTimeout() error { return py.Errorf(py.TimeoutError, "timed out") }

// deadline returns when an operation started now times out (zero: never).
func (s *Socket) deadline() time.Time {
	if s.timeout > 0 {
		return time.Now().Add(s.timeout)
	}
	return time.Time{}
}

// waitSlice bounds each poll(2) so that Ctrl-C and a close() by another
// thread are noticed.
const waitSlice = 100 * time.Millisecond

// wait blocks with the GIL released until fd reports one of events (or an
// error/hang-up), the deadline passes (TimeoutError), the socket is
// closed by another thread, or Ctrl-C (KeyboardInterrupt, main thread).
func (s *Socket) wait(t *py.Thread, fd int, events int16, deadline time.Time) error {
	var err error
	timedOut, interrupted := false, false
	main := t.Ident == 1
	ip := t.Interp
	t.Unblocked(func() {
		pfd := []unix.PollFd{{Fd: int32(fd), Events: events}}
		for {
			if main && ip.Interrupt.Load() != 0 {
				interrupted = true
				return
			}
			if s.fd.Load() != int64(fd) {
				return
			}
			slice := waitSlice
			if !deadline.IsZero() {
				rem := time.Until(deadline)
				if rem <= 0 {
					timedOut = true
					return
				}
				if rem < slice {
					slice = rem
				}
			}
			ms := int((slice + time.Millisecond - 1) / time.Millisecond)
			pfd[0].Revents = 0
			n, e := unix.Poll(pfd, ms)
			if e != nil && e != unix.EINTR {
				err = e
				return
			}
			if n > 0 && pfd[0].Revents != 0 {
				return
			}
		}
	})
	switch {
	case interrupted:
		ip.Interrupt.Store(0)
		return py.NewException(py.KeyboardInterrupt)
	case timedOut:
		return errTimeout()
	case err != nil:
		return errnoError(err)
	}
	return nil
}

// isAgain reports whether a syscall error means "would block".
func isAgain(err error) bool { return err == unix.EAGAIN || err == unix.EWOULDBLOCK }

// do runs op on the descriptor until it does not report EAGAIN, waiting
// for events in between according to the socket's mode. A non-blocking
// socket fails with BlockingIOError; a timeout with TimeoutError.
func (s *Socket) do(t *py.Thread, events int16, deadline time.Time, op func(fd int) error) error {
	return s.doFlags(t, events, deadline, 0, op)
}

// doFlags is do for calls with MSG_* flags: MSG_DONTWAIT makes this one
// call non-blocking whatever the socket's mode.
func (s *Socket) doFlags(t *py.Thread, events int16, deadline time.Time, flags int, op func(fd int) error) error {
	for {
		fd := int(s.fd.Load())
		if fd < 0 {
			return errBadFD()
		}
		err := op(fd)
		if err == nil {
			return nil
		}
		if err == unix.EINTR {
			continue
		}
		if !isAgain(err) {
			return errnoError(err)
		}
		if s.timeout == 0 || flags&unix.MSG_DONTWAIT != 0 {
			return errnoError(unix.EAGAIN)
		}
		if err := s.wait(t, fd, events, deadline); err != nil {
			return err
		}
	}
}

// tryOnce runs op once without waiting. again reports EAGAIN (nothing
// done); other errors are converted to OSError.
func (s *Socket) tryOnce(op func(fd int) error) (again bool, err error) {
	for {
		fd := int(s.fd.Load())
		if fd < 0 {
			return false, errBadFD()
		}
		err := op(fd)
		switch {
		case err == nil:
			return false, nil
		case err == unix.EINTR:
			continue
		case isAgain(err):
			return true, nil
		}
		return false, errnoError(err)
	}
}

// Recv receives at most len(buf) bytes (one recv call once ready; with
// MSG_WAITALL on a blocking socket, until buf is full, EOF or an error).
func (s *Socket) Recv(t *py.Thread, buf []byte, flags int) (int, error) {
	if flags&unix.MSG_WAITALL != 0 && s.timeout != 0 && flags&unix.MSG_DONTWAIT == 0 {
		// The descriptor is non-blocking, so the kernel cannot wait for
		// the whole amount: loop here.
		deadline := s.deadline()
		got := 0
		for got < len(buf) {
			var n int
			err := s.doFlags(t, netpoll.POLLIN, deadline, flags, func(fd int) error {
				var e error
				n, _, e = unix.Recvfrom(fd, buf[got:], flags)
				return e
			})
			if err != nil {
				if got > 0 {
					if e, ok := err.(*py.Exception); ok && e.IsInstance(py.TimeoutError) {
						return got, nil
					}
				}
				return got, err
			}
			if n == 0 {
				break
			}
			got += n
		}
		return got, nil
	}
	var n int
	err := s.doFlags(t, netpoll.POLLIN, s.deadline(), flags, func(fd int) error {
		var e error
		if flags == 0 {
			n, e = unix.Read(fd, buf)
		} else {
			n, _, e = unix.Recvfrom(fd, buf, flags)
		}
		return e
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// Send sends some of data (one send call once ready) and returns the count.
func (s *Socket) Send(t *py.Thread, data []byte, flags int) (int, error) {
	var n int
	err := s.doFlags(t, netpoll.POLLOUT, s.deadline(), flags, func(fd int) error {
		var e error
		n, e = unix.SendmsgN(fd, data, nil, nil, flags|unix.MSG_NOSIGNAL)
		return e
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// SendAll sends all of data; the timeout applies to the whole operation.
func (s *Socket) SendAll(t *py.Thread, data []byte, flags int) error {
	deadline := s.deadline()
	for len(data) > 0 {
		var n int
		err := s.doFlags(t, netpoll.POLLOUT, deadline, flags, func(fd int) error {
			var e error
			n, e = unix.SendmsgN(fd, data, nil, nil, flags|unix.MSG_NOSIGNAL)
			return e
		})
		if err != nil {
			return err
		}
		data = data[n:]
	}
	return nil
}

// Connect connects to sa. On a non-blocking socket an unfinished connect
// raises BlockingIOError (EINPROGRESS).
func (s *Socket) Connect(t *py.Thread, sa unix.Sockaddr) error {
	fd := int(s.fd.Load())
	if fd < 0 {
		return errBadFD()
	}
	err := unix.Connect(fd, sa)
	if err == unix.EINTR {
		// The connection attempt goes on in the background.
		err = unix.EINPROGRESS
	}
	if err == nil {
		return nil
	}
	if isAgain(err) && s.timeout != 0 {
		// AF_UNIX: the listener's backlog is full. A blocking connect
		// would wait in the kernel; retry until there is room.
		return s.retryConnect(t, fd, sa)
	}
	if err != unix.EINPROGRESS || s.timeout == 0 {
		return errnoError(err)
	}
	deadline := s.deadline()
	for {
		if err := s.wait(t, fd, netpoll.POLLOUT, deadline); err != nil {
			return err
		}
		if int(s.fd.Load()) != fd {
			return errBadFD()
		}
		var pfd = []unix.PollFd{{Fd: int32(fd), Events: netpoll.POLLOUT}}
		if n, _ := unix.Poll(pfd, 0); n == 0 {
			continue
		}
		soErr, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
		if err != nil {
			return errnoError(err)
		}
		if soErr != 0 {
			return errnoError(unix.Errno(soErr))
		}
		// Linux leaves the socket in the connecting state until connect is
		// called again; do it so that a later connect reports EISCONN as a
		// blocking socket's would.
		unix.Connect(fd, sa)
		return nil
	}
}

// retryConnect repeats a connect that failed with EAGAIN every few
// milliseconds (GIL released) until it succeeds, fails otherwise, times
// out or is interrupted.
func (s *Socket) retryConnect(t *py.Thread, fd int, sa unix.Sockaddr) error {
	deadline := s.deadline()
	var err error
	interrupted, timedOut := false, false
	main, ip := t.Ident == 1, t.Interp
	t.Unblocked(func() {
		for {
			if main && ip.Interrupt.Load() != 0 {
				interrupted = true
				return
			}
			if !deadline.IsZero() && !time.Now().Before(deadline) {
				timedOut = true
				return
			}
			time.Sleep(5 * time.Millisecond)
			if s.fd.Load() != int64(fd) {
				err = unix.EBADF
				return
			}
			err = unix.Connect(fd, sa)
			if !isAgain(err) && err != unix.EINTR {
				return
			}
		}
	})
	switch {
	case interrupted:
		ip.Interrupt.Store(0)
		return py.NewException(py.KeyboardInterrupt)
	case timedOut:
		return errTimeout()
	case err == nil:
		return nil
	}
	return errnoError(err)
}

// Accept accepts a connection, returning the new socket and the peer.
func (s *Socket) Accept(t *py.Thread) (*Socket, unix.Sockaddr, error) {
	var nfd int
	var sa unix.Sockaddr
	err := s.do(t, netpoll.POLLIN, s.deadline(), func(fd int) error {
		var e error
		nfd, sa, e = unix.Accept4(fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
		return e
	})
	if err != nil {
		return nil, nil, err
	}
	c := NewSocket(nfd, s.Family, s.SockType, s.Proto)
	return c, sa, nil
}
