package asyncio

import (
	"syscall"

	"upy/py"
)

// The loop's low-level socket coroutines (CPython's loop.sock_recv,
// sock_sendall, sock_connect, sock_accept ...): each tries the socket's
// own non-blocking method and, when it would block, waits on the loop's
// I/O queue for readiness before trying again.

// sockOp is their awaitable. try returns done=false to wait (for
// writability when write is set).
type sockOp struct {
	sock    py.Object
	write   bool
	try     func(t *py.Thread) (result py.Object, done bool, err error)
	waiting bool
	state   uint8 // 0 running, 2 finished
}

func (*sockOp) Type() *py.Type { return AwaitableType }

func (op *sockOp) Next(t *py.Thread) (py.Object, error) {
	if op.state == 2 {
		return nil, nil
	}
	op.waiting = false
	r, done, err := op.try(t)
	if err != nil {
		op.state = 2
		return nil, err
	}
	if done {
		op.state = 2
		return nil, stopIteration(r)
	}
	if err := loopOf(t).ioOf().queue(t, op.sock, op.write); err != nil {
		op.state = 2
		return nil, err
	}
	op.waiting = true
	return py.None, nil
}

func (op *sockOp) abort(t *py.Thread, exc error) error {
	if op.state == 0 && op.waiting {
		if cur := loopOf(t).cur; cur != nil {
			loopOf(t).ioOf().removeWaiter(cur)
		}
	}
	op.state = 2
	return exc
}

// wouldBlock reports a BlockingIOError (EAGAIN, EINPROGRESS ...).
func wouldBlock(err error) bool {
	return err != nil && py.AsException(err).IsInstance(py.BlockingIOError)
}

// attempt calls a socket method; (nil, false, nil) when it would block.
func attempt(t *py.Thread, sock py.Object, method string, args ...py.Object) (py.Object, bool, error) {
	r, err := t.CallMethod(sock, method, args...)
	if wouldBlock(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

// nonBlocking checks CPython's precondition of the sock_* methods.
func nonBlocking(t *py.Thread, sock py.Object) error {
	r, err := t.CallMethod(sock, "gettimeout")
	if err != nil {
		return err
	}
	if f, ok := r.(py.Float); !ok || f != 0 {
		if i, ok := r.(py.Int); !ok || i != 0 {
			return py.Errorf(py.ValueError, "the socket must be non-blocking")
		}
	}
	return nil
}

// waitIO is the awaitable of the loop's add_reader/add_writer watchers:
// it finishes once obj (a descriptor or an object with fileno) is ready.
func waitIO(obj py.Object, write bool) *sockOp {
	waited := false
	return &sockOp{sock: obj, write: write, try: func(t *py.Thread) (py.Object, bool, error) {
		if waited {
			return py.None, true, nil
		}
		waited = true
		return nil, false, nil
	}}
}

func sockMethods(lm func(name string, f func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error))) {
	lm("_wait_io", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var obj py.Object
		write := false
		if err := py.UnpackArgs(t, "_wait_io", args, kw, "obj", &obj, "write", &write); err != nil {
			return nil, err
		}
		return waitIO(obj, write), nil
	})
	lm("sock_recv", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock, n py.Object
		if err := py.UnpackArgs(t, "sock_recv", args, kw, "sock", &sock, "n", &n); err != nil {
			return nil, err
		}
		if err := nonBlocking(t, sock); err != nil {
			return nil, err
		}
		return &sockOp{sock: sock, try: func(t *py.Thread) (py.Object, bool, error) {
			return attempt(t, sock, "recv", n)
		}}, nil
	})
	lm("sock_recv_into", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock, buf py.Object
		if err := py.UnpackArgs(t, "sock_recv_into", args, kw, "sock", &sock, "buf", &buf); err != nil {
			return nil, err
		}
		if err := nonBlocking(t, sock); err != nil {
			return nil, err
		}
		return &sockOp{sock: sock, try: func(t *py.Thread) (py.Object, bool, error) {
			return attempt(t, sock, "recv_into", buf)
		}}, nil
	})
	lm("sock_recvfrom", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock, n py.Object
		if err := py.UnpackArgs(t, "sock_recvfrom", args, kw, "sock", &sock, "bufsize", &n); err != nil {
			return nil, err
		}
		if err := nonBlocking(t, sock); err != nil {
			return nil, err
		}
		return &sockOp{sock: sock, try: func(t *py.Thread) (py.Object, bool, error) {
			return attempt(t, sock, "recvfrom", n)
		}}, nil
	})
	lm("sock_sendto", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock, data, addr py.Object
		if err := py.UnpackArgs(t, "sock_sendto", args, kw, "sock", &sock, "data", &data, "address", &addr); err != nil {
			return nil, err
		}
		if err := nonBlocking(t, sock); err != nil {
			return nil, err
		}
		return &sockOp{sock: sock, write: true, try: func(t *py.Thread) (py.Object, bool, error) {
			return attempt(t, sock, "sendto", data, addr)
		}}, nil
	})
	lm("sock_sendall", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock, data py.Object
		if err := py.UnpackArgs(t, "sock_sendall", args, kw, "sock", &sock, "data", &data); err != nil {
			return nil, err
		}
		if err := nonBlocking(t, sock); err != nil {
			return nil, err
		}
		b, err := bytesArg(data)
		if err != nil {
			return nil, err
		}
		rest := append([]byte(nil), b...) // the caller may change its buffer meanwhile
		return &sockOp{sock: sock, write: true, try: func(t *py.Thread) (py.Object, bool, error) {
			for len(rest) > 0 {
				r, ok, err := attempt(t, sock, "send", py.NewBytes(rest))
				if err != nil || !ok {
					return nil, false, err
				}
				n, err := py.IndexInt(t, r)
				if err != nil {
					return nil, false, err
				}
				rest = rest[n:]
			}
			return py.None, true, nil
		}}, nil
	})
	lm("sock_connect", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock, addr py.Object
		if err := py.UnpackArgs(t, "sock_connect", args, kw, "sock", &sock, "address", &addr); err != nil {
			return nil, err
		}
		if err := nonBlocking(t, sock); err != nil {
			return nil, err
		}
		started := false
		return &sockOp{sock: sock, write: true, try: func(t *py.Thread) (py.Object, bool, error) {
			if !started {
				started = true
				_, ok, err := attempt(t, sock, "connect", addr)
				return py.None, ok, err
			}
			// Writable: the connection is made or has failed.
			r, err := t.CallMethod(sock, "getsockopt", py.Int(syscall.SOL_SOCKET), py.Int(syscall.SO_ERROR))
			if err != nil {
				return nil, false, err
			}
			if n, _ := r.(py.Int); n != 0 {
				return nil, false, py.NewOSError(syscall.Errno(n), nil)
			}
			return py.None, true, nil
		}}, nil
	})
	lm("sock_accept", func(t *py.Thread, l *Loop, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock py.Object
		if err := py.UnpackArgs(t, "sock_accept", args, kw, "sock", &sock); err != nil {
			return nil, err
		}
		if err := nonBlocking(t, sock); err != nil {
			return nil, err
		}
		return &sockOp{sock: sock, try: func(t *py.Thread) (py.Object, bool, error) {
			r, ok, err := attempt(t, sock, "accept")
			if err != nil || !ok {
				return nil, false, err
			}
			if pair, isTuple := r.(*py.Tuple); isTuple && len(pair.Items) == 2 {
				if _, err := t.CallMethod(pair.Items[0], "setblocking", py.False); err != nil {
					return nil, false, err
				}
			}
			return r, true, nil
		}}, nil
	})
}
