package zlib

import (
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"iter"
	"runtime"

	"upy/py"
)

// decompressObj is the object decompressobj() returns. Go's inflaters
// pull their input from a reader and cannot pause for more, so the
// inflater runs as a coroutine (iter.Pull) whose byte source yields
// "need input" when the queued input runs out; decompress() queues data
// and resumes it. The inflater reads byte by byte (io.ByteReader), so the
// queue holds exactly the input it has not consumed. The consumed input
// is kept too: copy() replays it into a new inflater, the only way to
// clone one of Go's.
type decompressObj struct {
	st        *inflateState
	next      func() (inflateEvent, bool)
	stop      func()
	pending   [][]byte // inflated chunks not yet returned, joined once when taken
	npending  int
	eof       bool
	err       error
	unused    []byte
	tail      []byte // unconsumed_tail
	taken     int    // bytes returned so far
	started   bool
	finished  bool // the coroutine ended (end of stream or error)
	ended     bool // flush() saw the end: zlib's stream is freed
	raiseNext bool // err is still to be raised (a copy's replay met it)
}

// inflateState is shared with the coroutine (and not with the Python
// object, so that a cleanup can stop a coroutine left suspended).
type inflateState struct {
	c     container
	zdict []byte
	in    []byte // the input fed: in[:pos] consumed, in[pos:] queued
	pos   int
	yield func(inflateEvent) bool
}

type inflateEvent struct {
	out      []byte
	needMore bool
	done     bool
	err      error
}

var errStopped = errors.New("stopped")

// ReadByte hands the inflater one queued byte, suspending the coroutine
// until decompress() queues more when there is none.
func (s *inflateState) ReadByte() (byte, error) {
	for s.pos == len(s.in) {
		if !s.yield(inflateEvent{needMore: true}) {
			return 0, errStopped
		}
	}
	b := s.in[s.pos]
	s.pos++
	return b, nil
}

func (s *inflateState) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	b, err := s.ReadByte()
	if err != nil {
		return 0, err
	}
	p[0] = b
	return 1, nil
}

// run inflates the stream, yielding output as it comes.
func (s *inflateState) run(yield func(inflateEvent) bool) {
	s.yield = yield
	c := s.c
	if c == cAuto {
		var head [2]byte
		for i := range head {
			b, err := s.ReadByte()
			if err != nil {
				return
			}
			head[i] = b
		}
		c = cZlib
		if head[0] == 0x1f && head[1] == 0x8b {
			c = cGzip
		}
		s.pos -= len(head) // the inflater reads the header again
	}
	var r io.Reader
	var err error
	switch c {
	case cRaw:
		if s.zdict != nil {
			r = flate.NewReaderDict(s, s.zdict)
		} else {
			r = flate.NewReader(s)
		}
	case cGzip:
		var g *gzip.Reader
		if g, err = gzip.NewReader(s); err == nil {
			g.Multistream(false)
			r = g
		}
	default:
		if s.zdict != nil {
			r, err = zlib.NewReaderDict(s, s.zdict)
		} else {
			r, err = zlib.NewReader(s)
		}
	}
	if err != nil {
		if err != errStopped {
			yield(inflateEvent{err: err})
		}
		return
	}
	buf := make([]byte, 16384)
	for {
		n, err := r.Read(buf)
		if n > 0 && !yield(inflateEvent{out: append([]byte(nil), buf[:n]...)}) {
			return
		}
		if err == io.EOF {
			yield(inflateEvent{done: true})
			return
		}
		if err != nil {
			if err != errStopped {
				yield(inflateEvent{err: err})
			}
			return
		}
	}
}

var decompressType = py.NewBuiltinType("Decompress", py.ObjectType, nil)

func (*decompressObj) Type() *py.Type { return decompressType }

func newDecompressObj(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	wbits := 15
	var zdict py.Object
	if err := py.UnpackArgs(t, "decompressobj", args, kw, "wbits?", &wbits, "zdict?", &zdict); err != nil {
		return nil, err
	}
	c, err := containerOf(wbits, true)
	if err != nil {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	o := newDecompressor(c)
	if zdict != nil {
		b, ok := py.AsBytes(zdict)
		if !ok {
			return nil, py.Errorf(py.TypeError, "zdict argument must support the buffer protocol")
		}
		o.st.zdict = append([]byte{}, b...)
	}
	return o, nil
}

func newDecompressor(c container) *decompressObj {
	return &decompressObj{st: &inflateState{c: c}}
}

// inflate runs the inflater on the queued input until it needs more
// input, the stream ends, or (limit > 0) limit bytes are pending.
func (o *decompressObj) inflate(limit int) error {
	if o.finished {
		return nil
	}
	if !o.started {
		o.started = true
		o.next, o.stop = iter.Pull(o.st.run)
		// A decompressor dropped mid-stream leaves its coroutine
		// suspended; stopping it lets the goroutine end.
		runtime.AddCleanup(o, func(stop func()) { stop() }, o.stop)
	}
	for limit <= 0 || o.npending < limit {
		ev, ok := o.next()
		if !ok {
			o.finished = true
			return nil
		}
		switch {
		case ev.out != nil:
			o.pending = append(o.pending, ev.out)
			o.npending += len(ev.out)
		case ev.needMore:
			return nil
		case ev.done:
			o.finished, o.eof = true, true
			o.unused = append(o.unused, o.st.in[o.st.pos:]...)
			o.st.in = o.st.in[:o.st.pos]
			return nil
		case ev.err != nil:
			o.finished = true
			o.err = ev.err
			return decodeError(ev.err)
		}
	}
	return nil
}

// feed queues data and returns what inflates from it: at most maxLength
// bytes when maxLength > 0, the input left over going to unconsumed_tail.
func (o *decompressObj) feed(data []byte, maxLength int) ([]byte, error) {
	if o.ended {
		return nil, zerr("Error -2 while decompressing data: inconsistent stream state")
	}
	if o.eof {
		// Output can still be pending at the end of the stream in a
		// copy, whose replay inflates all it has read at once; until it
		// is all returned, new input is left unconsumed as zlib does.
		if maxLength > 0 && o.npending > maxLength {
			o.tail = append([]byte(nil), data...)
		} else {
			o.unused = append(o.unused, data...)
			o.tail = nil
		}
		return o.take(maxLength), nil
	}
	if o.err != nil {
		o.raiseNext = false
		return nil, decodeError(o.err)
	}
	o.st.in = append(o.st.in, data...)
	o.tail = nil
	if err := o.inflate(maxLength); err != nil {
		return nil, err
	}
	limited := maxLength > 0 && o.npending >= maxLength
	out := o.take(maxLength)
	if limited && !o.eof {
		// What the inflater has not read is handed back, as zlib does.
		o.tail = append([]byte(nil), o.st.in[o.st.pos:]...)
		o.st.in = o.st.in[:o.st.pos]
	}
	return out, nil
}

// take removes and returns up to n pending bytes (all when n <= 0) in a
// new slice.
func (o *decompressObj) take(n int) []byte {
	if n <= 0 || n > o.npending {
		n = o.npending
	}
	out := make([]byte, 0, n)
	for len(out) < n {
		c := o.pending[0]
		k := min(len(c), n-len(out))
		out = append(out, c[:k]...)
		if k == len(c) {
			o.pending = o.pending[1:]
		} else {
			o.pending[0] = c[k:]
		}
	}
	o.npending -= n
	o.taken += n
	if o.npending == 0 {
		o.pending = nil
	}
	return out
}

// flush inflates all the queued input and returns every pending byte.
// Reaching the end of the stream there releases zlib's state, after
// which the object can no longer decompress or be copied (as CPython's).
func (o *decompressObj) flush() ([]byte, error) {
	if o.raiseNext {
		o.raiseNext = false
		return nil, decodeError(o.err)
	}
	if o.ended || o.err != nil {
		return o.take(0), nil
	}
	if !o.eof {
		o.st.in = append(o.st.in, o.tail...)
		o.tail = nil
		if err := o.inflate(0); err != nil {
			return nil, err
		}
	}
	o.ended = o.eof
	return o.take(0), nil
}

// copy clones the decompressor: a new inflater replays the input this
// one consumed, and the output this one already returned is dropped.
func (o *decompressObj) copy() (*decompressObj, error) {
	if o.ended {
		return nil, py.Errorf(py.ValueError, "Inconsistent stream state")
	}
	n := newDecompressor(o.st.c)
	n.st.zdict = o.st.zdict
	n.eof, n.err = o.eof, o.err
	n.unused = append([]byte(nil), o.unused...)
	n.tail = append([]byte(nil), o.tail...)
	if o.finished {
		// Nothing more will inflate: the pending output is all there is.
		n.started, n.finished = true, true
		n.pending = [][]byte{o.clonePending()}
		n.npending, n.taken = o.npending, o.taken
		return n, nil
	}
	n.st.in = append([]byte(nil), o.st.in[:o.st.pos]...)
	if n.inflate(0) != nil {
		// The original stopped at max_length before reaching the error
		// in what it read; it raises it on its next call, and so will
		// the copy.
		n.raiseNext = true
	}
	n.take(o.taken)
	n.st.in = append(n.st.in, o.st.in[o.st.pos:]...)
	return n, nil
}

// clonePending returns the pending output joined, without taking it.
func (o *decompressObj) clonePending() []byte {
	out := make([]byte, 0, o.npending)
	for _, c := range o.pending {
		out = append(out, c...)
	}
	return out
}

func init() {
	decompressType.Module = "zlib"
	decompressType.AddMethod("decompress", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		o := args[0].(*decompressObj)
		var d py.Object
		maxLength := 0
		if err := py.UnpackClinicArgs(t, "decompress", args[1:], kw, "data", &d, "/", "max_length?", &maxLength); err != nil {
			return nil, err
		}
		b, err := bytesArg(d)
		if err != nil {
			return nil, err
		}
		if maxLength < 0 {
			return nil, py.Errorf(py.ValueError, "max_length must be non-negative")
		}
		out, err := o.feed(b, maxLength)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(out), nil // take's slice is new
	})
	decompressType.AddMethod("flush", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		o := args[0].(*decompressObj)
		length := 16384
		if err := py.UnpackClinicArgs(t, "flush", args[1:], kw, "length?", &length, "/"); err != nil {
			return nil, err
		}
		if length <= 0 {
			return nil, py.Errorf(py.ValueError, "length must be greater than zero")
		}
		out, err := o.flush()
		if err != nil {
			return nil, err
		}
		return py.NewBytes(out), nil
	})
	for _, name := range []string{"copy", "__copy__", "__deepcopy__"} {
		decompressType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := copyArgs(name, args[1:], kw); err != nil {
				return nil, err
			}
			return args[0].(*decompressObj).copy()
		})
	}
	decompressType.AddGetSet("eof", func(t *py.Thread, self py.Object) (py.Object, error) {
		o := self.(*decompressObj)
		return py.NewBool(o.eof && o.npending == 0), nil
	}, nil)
	decompressType.AddGetSet("unused_data", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte{}, self.(*decompressObj).unused...)), nil
	}, nil)
	decompressType.AddGetSet("unconsumed_tail", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte{}, self.(*decompressObj).tail...)), nil
	}, nil)
}
