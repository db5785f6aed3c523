package asyncio

import (
	"bytes"

	"upy/py"
)

// Stream is asyncio's TCP stream (also exported as StreamReader and
// StreamWriter: one object is both, as in MicroPython). It keeps its own
// read buffer so line and exact reads do not cost a system call per byte,
// and an output buffer that drain() empties.
type Stream struct {
	sock   py.Object
	extra  *py.Dict
	rbuf   []byte
	eof    bool
	obuf   []byte
	closed bool
	limit  int
}

// defaultLimit bounds readline (CPython's default): longer lines raise
// ValueError instead of growing memory without end.
const defaultLimit = 64 << 10

var StreamType = py.NewBuiltinType("Stream", py.ObjectType, nil)

func (*Stream) Type() *py.Type { return StreamType }

func newStream(sock py.Object, extra *py.Dict, limit int) *Stream {
	if extra == nil {
		extra = py.NewDict()
	}
	if limit <= 0 {
		limit = defaultLimit
	}
	return &Stream{sock: sock, extra: extra, limit: limit}
}

// fill reads what the socket has without blocking. It returns false when
// nothing could be read (the caller waits for readability).
func (s *Stream) fill(t *py.Thread, max int) (bool, error) {
	if s.eof {
		return true, nil
	}
	r, err := t.CallMethod(s.sock, "read", py.Int(max))
	if err != nil {
		return false, err
	}
	if r == py.None {
		return false, nil
	}
	b, ok := py.AsBytes(r)
	if !ok {
		return false, py.Errorf(py.TypeError, "stream read() returned %s", py.TypeName(r))
	}
	if len(b) == 0 {
		s.eof = true
		return true, nil
	}
	s.rbuf = append(s.rbuf, b...)
	return true, nil
}

func (s *Stream) take(n int) []byte {
	if n > len(s.rbuf) {
		n = len(s.rbuf)
	}
	out := append([]byte(nil), s.rbuf[:n]...)
	s.rbuf = s.rbuf[n:]
	if len(s.rbuf) == 0 {
		s.rbuf = nil
	}
	return out
}

// flush writes the output buffer without blocking; done reports an empty buffer.
func (s *Stream) flush(t *py.Thread) (bool, error) {
	for len(s.obuf) > 0 {
		r, err := t.CallMethod(s.sock, "write", py.NewBytes(s.obuf))
		if err != nil {
			return false, err
		}
		if r == py.None {
			return false, nil
		}
		n, err := py.IndexInt(t, r)
		if err != nil {
			return false, err
		}
		if n <= 0 {
			return false, nil
		}
		s.obuf = s.obuf[n:]
	}
	s.obuf = nil
	return true, nil
}

func (s *Stream) closedError() error { return py.NewOSError(9, nil) }

// streamOp is the awaitable of every Stream coroutine method. step tries
// to complete without blocking; when it cannot, the task waits for the
// socket. A result obtained without waiting still yields once, so a task
// reading a fast stream cannot starve the others (MicroPython always yields).
type streamOp struct {
	s      *Stream
	step   func(t *py.Thread) (result py.Object, done bool, err error)
	write  bool // waits for writability instead of readability
	result py.Object
	waited bool
	state  uint8 // 0 running, 1 yielded with a result, 2 finished
}

func (*streamOp) Type() *py.Type { return AwaitableType }

func (op *streamOp) Next(t *py.Thread) (py.Object, error) {
	l := loopOf(t)
	switch op.state {
	case 1:
		op.state = 2
		return nil, stopIteration(op.result)
	case 2:
		return nil, nil
	}
	if op.s.closed {
		op.state = 2
		return nil, op.s.closedError()
	}
	r, done, err := op.step(t)
	if err != nil {
		op.state = 2
		return nil, err
	}
	if done {
		if op.waited {
			op.state = 2
			return nil, stopIteration(r)
		}
		cur := l.cur
		if cur == nil {
			op.state = 2
			return nil, stopIteration(r)
		}
		op.result = r
		op.state = 1
		l.pushNow(cur)
		return py.None, nil
	}
	if err := l.ioOf().queue(t, op.s.sock, op.write); err != nil {
		op.state = 2
		return nil, err
	}
	op.waited = true
	return py.None, nil
}

func (op *streamOp) abort(t *py.Thread, exc error) error {
	if op.state == 0 {
		if cur := loopOf(t).cur; cur != nil {
			loopOf(t).ioOf().removeWaiter(cur)
		}
	}
	op.state = 2
	return exc
}

func (s *Stream) op(write bool, step func(t *py.Thread) (py.Object, bool, error)) *streamOp {
	return &streamOp{s: s, step: step, write: write}
}

func (s *Stream) readOp(n int) *streamOp {
	return s.op(false, func(t *py.Thread) (py.Object, bool, error) {
		if n == 0 {
			return py.NewBytes(nil), true, nil
		}
		if n > 0 {
			if len(s.rbuf) == 0 {
				ok, err := s.fill(t, max(n, 4096))
				if err != nil || !ok {
					return nil, false, err
				}
			}
			return py.NewBytes(s.take(n)), true, nil
		}
		for !s.eof {
			ok, err := s.fill(t, 65536)
			if err != nil || !ok {
				return nil, false, err
			}
		}
		return py.NewBytes(s.take(len(s.rbuf))), true, nil
	})
}

func (s *Stream) readExactlyOp(n int) *streamOp {
	return s.op(false, func(t *py.Thread) (py.Object, bool, error) {
		for len(s.rbuf) < n {
			if s.eof {
				s.rbuf = nil
				return nil, false, py.NewException(py.EOFError)
			}
			ok, err := s.fill(t, max(n-len(s.rbuf), 4096))
			if err != nil || !ok {
				return nil, false, err
			}
		}
		return py.NewBytes(s.take(n)), true, nil
	})
}

func (s *Stream) readLineOp() *streamOp {
	scanned := 0
	return s.op(false, func(t *py.Thread) (py.Object, bool, error) {
		for {
			if i := bytes.IndexByte(s.rbuf[scanned:], '\n'); i >= 0 {
				end := scanned + i + 1
				if end > s.limit {
					s.take(end)
					return nil, false, py.Errorf(py.ValueError, "Separator is found, but chunk is longer than limit")
				}
				return py.NewBytes(s.take(end)), true, nil
			}
			scanned = len(s.rbuf)
			if len(s.rbuf) > s.limit {
				s.rbuf = nil
				return nil, false, py.Errorf(py.ValueError, "Separator is not found, and chunk exceed the limit")
			}
			if s.eof {
				return py.NewBytes(s.take(len(s.rbuf))), true, nil
			}
			ok, err := s.fill(t, 4096)
			if err != nil || !ok {
				return nil, false, err
			}
		}
	})
}

func (s *Stream) readIntoOp(buf []byte) *streamOp {
	return s.op(false, func(t *py.Thread) (py.Object, bool, error) {
		if len(buf) == 0 {
			return py.Int(0), true, nil
		}
		if len(s.rbuf) == 0 {
			ok, err := s.fill(t, max(len(buf), 4096))
			if err != nil || !ok {
				return nil, false, err
			}
		}
		n := copy(buf, s.rbuf)
		s.take(n)
		return py.Int(n), true, nil
	})
}

func (s *Stream) drainOp() *streamOp {
	return s.op(true, func(t *py.Thread) (py.Object, bool, error) {
		done, err := s.flush(t)
		return py.None, done, err
	})
}

// write implements Stream.write: try to send at once, buffer the rest.
func (s *Stream) write(t *py.Thread, data []byte) error {
	if s.closed {
		return s.closedError()
	}
	if len(s.obuf) == 0 {
		r, err := t.CallMethod(s.sock, "write", py.NewBytes(data))
		if err != nil {
			return err
		}
		if r != py.None {
			n, err := py.IndexInt(t, r)
			if err != nil {
				return err
			}
			if n >= len(data) {
				return nil
			}
			if n > 0 {
				data = data[n:]
			}
		}
	}
	s.obuf = append(s.obuf, data...)
	return nil
}

func (s *Stream) close(t *py.Thread) error {
	if s.closed {
		return nil
	}
	s.closed = true
	s.rbuf, s.obuf = nil, nil
	l := loopOf(t)
	if q, ok := l.io.(*ioQueue); ok {
		if e := q.entries[s.sock]; e != nil {
			// Wake the waiters: they get the "closed" error.
			for _, w := range []*Task{e.reader, e.writer} {
				if w != nil {
					w.waitOn = nil
					l.pushNow(w)
				}
			}
			q.drop(e)
			q.compact()
		}
	}
	_, err := t.CallMethod(s.sock, "close")
	return err
}

func asStream(o py.Object) (*Stream, error) {
	if s, ok := o.(*Stream); ok {
		return s, nil
	}
	return nil, py.Errorf(py.TypeError, "expected a Stream, not %s", py.TypeName(o))
}

func bytesArg(o py.Object) ([]byte, error) {
	if b, ok := py.AsBytes(o); ok {
		return b, nil
	}
	if s, ok := o.(*py.Str); ok {
		return []byte(s.S), nil // MicroPython accepts str
	}
	return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

func init() {
	StreamType.Module = "asyncio"
	sm := func(name string, fn func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		StreamType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			s, err := asStream(args[0])
			if err != nil {
				return nil, err
			}
			return fn(t, s, args[1:], kw)
		})
	}
	sm("get_extra_info", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var name string
		var dflt py.Object = py.None
		if err := py.UnpackArgs(t, "get_extra_info", args, kw, "name", &name, "default?", &dflt); err != nil {
			return nil, err
		}
		if v := s.extra.GetString(name); v != nil {
			return v, nil
		}
		switch name {
		case "socket":
			return s.sock, nil
		case "peername", "sockname":
			method := "getpeername"
			if name == "sockname" {
				method = "getsockname"
			}
			if r, err := t.CallMethod(s.sock, method); err == nil {
				return r, nil
			}
		case "ssl_object":
			if s.sock.Type().Name == "SSLSocket" {
				return s.sock, nil
			}
		case "peercert":
			if s.sock.Type().Name == "SSLSocket" {
				return t.CallMethod(s.sock, "getpeercert")
			}
		}
		return dflt, nil
	})
	sm("read", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n := -1
		if err := py.UnpackArgs(t, "read", args, kw, "n?", &n); err != nil {
			return nil, err
		}
		return s.readOp(n), nil
	})
	sm("readexactly", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var n int
		if err := py.UnpackArgs(t, "readexactly", args, kw, "n", &n); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueError, "readexactly size can not be less than zero")
		}
		if n == 0 {
			return &done{value: py.NewBytes(nil)}, nil
		}
		return s.readExactlyOp(n), nil
	})
	sm("readline", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("readline", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return s.readLineOp(), nil
	})
	sm("readinto", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "readinto() takes exactly one argument (%d given)", len(args))
		}
		buf, ok := py.WritableBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "readinto() argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
		}
		return s.readIntoOp(buf), nil
	})
	sm("write", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "write() takes exactly one argument (%d given)", len(args))
		}
		b, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.None, s.write(t, b)
	})
	sm("writelines", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "writelines() takes exactly one argument")
		}
		return py.None, py.Iterate(t, args[0], func(x py.Object) (bool, error) {
			b, err := bytesArg(x)
			if err != nil {
				return false, err
			}
			return true, s.write(t, b)
		})
	})
	sm("drain", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return s.drainOp(), nil
	})
	awrite := func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var buf py.Object
		off, sz := 0, -1
		if err := py.UnpackArgs(t, "awrite", args, kw, "buf", &buf, "off?", &off, "sz?", &sz); err != nil {
			return nil, err
		}
		b, err := bytesArg(buf)
		if err != nil {
			return nil, err
		}
		if off < 0 || off > len(b) {
			off = len(b)
		}
		b = b[off:]
		if sz >= 0 && sz < len(b) {
			b = b[:sz]
		}
		if err := s.write(t, b); err != nil {
			return nil, err
		}
		return s.drainOp(), nil
	}
	sm("awrite", awrite)
	sm("awritestr", awrite)
	sm("close", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, s.close(t)
	})
	sm("is_closing", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewBool(s.closed), nil
	})
	waitClosed := func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := s.close(t); err != nil {
			return nil, err
		}
		return &done{value: py.None}, nil
	}
	sm("wait_closed", waitClosed)
	sm("aclose", waitClosed)
	sm("__aenter__", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return &done{value: s}, nil
	})
	sm("__aexit__", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := s.close(t); err != nil {
			return nil, err
		}
		return &done{value: py.False}, nil
	})
	sm("__repr__", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewStr("<Stream>"), nil
	})
}
