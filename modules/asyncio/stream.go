package asyncio

import (
	"bytes"
	"strings"
	"unsafe"

	"upy/internal/gctune"
	"upy/py"
)

// Stream is asyncio's TCP stream (also exported as StreamReader and
// StreamWriter: one object is both, as in MicroPython).
//
// Sockets of the socket and ssl modules are driven from Go through
// rawIO; any other stream object through its Python read/write methods.
// Reads go to the loop's scratch buffer first, so an idle stream keeps no
// buffer: only data read ahead of a line or exact read stays in rbuf.
type Stream struct {
	sock   py.Object
	raw    rawIO // nil: use the Python methods of sock
	loop   *Loop
	extra  *py.Dict
	rbuf   []byte // unread data is rbuf[roff:]
	roff   int
	eof    bool
	obuf   []byte
	closed bool
	limit  int
	// eofOut: write_eof() was called; the write side is shut down once
	// obuf is sent (shut records that it was).
	eofOut, shut bool

	// A StreamReader made by the program (sock is nil) is fed with
	// feed_data/feed_eof; a reader waiting for data is feedWaiter. fedErr
	// is set_exception's exception, raised by the next read.
	feedWaiter *Task
	fedErr     *py.Exception

	// readline after an over-long line discards the rest of that line
	// (skipping), raising again for every limit bytes thrown away.
	skipping bool
	skipped  int
}

// fed reports a stream fed by the program rather than read from a socket.
func (s *Stream) fed() bool { return s.sock == nil }

// removeWaiter takes a cancelled reader out of a fed stream's wait.
func (s *Stream) removeWaiter(tk *Task) {
	if s.feedWaiter == tk {
		s.feedWaiter = nil
	}
}

// wakeFed wakes the task waiting for data on a fed stream.
func (s *Stream) wakeFed() {
	if w := s.feedWaiter; w != nil {
		s.feedWaiter = nil
		w.waitOn = nil
		s.loop.pushNow(w)
	}
}

// rawIO is implemented by socket.socket and ssl.SSLSocket: reads and
// writes that never wait, whatever the socket's mode. again reports that
// nothing could be transferred now; a read of 0 bytes without again is
// the end of the stream.
type rawIO interface {
	TryRead(buf []byte) (n int, again bool, err error)
	TryWrite(data []byte) (n int, again bool, err error)
}

// ownedWriter is implemented by streams that queue written data (TLS):
// TryWriteOwned may keep data without copying it (it never changes).
type ownedWriter interface {
	TryWriteOwned(data []byte) (n int, again bool, err error)
}

// writeReadier is implemented by streams with their own output stage
// (TLS): drain also waits until it can take more data (for TLS, after the
// handshake, so its errors are raised by drain).
type writeReadier interface {
	WriteReady() (bool, error)
}

// defaultLimit bounds readline (CPython's default): longer lines raise
// ValueError instead of growing memory without end.
const defaultLimit = 64 << 10

// scratchSize is the size of the loop's read buffer: the most one read
// call takes from the kernel.
const scratchSize = 256 << 10

// keepBuffer is the largest buffer a stream keeps once it is empty.
const keepBuffer = 16 << 10

var StreamType = py.NewBuiltinType("Stream", py.ObjectType, nil)

func (*Stream) Type() *py.Type { return StreamType }

func newStream(t *py.Thread, sock py.Object, extra *py.Dict, limit int) *Stream {
	if extra == nil {
		extra = py.NewDict()
	}
	if limit <= 0 {
		limit = defaultLimit
	}
	s := &Stream{sock: sock, loop: loopOf(t), extra: extra, limit: limit}
	if r, ok := sock.(rawIO); ok {
		s.raw = r
	}
	return s
}

// scratch returns the loop's shared read buffer (the GIL serialises its
// users; its contents never outlive one call).
func (s *Stream) scratch() []byte {
	q := s.loop.ioOf()
	if q.scratch == nil {
		q.scratch = make([]byte, scratchSize)
	}
	return q.scratch
}

func (s *Stream) buffered() int { return len(s.rbuf) - s.roff }

// readRaw reads what is available now, at most max bytes. ok is false when
// nothing is (the caller waits for readability); an empty result with ok
// is the end of the stream. The result is only valid until the next read.
func (s *Stream) readRaw(t *py.Thread, max int) (data []byte, ok bool, err error) {
	if s.raw != nil {
		buf := s.scratch()
		if max > 0 && max < len(buf) {
			buf = buf[:max]
		}
		n, again, err := s.raw.TryRead(buf)
		if err != nil || again {
			return nil, false, err
		}
		return buf[:n], true, nil
	}
	if s.fed() {
		return nil, false, nil // only feed_data brings data
	}
	if max <= 0 {
		max = 65536
	}
	r, err := t.CallMethod(s.sock, "read", py.Int(max))
	if err != nil {
		return nil, false, err
	}
	if r == py.None {
		return nil, false, nil
	}
	b, ok := py.AsBytes(r)
	if !ok {
		return nil, false, py.Errorf(py.TypeError, "stream read() returned %s", py.TypeName(r))
	}
	return b, true, nil
}

// bigRead is the size from which read(n) reads into a buffer of its own
// that becomes the result (saving a copy) when the read fills most of it.
const bigRead = 16 << 10

// readOwned is readRaw returning a slice the caller owns.
func (s *Stream) readOwned(t *py.Thread, n int) ([]byte, bool, error) {
	if s.raw == nil || n < bigRead {
		data, ok, err := s.readRaw(t, n)
		if err != nil || !ok {
			return nil, ok, err
		}
		return append([]byte(nil), data...), true, nil
	}
	n = min(n, scratchSize)
	q := s.loop.ioOf()
	buf := q.spare
	if cap(buf) < n {
		buf = uninitialized(n)
		gctune.NoteBuffer(n)
	}
	buf = buf[:n]
	k, again, err := s.raw.TryRead(buf)
	if err != nil || again {
		q.spare = buf
		return nil, false, err
	}
	if k >= n/2 {
		q.spare = nil
		return buf[:k:k], true, nil
	}
	// A short read: copy it out and keep the buffer for the next one.
	q.spare = buf
	return append([]byte(nil), buf[:k]...), true, nil
}

// uninitialized returns a byte slice of length n whose memory is not
// cleared first: for a read buffer, clearing 64 KiB that the kernel then
// overwrites costs a tenth of a large echo. strings.Builder grows without
// clearing; its buffer (at least n bytes, pointer-free) is taken over
// here, and kept alive by the returned slice. Callers must expose only
// what they have written.
func uninitialized(n int) []byte {
	var b strings.Builder
	b.Grow(n)
	b.WriteByte(0)
	s := b.String()
	return unsafe.Slice(unsafe.StringData(s), n)
}

// fill appends what the socket has to the read buffer. It returns false
// when nothing could be read (the caller waits for readability).
func (s *Stream) fill(t *py.Thread, max int) (bool, error) {
	if s.eof {
		return true, nil
	}
	data, ok, err := s.readRaw(t, max)
	if err != nil || !ok {
		return false, err
	}
	if len(data) == 0 {
		s.eof = true
		return true, nil
	}
	if s.roff > 0 && s.roff == len(s.rbuf) {
		s.rbuf, s.roff = s.rbuf[:0], 0
	}
	if s.roff > 0 && len(s.rbuf)+len(data) > cap(s.rbuf) {
		// Move the unread part to the front before growing.
		n := copy(s.rbuf, s.rbuf[s.roff:])
		s.rbuf, s.roff = s.rbuf[:n], 0
	}
	s.rbuf = append(s.rbuf, data...)
	return true, nil
}

// take removes n buffered bytes (at most what there is) into a new slice.
func (s *Stream) take(n int) []byte {
	if n > s.buffered() {
		n = s.buffered()
	}
	out := make([]byte, n)
	copy(out, s.rbuf[s.roff:])
	s.discard(n)
	return out
}

// discard drops n buffered bytes.
func (s *Stream) discard(n int) {
	s.roff += n
	if s.roff >= len(s.rbuf) {
		s.roff = 0
		if cap(s.rbuf) > keepBuffer {
			s.rbuf = nil
		} else {
			s.rbuf = s.rbuf[:0]
		}
	}
}

// writeRaw writes without waiting; n < 0 means nothing could be written.
func (s *Stream) writeRaw(t *py.Thread, data []byte) (int, error) {
	if s.raw != nil {
		n, again, err := s.raw.TryWrite(data)
		if err != nil {
			return 0, err
		}
		if again {
			return -1, nil
		}
		return n, nil
	}
	r, err := t.CallMethod(s.sock, "write", py.NewBytes(data))
	if err != nil {
		return 0, err
	}
	if r == py.None {
		return -1, nil
	}
	return py.IndexInt(t, r)
}

// flush writes the output buffer without blocking; done reports an empty
// buffer (and, for TLS, a connection ready for more).
func (s *Stream) flush(t *py.Thread) (bool, error) {
	for len(s.obuf) > 0 {
		n, err := s.writeRaw(t, s.obuf)
		if err != nil {
			return false, err
		}
		if n <= 0 {
			return false, nil
		}
		s.obuf = s.obuf[n:]
	}
	s.obuf = nil
	if s.eofOut && !s.shut {
		s.shut = true
		if _, err := t.CallMethod(s.sock, "shutdown", py.Int(1)); err != nil { // SHUT_WR
			return false, err
		}
	}
	if w, ok := s.sock.(writeReadier); ok {
		return w.WriteReady()
	}
	return true, nil
}

func (s *Stream) closedError() error { return py.NewOSError(9, nil) }

// streamOp is the awaitable of every Stream coroutine method. step tries
// to complete without blocking; when it cannot, the task waits for the
// socket. A result obtained without waiting still yields once, so a task
// reading a fast stream cannot starve the others (MicroPython always yields).
type streamOp struct {
	s      *Stream
	kind   uint8 // opRead ...
	n      int
	buf    []byte
	result py.Object
	waited bool
	state  uint8 // 0 running, 1 yielded with a result, 2 finished
}

const (
	opRead = iota
	opReadExactly
	opReadLine
	opReadInto
	opDrain
	opReadUntil
	opNextLine // readline for async for: StopAsyncIteration at the end
)

func (*streamOp) Type() *py.Type { return AwaitableType }

func (op *streamOp) step(t *py.Thread) (py.Object, bool, error) {
	s := op.s
	switch op.kind {
	case opRead:
		return s.readStep(t, op.n)
	case opReadExactly:
		return s.readExactlyStep(t, op.n)
	case opReadLine:
		return s.readLineStep(t, &op.n)
	case opReadInto:
		return s.readIntoStep(t, op.buf)
	case opReadUntil:
		return s.readUntilStep(t, op.buf, &op.n)
	case opNextLine:
		r, done, err := s.readLineStep(t, &op.n)
		if done && err == nil {
			if b, ok := r.(*py.Bytes); ok && len(b.B) == 0 {
				return nil, false, py.NewException(py.StopAsyncIteration)
			}
		}
		return r, done, err
	}
	done, err := s.flush(t)
	return py.None, done, err
}

func (op *streamOp) Next(t *py.Thread) (py.Object, error) {
	l := op.s.loop
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
	if e := op.s.fedErr; e != nil {
		op.state = 2
		return nil, e
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
	if op.s.fed() {
		cur := l.cur
		if cur == nil {
			op.state = 2
			return nil, py.Errorf(py.RuntimeError, "no running event loop")
		}
		if op.s.feedWaiter != nil && op.s.feedWaiter != cur {
			op.state = 2
			return nil, py.Errorf(py.RuntimeError, "%s() called while another coroutine is already waiting for incoming data", opName[op.kind])
		}
		op.s.feedWaiter = cur
		cur.waitOn = op.s
		op.waited = true
		return py.None, nil
	}
	if err := l.ioOf().queue(t, op.s.sock, op.kind == opDrain); err != nil {
		op.state = 2
		return nil, err
	}
	op.waited = true
	return py.None, nil
}

var opName = [...]string{opRead: "read", opReadExactly: "readexactly", opReadLine: "readline",
	opReadInto: "readinto", opDrain: "drain", opReadUntil: "readuntil", opNextLine: "__anext__"}

func (op *streamOp) abort(t *py.Thread, exc error) error {
	if op.state == 0 && op.waited {
		if cur := op.s.loop.cur; cur != nil {
			if op.s.fed() {
				op.s.removeWaiter(cur)
				cur.waitOn = nil
			} else {
				op.s.loop.ioOf().removeWaiter(cur)
			}
		}
	}
	op.state = 2
	return exc
}

func (s *Stream) op(kind uint8, n int, buf []byte) *streamOp {
	return &streamOp{s: s, kind: kind, n: n, buf: buf}
}

func (s *Stream) readStep(t *py.Thread, n int) (py.Object, bool, error) {
	if n == 0 {
		return py.NewBytes(nil), true, nil
	}
	if n > 0 {
		if s.buffered() > 0 {
			return py.NewBytes(s.take(n)), true, nil
		}
		if s.eof {
			return py.NewBytes(nil), true, nil
		}
		data, ok, err := s.readOwned(t, n)
		if err != nil || !ok {
			return nil, false, err
		}
		if len(data) == 0 {
			s.eof = true
		}
		return py.NewBytes(data), true, nil
	}
	for !s.eof {
		ok, err := s.fill(t, 0)
		if err != nil || !ok {
			return nil, false, err
		}
	}
	return py.NewBytes(s.take(s.buffered())), true, nil
}

func (s *Stream) readExactlyStep(t *py.Thread, n int) (py.Object, bool, error) {
	for s.buffered() < n {
		if s.eof {
			partial := s.take(s.buffered())
			return nil, false, extException(t, "IncompleteReadError", py.NewBytes(partial), py.Int(n))
		}
		if s.buffered() == 0 {
			// Read straight into the result when nothing is buffered.
			data, ok, err := s.readRaw(t, n)
			if err != nil || !ok {
				return nil, false, err
			}
			if len(data) == n {
				return py.NewBytes(append([]byte(nil), data...)), true, nil
			}
			if len(data) == 0 {
				s.eof = true
				continue
			}
			s.rbuf = append(s.rbuf[:0], data...)
			s.roff = 0
			continue
		}
		ok, err := s.fill(t, n-s.buffered())
		if err != nil || !ok {
			return nil, false, err
		}
	}
	return py.NewBytes(s.take(n)), true, nil
}

// readUntilStep is CPython's StreamReader.readuntil: the data up to and
// including sep. A separator beyond the limit raises LimitOverrunError and
// leaves the data buffered; EOF first raises IncompleteReadError with what
// was left. offset is where the search resumes after more data came.
func (s *Stream) readUntilStep(t *py.Thread, sep []byte, offset *int) (py.Object, bool, error) {
	for {
		buf := s.rbuf[s.roff:]
		if len(buf)-*offset >= len(sep) {
			if i := bytes.Index(buf[*offset:], sep); i >= 0 {
				isep := *offset + i
				if isep > s.limit {
					return nil, false, extException(t, "LimitOverrunError", py.NewStr(errLineFound), py.Int(isep))
				}
				return py.NewBytes(s.take(isep + len(sep))), true, nil
			}
			*offset = len(buf) + 1 - len(sep)
			if *offset > s.limit {
				return nil, false, extException(t, "LimitOverrunError", py.NewStr(errLineNotFound), py.Int(*offset))
			}
		}
		if s.eof {
			return nil, false, extException(t, "IncompleteReadError", py.NewBytes(s.take(len(buf))), py.None)
		}
		ok, err := s.fill(t, 0)
		if err != nil || !ok {
			return nil, false, err
		}
	}
}

const (
	errLineFound    = "Separator is found, but chunk is longer than limit"
	errLineNotFound = "Separator is not found, and chunk exceed the limit"
)

// readLineStep returns the next line; lines longer than the limit raise
// ValueError and are discarded up to their newline, so a peer sending an
// endless line cannot grow the buffer.
func (s *Stream) readLineStep(t *py.Thread, scanned *int) (py.Object, bool, error) {
	for {
		buf := s.rbuf[s.roff:]
		if s.skipping && len(buf) == 0 && !s.eof {
			// Scan the discarded data where it was read, never buffering it.
			data, ok, err := s.readRaw(t, 0)
			if err != nil || !ok {
				return nil, false, err
			}
			if len(data) == 0 {
				s.eof = true
				continue
			}
			if i := bytes.IndexByte(data, '\n'); i >= 0 {
				s.rbuf = append(s.rbuf[:0], data[i+1:]...)
				s.roff = 0
				s.skipping, s.skipped = false, 0
				*scanned = 0
				continue
			}
			s.skipped += len(data)
			if s.skipped > s.limit {
				s.skipped = 0
				return nil, false, py.Errorf(py.ValueError, errLineNotFound)
			}
			continue
		}
		if s.skipping {
			if i := bytes.IndexByte(buf, '\n'); i >= 0 {
				s.discard(i + 1)
				s.skipping, s.skipped = false, 0
				*scanned = 0
				continue
			}
			s.skipped += len(buf)
			s.discard(len(buf))
			if s.skipped > s.limit {
				s.skipped = 0
				return nil, false, py.Errorf(py.ValueError, errLineNotFound)
			}
			if s.eof {
				s.skipping = false
				return py.NewBytes(nil), true, nil
			}
			ok, err := s.fill(t, 0)
			if err != nil || !ok {
				return nil, false, err
			}
			continue
		}
		if i := bytes.IndexByte(buf[*scanned:], '\n'); i >= 0 {
			end := *scanned + i + 1
			if end > s.limit {
				s.discard(end)
				return nil, false, py.Errorf(py.ValueError, errLineFound)
			}
			return py.NewBytes(s.take(end)), true, nil
		}
		*scanned = len(buf)
		if len(buf) > s.limit {
			s.discard(len(buf))
			*scanned = 0
			s.skipping, s.skipped = true, 0
			return nil, false, py.Errorf(py.ValueError, errLineNotFound)
		}
		if s.eof {
			return py.NewBytes(s.take(len(buf))), true, nil
		}
		ok, err := s.fill(t, 0)
		if err != nil || !ok {
			return nil, false, err
		}
	}
}

func (s *Stream) readIntoStep(t *py.Thread, buf []byte) (py.Object, bool, error) {
	if len(buf) == 0 {
		return py.Int(0), true, nil
	}
	if s.buffered() > 0 {
		n := copy(buf, s.rbuf[s.roff:])
		s.discard(n)
		return py.Int(n), true, nil
	}
	if s.eof {
		return py.Int(0), true, nil
	}
	if s.raw != nil {
		n, again, err := s.raw.TryRead(buf)
		if err != nil || again {
			return nil, false, err
		}
		if n == 0 {
			s.eof = true
		}
		return py.Int(n), true, nil
	}
	data, ok, err := s.readRaw(t, len(buf))
	if err != nil || !ok {
		return nil, false, err
	}
	if len(data) == 0 {
		s.eof = true
	}
	return py.Int(copy(buf, data)), true, nil
}

// write implements Stream.write: try to send at once, buffer the rest.
// immutable says that data is the contents of a bytes object.
func (s *Stream) write(t *py.Thread, data []byte, immutable bool) error {
	if s.fed() {
		return py.Errorf(py.AttributeError, "'StreamReader' object has no attribute 'write'")
	}
	if s.closed {
		return s.closedError()
	}
	if len(s.obuf) == 0 && len(data) > 0 {
		var n int
		var err error
		if ow, ok := s.raw.(ownedWriter); ok && immutable {
			var again bool
			n, again, err = ow.TryWriteOwned(data)
			if again {
				n = -1
			}
		} else {
			n, err = s.writeRaw(t, data)
		}
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
	s.obuf = append(s.obuf, data...)
	return nil
}

func (s *Stream) close(t *py.Thread) error {
	if s.closed {
		return nil
	}
	s.closed = true
	s.rbuf, s.obuf = nil, nil
	if s.fed() {
		s.wakeFed()
		return nil
	}
	l := s.loop
	if q, ok := l.io.(*ioQueue); ok {
		// Wake the waiters: they get the "closed" error.
		for _, w := range q.closing(s.sock) {
			w.waitOn = nil
			l.pushNow(w)
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
	// StreamReader(limit=...) made by the program: fed with feed_data.
	StreamType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		limit := defaultLimit
		var loop py.Object
		if err := py.UnpackArgs(t, "StreamReader", args, kw, "limit?", &limit, "loop?", &loop); err != nil {
			return nil, err
		}
		if limit <= 0 {
			return nil, py.Errorf(py.ValueError, "Limit cannot be <= 0")
		}
		return newStream(t, nil, nil, limit), nil
	}
	defer py.InstallNew(StreamType)
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
		if s.fed() {
			return dflt, nil
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
		case "cipher":
			if s.sock.Type().Name == "SSLSocket" {
				return t.CallMethod(s.sock, "cipher")
			}
		case "sslcontext":
			if s.sock.Type().Name == "SSLSocket" {
				return py.GetAttrString(t, s.sock, "context")
			}
		}
		return dflt, nil
	})
	sm("read", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n := -1
		if len(args) == 1 && len(kw) == 0 {
			if v, ok := args[0].(py.Int); ok {
				n = int(v)
			} else if err := py.UnpackArgs(t, "read", args, kw, "n?", &n); err != nil {
				return nil, err
			}
		} else if err := py.UnpackArgs(t, "read", args, kw, "n?", &n); err != nil {
			return nil, err
		}
		return s.op(opRead, n, nil), nil
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
		return s.op(opReadExactly, n, nil), nil
	})
	sm("readline", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("readline", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return s.op(opReadLine, 0, nil), nil
	})
	sm("readuntil", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sepObj py.Object = py.NewBytes([]byte{'\n'})
		if err := py.UnpackArgs(t, "readuntil", args, kw, "separator?", &sepObj); err != nil {
			return nil, err
		}
		sep, ok := py.AsBytes(sepObj)
		if !ok {
			return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(sepObj))
		}
		if len(sep) == 0 {
			return nil, py.Errorf(py.ValueError, "Separator should be at least one-byte string")
		}
		return s.op(opReadUntil, 0, append([]byte(nil), sep...)), nil
	})
	sm("at_eof", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewBool(s.eof && s.buffered() == 0), nil
	})
	sm("can_write_eof", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		// TLS has no half-close (as CPython's SSL transport).
		return py.NewBool(!s.fed() && s.sock.Type().Name != "SSLSocket"), nil
	})
	sm("write_eof", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if s.fed() {
			return nil, py.Errorf(py.AttributeError, "'StreamReader' object has no attribute 'write_eof'")
		}
		if s.sock.Type().Name == "SSLSocket" {
			return nil, py.Errorf(py.NotImplementedError, "SSL doesn't support half-closes")
		}
		if s.closed || s.eofOut {
			return py.None, nil
		}
		s.eofOut = true
		if len(s.obuf) == 0 {
			if _, err := s.flush(t); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	sm("readinto", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "readinto() takes exactly one argument (%d given)", len(args))
		}
		buf, ok := py.WritableBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "readinto() argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
		}
		return s.op(opReadInto, 0, buf), nil
	})
	sm("write", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "write() takes exactly one argument (%d given)", len(args))
		}
		b, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		_, immutable := args[0].(*py.Bytes)
		return py.None, s.write(t, b, immutable)
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
			return true, s.write(t, b, false)
		})
	})
	sm("drain", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return s.op(opDrain, 0, nil), nil
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
		if err := s.write(t, b, false); err != nil {
			return nil, err
		}
		return s.op(opDrain, 0, nil), nil
	}
	sm("awrite", awrite)
	sm("awritestr", awrite)
	sm("feed_data", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "feed_data() takes exactly one argument (%d given)", len(args))
		}
		b, ok := py.AsBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
		}
		if len(b) == 0 {
			return py.None, nil
		}
		if s.roff > 0 && s.roff == len(s.rbuf) {
			s.rbuf, s.roff = s.rbuf[:0], 0
		}
		s.rbuf = append(s.rbuf, b...)
		s.wakeFed()
		return py.None, nil
	})
	sm("feed_eof", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s.eof = true
		s.wakeFed()
		return py.None, nil
	})
	sm("set_exception", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "set_exception() takes exactly one argument (%d given)", len(args))
		}
		e, ok := args[0].(*py.Exception)
		if !ok {
			return nil, py.Errorf(py.TypeError, "exceptions must derive from BaseException")
		}
		s.fedErr = e
		s.wakeFed()
		return py.None, nil
	})
	sm("exception", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if s.fedErr == nil {
			return py.None, nil
		}
		return s.fedErr, nil
	})
	sm("__aiter__", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return s, nil
	})
	sm("__anext__", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return s.op(opNextLine, 0, nil), nil
	})
	sm("close", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, s.close(t)
	})
	sm("is_closing", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewBool(s.closed), nil
	})
	// The stream is its own transport (CPython programs reach the
	// connection through writer.transport).
	StreamType.AddGetSet("transport", func(t *py.Thread, self py.Object) (py.Object, error) {
		return self, nil
	}, nil)
	sm("abort", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		// Close at once, discarding what is buffered, with a reset
		// (SO_LINGER 0) for a plain socket as CPython's abort().
		if !s.closed && !s.fed() && s.raw != nil && s.sock.Type().Name != "SSLSocket" {
			linger := py.NewBytes([]byte{1, 0, 0, 0, 0, 0, 0, 0})
			t.CallMethod(s.sock, "setsockopt", py.Int(1), py.Int(13), linger) // SOL_SOCKET, SO_LINGER
		}
		s.obuf = nil
		return py.None, s.close(t)
	})
	sm("get_write_buffer_size", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.Int(len(s.obuf)), nil
	})
	sm("set_write_buffer_limits", func(t *py.Thread, s *Stream, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, nil // drain always writes everything out
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
