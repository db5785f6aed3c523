package asyncio

import (
	"syscall"
	"time"

	"upy/py"
)

// The TCP side of asyncio: open_connection, start_server and Server.
// Sockets come from the socket module (and ssl for TLS), used through
// their Python API so that any socket implementation works.

func socketModule(t *py.Thread) (*py.Module, error) { return t.Import("socket") }

// sockConst reads an integer constant of the socket module.
func sockConst(m *py.Module, name string) py.Object { return m.Get(name) }

// resolve returns the first getaddrinfo entry for host, port.
func resolve(t *py.Thread, sm *py.Module, host, port py.Object, passive bool) (*py.Tuple, error) {
	flags := py.Object(py.Int(0))
	if passive {
		if f := sockConst(sm, "AI_PASSIVE"); f != nil {
			flags = f
		}
	}
	r, err := t.Call(sm.Get("getaddrinfo"), []py.Object{host, port, py.Int(0), sockConst(sm, "SOCK_STREAM"), py.Int(0), flags}, nil)
	if err != nil {
		return nil, err
	}
	items, err := py.ToSlice(t, r)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, py.Errorf(py.OSError, "getaddrinfo returned no address")
	}
	ai, ok := items[0].(*py.Tuple)
	if !ok || len(ai.Items) < 5 {
		return nil, py.Errorf(py.OSError, "bad getaddrinfo result")
	}
	return ai, nil
}

// sslContextFor interprets the ssl= argument: True means a default
// verifying client context.
func sslContextFor(t *py.Thread, arg py.Object, server bool) (py.Object, error) {
	if arg == nil || arg == py.None || arg == py.False {
		return nil, nil
	}
	if arg == py.True {
		if server {
			return nil, py.Errorf(py.ValueError, "ssl=True is not valid for a server: pass an SSLContext")
		}
		m, err := t.Import("ssl")
		if err != nil {
			return nil, err
		}
		return t.Call(m.Get("create_default_context"), nil, nil)
	}
	return arg, nil
}

// connectOp finishes a non-blocking connect: wait for writability, then
// check SO_ERROR so that a refused connection raises from open_connection.
type connectOp struct {
	sock   py.Object
	sm     *py.Module
	stream *Stream
	state  uint8
}

func (*connectOp) Type() *py.Type { return AwaitableType }

func (c *connectOp) Next(t *py.Thread) (py.Object, error) {
	l := loopOf(t)
	switch c.state {
	case 0:
		if err := l.ioOf().queue(t, c.sock, true); err != nil {
			c.state = 2
			return nil, err
		}
		c.state = 1
		return py.None, nil
	case 1:
		c.state = 2
		r, err := t.CallMethod(c.sock, "getsockopt", sockConst(c.sm, "SOL_SOCKET"), sockConst(c.sm, "SO_ERROR"))
		if err != nil {
			t.CallMethod(c.sock, "close")
			return nil, err
		}
		if n, _ := r.(py.Int); n != 0 {
			t.CallMethod(c.sock, "close")
			return nil, py.NewOSError(syscall.Errno(n), nil)
		}
		return nil, py.NewException(py.StopIteration, py.NewTuple(c.stream, c.stream))
	}
	return nil, nil
}

func (c *connectOp) abort(t *py.Thread, exc error) error {
	if c.state == 1 {
		if cur := loopOf(t).cur; cur != nil {
			loopOf(t).ioOf().removeWaiter(cur)
		}
		t.CallMethod(c.sock, "close")
	}
	c.state = 2
	return exc
}

func openConnection(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var host, port, sslArg, hostname, hsTimeout, sock py.Object = py.None, py.None, py.None, py.None, py.None, py.None
	limit := defaultLimit
	if err := py.UnpackArgs(t, "open_connection", args, kw, "host?", &host, "port?", &port, "ssl?", &sslArg,
		"server_hostname?", &hostname, "limit?", &limit, "ssl_handshake_timeout?", &hsTimeout, "sock?", &sock); err != nil {
		return nil, err
	}
	hsLimit, err := handshakeTimeoutArg(t, hsTimeout, sslArg)
	if err != nil {
		return nil, err
	}
	if sock != py.None {
		return connectedStream(t, sock, host, sslArg, hostname, limit, hsLimit)
	}
	if host == py.None && port == py.None {
		return nil, py.Errorf(py.ValueError, "host and port was not specified and no sock specified")
	}
	sm, err := socketModule(t)
	if err != nil {
		return nil, err
	}
	ai, err := resolve(t, sm, host, port, false)
	if err != nil {
		return nil, err
	}
	sock, err = t.Call(sm.Get("socket"), []py.Object{ai.Items[0], ai.Items[1], ai.Items[2]}, nil)
	if err != nil {
		return nil, err
	}
	if _, err := t.CallMethod(sock, "setblocking", py.False); err != nil {
		t.CallMethod(sock, "close")
		return nil, err
	}
	if _, err := t.CallMethod(sock, "connect", ai.Items[4]); err != nil {
		if e := py.AsException(err); !e.IsInstance(py.BlockingIOError) {
			t.CallMethod(sock, "close")
			return nil, err
		}
	}
	peer := ai.Items[4]
	if pt, ok := peer.(*py.Tuple); ok && len(pt.Items) > 2 {
		peer = py.NewTuple(pt.Items[:2]...)
	}
	ctx, err := sslContextFor(t, sslArg, false)
	if err != nil {
		t.CallMethod(sock, "close")
		return nil, err
	}
	streamSock := sock
	if ctx != nil {
		if hostname == py.None || hostname == py.False {
			hostname = host
		}
		w, err := t.Call(mustAttr(t, ctx, "wrap_socket"), []py.Object{sock}, []py.Kwarg{
			{Name: "server_side", Value: py.False},
			{Name: "do_handshake_on_connect", Value: py.False},
			{Name: "server_hostname", Value: hostname},
		})
		if err != nil {
			t.CallMethod(sock, "close")
			return nil, err
		}
		setHandshakeTimeout(w, hsLimit)
		if _, err := t.CallMethod(w, "setblocking", py.False); err != nil {
			return nil, err
		}
		streamSock = w
	}
	extra := py.NewDict()
	extra.SetString("peername", peer)
	st := newStream(t, streamSock, extra, limit)
	return &connectOp{sock: sock, sm: sm, stream: st}, nil
}

// connectedStream is open_connection(sock=...): the streams over a socket
// the program has connected (TLS set up over it when ssl is given).
func connectedStream(t *py.Thread, sock, host, sslArg, hostname py.Object, limit int, hsLimit time.Duration) (py.Object, error) {
	if host != py.None {
		return nil, py.Errorf(py.ValueError, "host/port and sock can not be specified at the same time")
	}
	if _, err := t.CallMethod(sock, "setblocking", py.False); err != nil {
		return nil, err
	}
	peer, err := t.CallMethod(sock, "getpeername")
	if err != nil {
		return nil, err
	}
	ctx, err := sslContextFor(t, sslArg, false)
	if err != nil {
		return nil, err
	}
	streamSock := sock
	if ctx != nil {
		if hostname == py.None || hostname == py.False {
			return nil, py.Errorf(py.ValueError, "You must set server_hostname when using ssl without a host")
		}
		w, err := t.Call(mustAttr(t, ctx, "wrap_socket"), []py.Object{sock}, []py.Kwarg{
			{Name: "server_side", Value: py.False},
			{Name: "do_handshake_on_connect", Value: py.False},
			{Name: "server_hostname", Value: hostname},
		})
		if err != nil {
			return nil, err
		}
		setHandshakeTimeout(w, hsLimit)
		if _, err := t.CallMethod(w, "setblocking", py.False); err != nil {
			return nil, err
		}
		streamSock = w
	}
	extra := py.NewDict()
	extra.SetString("peername", peer)
	st := newStream(t, streamSock, extra, limit)
	return &done{value: py.NewTuple(st, st)}, nil
}

func mustAttr(t *py.Thread, o py.Object, name string) py.Object {
	v, err := py.GetAttrString(t, o, name)
	if err != nil {
		return py.None
	}
	return v
}

// ---- Server ----

// Server is what start_server returns.
type Server struct {
	listen py.Object
	task   *Task       // the accept task; nil until serving starts
	accept *acceptLoop // its coroutine
	closed bool
}

// startServing creates the accept task if it is not running yet.
func (s *Server) startServing(t *py.Thread) error {
	if s.task != nil || s.closed {
		return nil
	}
	tk, err := loopOf(t).newInternalTask(t, s.accept)
	if err != nil {
		return err
	}
	s.task = tk
	return nil
}

var ServerType = py.NewBuiltinType("Server", py.ObjectType, nil)

func (*Server) Type() *py.Type { return ServerType }

// acceptLoop is the coroutine of the server's accept task.
type acceptLoop struct {
	srv   *Server
	cb    py.Object
	ctx   py.Object
	limit int
	// hsLimit: ssl_handshake_timeout (0: the ssl module's default)
	hsLimit time.Duration
	state   uint8
}

func (*acceptLoop) Type() *py.Type { return AwaitableType }

func (a *acceptLoop) Next(t *py.Thread) (py.Object, error) {
	if a.state == 2 {
		return nil, nil
	}
	l := loopOf(t)
	for {
		r, err := t.CallMethod(a.srv.listen, "accept")
		if err != nil {
			e := py.AsException(err)
			if e.IsInstance(py.BlockingIOError) {
				break
			}
			if e.IsInstance(py.OSError) {
				continue // failed accepts are ignored
			}
			return nil, err
		}
		pair, ok := r.(*py.Tuple)
		if !ok || len(pair.Items) < 2 {
			continue
		}
		conn, addr := pair.Items[0], pair.Items[1]
		if a.ctx != nil {
			w, err := t.Call(mustAttr(t, a.ctx, "wrap_socket"), []py.Object{conn}, []py.Kwarg{
				{Name: "server_side", Value: py.True},
				{Name: "do_handshake_on_connect", Value: py.False},
			})
			if err != nil {
				if e := py.AsException(err); e.IsInstance(py.OSError) || e.IsInstance(py.ValueError) {
					py.PrintTraceback(t, e, t.Interp.Sys.Get("stderr"))
					t.CallMethod(conn, "close")
					continue
				}
				return nil, err
			}
			setHandshakeTimeout(w, a.hsLimit)
			conn = w
		}
		if _, err := t.CallMethod(conn, "setblocking", py.False); err != nil {
			t.CallMethod(conn, "close")
			continue
		}
		extra := py.NewDict()
		extra.SetString("peername", addr)
		st := newStream(t, conn, extra, a.limit)
		if h, ok := conn.(handshaker); ok && !h.HandshakeDone() {
			// TLS: the callback runs once the handshake is over, so it sees
			// the connection's details; a failure is raised by its first
			// read or drain (MicroPython's rule).
			if _, err := l.newInternalTask(t, &tlsAccepted{a: a, st: st}); err != nil {
				return nil, err
			}
			continue
		}
		if err := a.callback(t, st); err != nil {
			return nil, err
		}
	}
	if err := l.ioOf().queue(t, a.srv.listen, false); err != nil {
		return nil, err
	}
	a.state = 1
	return py.None, nil
}

// callback starts the server's callback on a new connection: as a task
// when it returns a coroutine (a plain function's result is ignored).
func (a *acceptLoop) callback(t *py.Thread, st *Stream) error {
	coro, err := t.Call(a.cb, []py.Object{st, st}, nil)
	if err != nil {
		return err
	}
	switch coro.(type) {
	case *py.Generator, goAwaitable:
		_, err = loopOf(t).newTask(t, coro)
	}
	return err
}

// handshakeTimer is implemented by TLS sockets: the handshake's time
// limit, set before it starts.
type handshakeTimer interface {
	SetHandshakeTimeout(d time.Duration)
}

func setHandshakeTimeout(sock py.Object, d time.Duration) {
	if h, ok := sock.(handshakeTimer); ok && d > 0 {
		h.SetHandshakeTimeout(d)
	}
}

// handshakeTimeoutArg checks ssl_handshake_timeout as CPython does: a
// positive number, and only with ssl. None (0) keeps the default (60 s).
func handshakeTimeoutArg(t *py.Thread, v, sslArg py.Object) (time.Duration, error) {
	if v == nil || v == py.None {
		return 0, nil
	}
	if sslArg == nil || sslArg == py.None || sslArg == py.False {
		return 0, py.Errorf(py.ValueError, "ssl_handshake_timeout is only meaningful with ssl")
	}
	f, err := py.ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	if !(f > 0) {
		r, _ := py.Repr(t, v)
		return 0, py.Errorf(py.ValueError, "ssl_handshake_timeout should be a positive number, got %s", r)
	}
	return time.Duration(min(f, 1e9) * float64(time.Second)), nil
}

// handshaker is implemented by TLS sockets: HandshakeDone starts the
// handshake if needed and reports whether it has finished (or failed).
type handshaker interface {
	HandshakeDone() bool
}

// tlsAccepted is the short task that waits for a TLS server handshake
// (without blocking the loop: the socket polls writable once it is over)
// and then starts the callback.
type tlsAccepted struct {
	a     *acceptLoop
	st    *Stream
	state uint8
}

func (*tlsAccepted) Type() *py.Type { return AwaitableType }

func (w *tlsAccepted) Next(t *py.Thread) (py.Object, error) {
	if w.state == 2 {
		return nil, nil
	}
	if h := w.st.sock.(handshaker); !h.HandshakeDone() && !w.st.closed {
		if err := w.st.loop.ioOf().queue(t, w.st.sock, true); err != nil {
			w.state = 2
			return nil, err
		}
		w.state = 1
		return py.None, nil
	}
	w.state = 2
	if w.st.closed {
		return nil, nil
	}
	return nil, w.a.callback(t, w.st)
}

func (w *tlsAccepted) abort(t *py.Thread, exc error) error {
	if w.state == 1 {
		if cur := w.st.loop.cur; cur != nil {
			w.st.loop.ioOf().removeWaiter(cur)
		}
	}
	w.state = 2
	w.st.close(t)
	return exc
}

func (a *acceptLoop) abort(t *py.Thread, exc error) error {
	a.state = 2
	if cur := loopOf(t).cur; cur != nil {
		loopOf(t).ioOf().removeWaiter(cur)
	}
	a.srv.closeListen(t)
	return exc
}

func reprOf(t *py.Thread, o py.Object) string {
	r, err := py.Repr(t, o)
	if err != nil {
		return "?"
	}
	return r
}

func (s *Server) closeListen(t *py.Thread) {
	if s.listen != nil {
		t.CallMethod(s.listen, "close")
	}
}

// startServer creates the listening socket and the accept task, and
// yields once so that the task is running when it returns.
type startOp struct {
	srv   *Server
	state uint8
}

func (*startOp) Type() *py.Type { return AwaitableType }

func (s *startOp) Next(t *py.Thread) (py.Object, error) {
	l := loopOf(t)
	switch s.state {
	case 0:
		cur := l.cur
		if cur == nil {
			s.state = 2
			return nil, py.NewException(py.StopIteration, s.srv)
		}
		s.state = 1
		l.pushNow(cur)
		return py.None, nil
	case 1:
		s.state = 2
		return nil, py.NewException(py.StopIteration, s.srv)
	}
	return nil, nil
}

func (s *startOp) abort(t *py.Thread, exc error) error {
	if s.state == 1 && s.srv.task != nil {
		loopOf(t).cancel(s.srv.task, nil)
	}
	s.state = 2
	return exc
}

func startServer(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var cb, host, port, sslArg, hsTimeout, given py.Object = nil, py.None, py.None, py.None, py.None, py.None
	backlog, limit := 5, defaultLimit
	var reuse, serving py.Object = py.True, py.True
	if err := py.UnpackArgs(t, "start_server", args, kw, "callback", &cb, "host?", &host, "port?", &port,
		"backlog?", &backlog, "ssl?", &sslArg, "limit?", &limit, "reuse_address?", &reuse,
		"ssl_handshake_timeout?", &hsTimeout, "start_serving?", &serving, "sock?", &given); err != nil {
		return nil, err
	}
	hsLimit, err := handshakeTimeoutArg(t, hsTimeout, sslArg)
	if err != nil {
		return nil, err
	}
	sock := given
	fail := func(err error) (py.Object, error) {
		if given == py.None {
			t.CallMethod(sock, "close")
		}
		return nil, err
	}
	if given != py.None {
		// sock=: a socket the program has bound; it listens from now on.
		if host != py.None || port != py.None {
			return nil, py.Errorf(py.ValueError, "host/port and sock can not be specified at the same time")
		}
		if _, err := t.CallMethod(sock, "setblocking", py.False); err != nil {
			return nil, err
		}
		if _, err := t.CallMethod(sock, "listen", py.Int(backlog)); err != nil {
			return nil, err
		}
	} else {
		sm, err := socketModule(t)
		if err != nil {
			return nil, err
		}
		ai, err := resolve(t, sm, host, port, true)
		if err != nil {
			return nil, err
		}
		if sock, err = t.Call(sm.Get("socket"), []py.Object{ai.Items[0], ai.Items[1], ai.Items[2]}, nil); err != nil {
			return nil, err
		}
		if _, err := t.CallMethod(sock, "setblocking", py.False); err != nil {
			return fail(err)
		}
		if _, err := t.CallMethod(sock, "setsockopt", sockConst(sm, "SOL_SOCKET"), sockConst(sm, "SO_REUSEADDR"), py.Int(1)); err != nil {
			return fail(err)
		}
		if _, err := t.CallMethod(sock, "bind", ai.Items[4]); err != nil {
			return fail(err)
		}
		if _, err := t.CallMethod(sock, "listen", py.Int(backlog)); err != nil {
			return fail(err)
		}
	}
	ctx, err := sslContextFor(t, sslArg, true)
	if err != nil {
		return fail(err)
	}
	srv := &Server{listen: sock}
	srv.accept = &acceptLoop{srv: srv, cb: cb, ctx: ctx, limit: limit, hsLimit: hsLimit}
	if start, err := py.Truth(t, serving); err != nil {
		return fail(err)
	} else if !start {
		return &done{value: srv}, nil
	}
	if err := srv.startServing(t); err != nil {
		return fail(err)
	}
	return &startOp{srv: srv}, nil
}

// serverWait is Server.wait_closed(): await the accept task, without
// the CancelledError of its closing.
type serverWait struct {
	srv   *Server
	state uint8
}

func (*serverWait) Type() *py.Type { return AwaitableType }

func (w *serverWait) Next(t *py.Thread) (py.Object, error) {
	tk := w.srv.task
	if tk == nil {
		// Never served: closing just closes the listening socket.
		w.state = 2
		return nil, nil
	}
	if tk.done {
		w.state = 2
		tk.retrieved = true
		if tk.exc != nil && tk.exc.IsInstance(CancelledError) && !w.srv.closed {
			// Not closed by close(): the cancellation of a waiting task was
			// forwarded to the accept task; the waiter gets it.
			w.srv.closed = true
			return nil, tk.exc
		}
		if tk.exc != nil && !tk.exc.IsInstance(CancelledError) {
			return nil, tk.exc
		}
		return nil, nil
	}
	if w.state == 0 {
		l := loopOf(t)
		cur := l.cur
		if cur == nil {
			return nil, py.Errorf(py.RuntimeError, "no running event loop")
		}
		tk.waiters = append(tk.waiters, cur)
		cur.awaitTask = tk
		w.state = 1
		return py.None, nil
	}
	w.state = 2
	return nil, nil
}

func (w *serverWait) abort(t *py.Thread, exc error) error {
	if cur := loopOf(t).cur; cur != nil && w.srv.task != nil {
		w.srv.task.removeAwaiter(cur)
	}
	w.state = 2
	return exc
}

func init() {
	ServerType.Module = "asyncio"
	srvMethod := func(name string, fn func(t *py.Thread, s *Server, args []py.Object) (py.Object, error)) {
		ServerType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			s, ok := args[0].(*Server)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a Server")
			}
			return fn(t, s, args[1:])
		})
	}
	closeFn := func(t *py.Thread, s *Server) {
		if s.closed {
			return
		}
		s.closed = true
		if s.task == nil {
			s.closeListen(t)
		} else if !s.task.done {
			loopOf(t).cancel(s.task, nil)
		}
	}
	srvMethod("close", func(t *py.Thread, s *Server, args []py.Object) (py.Object, error) {
		closeFn(t, s)
		return py.None, nil
	})
	srvMethod("wait_closed", func(t *py.Thread, s *Server, args []py.Object) (py.Object, error) {
		return &serverWait{srv: s}, nil
	})
	srvMethod("serve_forever", func(t *py.Thread, s *Server, args []py.Object) (py.Object, error) {
		if s.closed {
			return nil, py.Errorf(py.RuntimeError, "server %s is closed", reprOf(t, s))
		}
		if err := s.startServing(t); err != nil {
			return nil, err
		}
		return &serverWait{srv: s}, nil
	})
	srvMethod("start_serving", func(t *py.Thread, s *Server, args []py.Object) (py.Object, error) {
		if err := s.startServing(t); err != nil {
			return nil, err
		}
		return &startOp{srv: s}, nil
	})
	srvMethod("is_serving", func(t *py.Thread, s *Server, args []py.Object) (py.Object, error) {
		return py.NewBool(!s.closed && s.task != nil && !s.task.done), nil
	})
	srvMethod("get_loop", func(t *py.Thread, s *Server, args []py.Object) (py.Object, error) {
		return loopObject(t), nil
	})
	srvMethod("__aenter__", func(t *py.Thread, s *Server, args []py.Object) (py.Object, error) {
		return &done{value: s}, nil
	})
	srvMethod("__aexit__", func(t *py.Thread, s *Server, args []py.Object) (py.Object, error) {
		closeFn(t, s)
		return &serverWait{srv: s}, nil
	})
	ServerType.AddGetSet("sockets", func(t *py.Thread, self py.Object) (py.Object, error) {
		s := self.(*Server)
		if s.closed {
			return py.NewList(), nil
		}
		return py.NewList(s.listen), nil
	}, nil)
}
