package ssl

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"syscall"
	"time"

	"upy/internal/netpoll"
	"upy/py"
)

// engine runs a crypto/tls connection in goroutines with internal
// buffers, so that the Python side can use it blocking or not and poll it
// like a plain socket: "readable" means decrypted bytes, EOF or an error
// are available; "writable" means the write buffer has room.
type engine struct {
	mu sync.Mutex
	// changed is closed at the next state change (made by the first
	// goroutine that waits for one: see changes).
	changed chan struct{}
	conn    *tls.Conn
	raw     net.Conn
	out     *batchConn // raw as tls.Conn sees it
	server  bool

	started bool // handshake started
	hsDone  bool
	// hsSeen: some call observed the end of the handshake. Until then the
	// end itself makes the socket poll ready, so that a task waiting in
	// poll after a non-blocking do_handshake() wakes up.
	hsSeen bool
	hsErr  error

	// Received plaintext: a queue of chunks (the reader's buffers, kept
	// as they are), rq[0][roff:] first; rbytes in all.
	rq     [][]byte
	roff   int
	rbytes int
	rerr   error // io.EOF or a failure; reported after the data
	rwait  bool  // reader paused because the queue is full

	// watched: a poller found nothing ready (under mu), so the next state
	// change must wake the poll (netpoll.Wake costs a system call).
	watched bool
	// notify: an asyncio loop waits for the next state change (Watch).
	notify func()

	wq     [][]byte
	wbytes int
	werr   error

	closed bool

	// hsTimeout bounds the handshake (set before it starts): a peer that
	// stalls mid-handshake cannot hold the connection forever.
	hsTimeout time.Duration

	hsFinished chan struct{} // closed when the handshake goroutine is done
	writerDone chan struct{} // closed when the writer goroutine exits
}

// closeTimeout bounds how long a closed connection keeps trying to send
// the data queued before close() (in the background).
const closeTimeout = 10 * time.Second

const (
	readBufferLimit  = 256 << 10 // pause reading past this much undelivered data
	writeBufferLimit = 256 << 10 // writes block (or return None) past this
)

func newEngine(fd int, cfg *tls.Config, server bool) (*engine, error) {
	raw, err := rawConn(fd)
	if err != nil {
		return nil, err
	}
	e := &engine{raw: raw, server: server,
		hsTimeout:  DefaultHandshakeTimeout,
		hsFinished: make(chan struct{}), writerDone: make(chan struct{})}
	e.out = &batchConn{Conn: raw}
	if server {
		e.conn = tls.Server(e.out, cfg)
	} else {
		e.conn = tls.Client(e.out, cfg)
	}
	return e, nil
}

// signal wakes everyone waiting on the state (locked by the caller).
func (e *engine) signal() {
	if e.changed != nil {
		close(e.changed)
		e.changed = nil
	}
	if f := e.notify; f != nil {
		e.notify = nil
		f()
	}
	if e.watched {
		e.watched = false
		netpoll.Wake()
	}
}

// changes returns a channel closed at the next state change (locked by
// the caller).
func (e *engine) changes() chan struct{} {
	if e.changed == nil {
		e.changed = make(chan struct{})
	}
	return e.changed
}

// chunkSize is the reader's buffer: tls.Conn.Read returns at most one
// record (16 KiB of plaintext) at a time.
const chunkSize = 16 << 10

var chunkPool = sync.Pool{New: func() any { return new([chunkSize]byte) }}

// putChunk recycles a reader buffer once its data has been consumed.
func putChunk(b []byte) {
	if cap(b) == chunkSize {
		chunkPool.Put((*[chunkSize]byte)(b[:chunkSize]))
	}
}

// push queues received data (locked by the caller). Small reads are
// copied (into the last chunk when it has room) so that a peer sending
// tiny records cannot make the queue hold a whole buffer per byte.
func (e *engine) push(buf []byte, n int) {
	if n >= chunkSize/4 {
		e.rq = append(e.rq, buf[:n])
	} else {
		if k := len(e.rq); k > 0 && cap(e.rq[k-1])-len(e.rq[k-1]) >= n && (k > 1 || e.roff == 0) {
			e.rq[k-1] = append(e.rq[k-1], buf[:n]...)
		} else {
			e.rq = append(e.rq, append(make([]byte, 0, max(n, 512)), buf[:n]...))
		}
		putChunk(buf)
	}
	e.rbytes += n
}

// take copies queued data into p (locked by the caller).
func (e *engine) take(p []byte) int {
	n := 0
	for n < len(p) && len(e.rq) > 0 {
		c := e.rq[0][e.roff:]
		k := copy(p[n:], c)
		n += k
		e.roff += k
		if e.roff == len(e.rq[0]) {
			putChunk(e.rq[0])
			e.rq[0] = nil
			e.rq = e.rq[1:]
			e.roff = 0
		}
	}
	if len(e.rq) == 0 {
		e.rq = nil
	}
	e.rbytes -= n
	return n
}

// start begins the handshake in the background (once).
func (e *engine) start() {
	e.mu.Lock()
	if e.started || e.closed {
		e.mu.Unlock()
		return
	}
	e.started = true
	e.mu.Unlock()
	go e.run()
}

// DefaultHandshakeTimeout bounds every handshake unless the socket has a
// timeout of its own or asyncio's ssl_handshake_timeout says otherwise
// (CPython's asyncio uses the same 60 s).
var DefaultHandshakeTimeout = 60 * time.Second

// handshakeTimeout is the failure of a handshake that did not finish in
// time.
type handshakeTimeout struct{ d time.Duration }

func (h *handshakeTimeout) Error() string {
	return fmt.Sprintf("The handshake operation timed out (not finished after %v)", h.d)
}

// setHandshakeTimeout changes the handshake's time limit (before it
// starts; d <= 0: no limit).
func (e *engine) setHandshakeTimeout(d time.Duration) {
	e.mu.Lock()
	if !e.started {
		e.hsTimeout = d
	}
	e.mu.Unlock()
}

func (e *engine) run() {
	e.mu.Lock()
	limit := e.hsTimeout
	e.mu.Unlock()
	if limit > 0 {
		e.raw.SetDeadline(time.Now().Add(limit))
	}
	err := e.conn.Handshake()
	e.mu.Lock()
	if limit > 0 {
		if e.closed {
			// close() set its own deadline meanwhile: keep one.
			e.raw.SetDeadline(time.Now().Add(closeTimeout))
		} else {
			e.raw.SetDeadline(time.Time{})
		}
		if err != nil && errors.Is(err, os.ErrDeadlineExceeded) && !e.closed {
			err = &handshakeTimeout{limit}
			// Tell the peer too: the connection is of no use any more.
			shutdown(e.raw)
		}
	}
	e.hsDone = true
	e.hsErr = err
	e.signal()
	e.mu.Unlock()
	if err != nil {
		close(e.writerDone)
		close(e.hsFinished)
		return
	}
	go e.writer()
	close(e.hsFinished)
	e.reader()
}

func (e *engine) reader() {
	for {
		e.mu.Lock()
		for e.rbytes >= readBufferLimit && !e.closed {
			e.rwait = true
			ch := e.changes()
			e.mu.Unlock()
			<-ch
			e.mu.Lock()
		}
		e.rwait = false
		closed := e.closed
		e.mu.Unlock()
		if closed {
			return
		}
		buf := chunkPool.Get().(*[chunkSize]byte)[:]
		n, err := e.conn.Read(buf)
		e.mu.Lock()
		if n > 0 {
			e.push(buf, n)
		} else {
			putChunk(buf)
		}
		if err != nil && e.rerr == nil {
			e.rerr = err
		}
		e.signal()
		e.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// writer sends the queued data; after close() it sends what is left,
// then exits.
func (e *engine) writer() {
	defer close(e.writerDone)
	for {
		e.mu.Lock()
		for len(e.wq) == 0 && !e.closed {
			ch := e.changes()
			e.mu.Unlock()
			<-ch
			e.mu.Lock()
		}
		if len(e.wq) == 0 {
			e.mu.Unlock()
			return
		}
		// Everything queued goes out together: its records in one system
		// call (the queue holds at most writeBufferLimit bytes).
		k := len(e.wq)
		batch := e.wq[:k:k]
		e.mu.Unlock()
		e.out.begin()
		var err error
		sent := 0
		for _, chunk := range batch {
			if _, err = e.conn.Write(chunk); err != nil {
				break
			}
			sent += len(chunk)
		}
		if ferr := e.out.flush(); err == nil {
			err = ferr
		}
		e.mu.Lock()
		clear(e.wq[:k])
		e.wq = e.wq[k:]
		if len(e.wq) == 0 {
			e.wq = nil
		}
		e.wbytes -= sent
		if err != nil {
			e.wbytes = 0
			if e.werr == nil {
				e.werr = err
			}
		}
		e.signal()
		e.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// batchConn is the connection under tls.Conn. Between begin and flush
// (the writer goroutine sending a batch of queued data) the records that
// tls.Conn writes are gathered and go out in one system call; other
// writes (the handshake's, close_notify, replies to the peer's key
// updates made while reading) go straight through, in order.
type batchConn struct {
	net.Conn
	mu       sync.Mutex // guards batching and buf
	wmu      sync.Mutex // serialises writes to Conn (taken under mu)
	batching bool
	buf      []byte
}

// batchPool holds the batch buffers between batches, so that an idle
// connection keeps none.
var batchPool = sync.Pool{New: func() any { return new([]byte) }}

// keepBatch is the largest batch buffer put back into the pool.
const keepBatch = 1 << 20

func (b *batchConn) Write(p []byte) (int, error) {
	b.mu.Lock()
	if b.batching {
		if b.buf == nil {
			b.buf = (*batchPool.Get().(*[]byte))[:0]
		}
		b.buf = append(b.buf, p...)
		b.mu.Unlock()
		return len(p), nil
	}
	b.wmu.Lock()
	b.mu.Unlock()
	defer b.wmu.Unlock()
	return b.Conn.Write(p)
}

func (b *batchConn) begin() {
	b.mu.Lock()
	b.batching = true
	b.mu.Unlock()
}

// flush ends the batch and writes it.
func (b *batchConn) flush() error {
	b.mu.Lock()
	b.batching = false
	data := b.buf
	b.buf = nil
	b.wmu.Lock()
	b.mu.Unlock()
	defer b.wmu.Unlock()
	var err error
	if len(data) > 0 {
		_, err = b.Conn.Write(data)
	}
	if data != nil && cap(data) <= keepBatch {
		data = data[:0]
		batchPool.Put(&data)
	}
	return err
}

// failure is the error that makes the connection unusable, if any.
func (e *engine) failure() error {
	if e.hsErr != nil {
		return e.hsErr
	}
	if e.werr != nil {
		return e.werr
	}
	return nil
}

// read takes up to n buffered bytes. ok is false when nothing is available
// yet (the caller waits or returns None).
func (e *engine) read(n int) (data []byte, eof bool, ok bool, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.hsSeen = e.hsDone
	if e.closed {
		return nil, false, true, py.NewOSError(syscall.EBADF, nil)
	}
	if f := e.failure(); f != nil {
		return nil, false, true, f
	}
	if e.rbytes > 0 {
		if n < 0 || n > e.rbytes {
			n = e.rbytes
		}
		data = make([]byte, n)
		e.take(data)
		if e.rwait {
			e.signal()
		}
		return data, false, true, nil
	}
	if e.rerr != nil {
		if isEOF(e.rerr) {
			return nil, true, true, nil
		}
		return nil, false, true, e.rerr
	}
	return nil, false, false, nil
}

// readInto is read copying into buf.
func (e *engine) readInto(buf []byte) (n int, eof bool, ok bool, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.hsSeen = e.hsDone
	if e.closed {
		return 0, false, true, py.NewOSError(syscall.EBADF, nil)
	}
	if f := e.failure(); f != nil {
		return 0, false, true, f
	}
	if e.rbytes > 0 {
		n = e.take(buf)
		if e.rwait {
			e.signal()
		}
		return n, false, true, nil
	}
	if e.rerr != nil {
		if isEOF(e.rerr) {
			return 0, true, true, nil
		}
		return 0, false, true, e.rerr
	}
	return 0, false, false, nil
}

// write queues data; ok is false when the buffer is full. owned says
// that data will not change (immutable bytes): it is queued as it is.
func (e *engine) write(data []byte, owned bool) (ok bool, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.hsSeen = e.hsDone
	if e.closed {
		return false, py.NewOSError(syscall.EBADF, nil)
	}
	if f := e.failure(); f != nil {
		return false, f
	}
	if e.wbytes >= writeBufferLimit {
		return false, nil
	}
	if !owned {
		data = append([]byte(nil), data...)
	}
	e.wq = append(e.wq, data)
	e.wbytes += len(data)
	e.signal()
	return true, nil
}

// flushed reports whether every queued byte was written (or failed).
func (e *engine) flushed() (bool, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if f := e.failure(); f != nil {
		return true, f
	}
	return e.wbytes == 0, nil
}

// handshakeState reports whether the handshake finished and its error.
func (e *engine) handshakeState() (bool, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.hsSeen = e.hsDone
	return e.hsDone, e.hsErr
}

// wait blocks until the state changes, the deadline passes or Ctrl-C.
// It must be called without the GIL.
func (e *engine) wait(deadline time.Time, interrupted func() bool) bool {
	e.mu.Lock()
	ch := e.changes()
	e.mu.Unlock()
	d := 100 * time.Millisecond
	if !deadline.IsZero() {
		if rem := time.Until(deadline); rem < d {
			d = rem
		}
		if d <= 0 {
			return false
		}
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ch:
	case <-tm.C:
	}
	return !interrupted()
}

// pollState is the engine's readiness for select.poll.
func (e *engine) pollState(events int16) int16 {
	e.startIfNeeded()
	e.mu.Lock()
	defer e.mu.Unlock()
	ready := e.readyLocked(events)
	if ready == 0 {
		e.watched = true
	}
	return ready
}

// watch is the engine's readiness for asyncio (netpoll.Watcher): when
// nothing is ready, notify is called at the next state change.
func (e *engine) watch(events int16, notify func()) int16 {
	e.startIfNeeded()
	e.mu.Lock()
	defer e.mu.Unlock()
	ready := e.readyLocked(events)
	if ready == 0 {
		e.notify = notify
	}
	return ready
}

// startIfNeeded starts a deferred handshake: polling drives it.
func (e *engine) startIfNeeded() {
	e.mu.Lock()
	started := e.started
	e.mu.Unlock()
	if !started {
		e.start()
	}
}

// readyLocked is the subset of events that is ready (locked by the
// caller).
func (e *engine) readyLocked(events int16) int16 {
	if e.closed {
		return netpoll.POLLNVAL
	}
	if e.failure() != nil {
		return netpoll.POLLERR | netpoll.POLLHUP | (events & (netpoll.POLLIN | netpoll.POLLOUT))
	}
	if e.hsDone && !e.hsSeen {
		return events & (netpoll.POLLIN | netpoll.POLLOUT)
	}
	var ready int16
	if events&netpoll.POLLIN != 0 && (e.rbytes > 0 || e.rerr != nil) {
		ready |= netpoll.POLLIN
	}
	if events&netpoll.POLLOUT != 0 && e.hsDone && e.wbytes < writeBufferLimit {
		ready |= netpoll.POLLOUT
	}
	return ready
}

// close stops the connection. Data queued by write() still goes out, in
// the background (bounded by closeTimeout), then close_notify is sent and
// the descriptor closed.
func (e *engine) close() {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return
	}
	e.closed = true
	started := e.started
	e.signal()
	e.mu.Unlock()
	if !started {
		e.raw.Close()
		return
	}
	closing.Add(1)
	go func() {
		defer closing.Done()
		e.raw.SetDeadline(time.Now().Add(closeTimeout))
		<-e.hsFinished
		<-e.writerDone
		e.conn.Close()
	}()
}

// closing counts the connections finishing their close in the
// background; the interpreter waits for them (briefly) at exit, so that a
// program's last writes and close_notify reach the peer.
var closing sync.WaitGroup

const exitWait = 2 * time.Second

func init() {
	py.RegisterExitFlush(func() {
		done := make(chan struct{})
		go func() { closing.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(exitWait):
		}
	})
}

// fileConn is the connection under TLS: a duplicate of the socket's
// descriptor as an *os.File (in non-blocking mode it waits in Go's
// poller, with deadlines). It costs three system calls where
// net.FileConn costs about a dozen (another duplicate, socket options
// and addresses that TLS does not need).
type fileConn struct{ *os.File }

type noAddr struct{}

func (noAddr) Network() string { return "tcp" }
func (noAddr) String() string  { return "" }

func (fileConn) LocalAddr() net.Addr  { return noAddr{} }
func (fileConn) RemoteAddr() net.Addr { return noAddr{} }

// rawConn makes the connection under TLS from the socket's descriptor.
// O_NONBLOCK belongs to the socket, not to the descriptor: like
// net.FileConn, this puts the Python socket in non-blocking mode too
// (its own methods wait in poll, whatever the flag).
func rawConn(fd int) (net.Conn, error) {
	dup, err := syscall.Dup(fd)
	if err != nil {
		return nil, err
	}
	syscall.CloseOnExec(dup)
	if err := syscall.SetNonblock(dup, true); err != nil {
		syscall.Close(dup)
		return nil, err
	}
	// No Nagle delay (as net's TCP connections and asyncio's transports):
	// a record's last segment must not wait for the peer's delayed ACK.
	// Not a TCP socket: nothing to do.
	syscall.SetsockoptInt(dup, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1)
	return fileConn{os.NewFile(uintptr(dup), "tls")}, nil
}

// shutdown ends both directions of the connection (the descriptor is
// shared with the Python socket, so closing ours would not).
func shutdown(c net.Conn) {
	if sc, ok := c.(syscall.Conn); ok {
		if rc, err := sc.SyscallConn(); err == nil {
			rc.Control(func(fd uintptr) { syscall.Shutdown(int(fd), syscall.SHUT_RDWR) })
		}
	}
}

func isEOF(err error) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return s == "EOF" || s == "unexpected EOF"
}
