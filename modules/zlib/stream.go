package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"iter"
	"runtime"

	"upy/internal/zdeflate"
	"upy/py"
)

// compressObj is the object compressobj() returns.
type compressObj struct {
	buf      bytes.Buffer
	w        io.WriteCloser
	finished bool
}

var compressType = py.NewBuiltinType("Compress", py.ObjectType, nil)

func (*compressObj) Type() *py.Type { return compressType }

func newCompressObj(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	level, method, wbits, memLevel, strategy := -1, 8, 15, 8, 0
	var zdict py.Object
	if err := py.UnpackClinicArgs(t, "compressobj", args, kw, "level?", &level, "method?", &method, "wbits?", &wbits,
		"memLevel?", &memLevel, "strategy?", &strategy, "zdict?", &zdict); err != nil {
		return nil, err
	}
	var dict []byte
	if zdict != nil {
		b, err := bytesArg(zdict)
		if err != nil {
			return nil, err
		}
		dict = append([]byte{}, b...)
	}
	if level < -1 || level > 9 || method != 8 {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	if _, err := containerOf(wbits, false); err != nil {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	o := &compressObj{}
	w, err := zdeflate.NewWriter(&o.buf, level, wbits, memLevel, strategy, dict)
	if errors.Is(err, zdeflate.ErrDictionary) {
		return nil, py.Errorf(py.ValueError, "Invalid dictionary")
	} else if err != nil {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	o.w = w
	return o, nil
}

func (o *compressObj) take() py.Object {
	out := py.NewBytes(append([]byte(nil), o.buf.Bytes()...))
	o.buf.Reset()
	return out
}

// decompressObj is the object decompressobj() returns. Go's inflaters
// pull their input from a reader and cannot pause for more, so the
// inflater runs as a coroutine (iter.Pull) whose byte source yields
// "need input" when the queued input runs out; decompress() queues data
// and resumes it. The inflater reads byte by byte (io.ByteReader), so the
// queue holds exactly the input it has not consumed.
type decompressObj struct {
	st       *inflateState
	next     func() (inflateEvent, bool)
	stop     func()
	pending  [][]byte // inflated chunks not yet returned, joined once when taken
	npending int
	eof      bool
	err      error
	unused   []byte
	tail     []byte // unconsumed_tail
	started  bool
	finished bool // the coroutine ended (end of stream or error)
}

// inflateState is shared with the coroutine (and not with the Python
// object, so that a cleanup can stop a coroutine left suspended).
type inflateState struct {
	c     container
	zdict []byte
	queue []byte
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
	for len(s.queue) == 0 {
		if !s.yield(inflateEvent{needMore: true}) {
			return 0, errStopped
		}
	}
	b := s.queue[0]
	s.queue = s.queue[1:]
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
		s.queue = append(head[:], s.queue...)
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
		return nil, err
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
			o.unused = append(o.unused, o.st.queue...)
			o.st.queue = nil
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
	if o.eof {
		o.unused = append(o.unused, data...)
		o.tail = nil
		return nil, nil
	}
	if o.err != nil {
		return nil, decodeError(o.err)
	}
	o.st.queue = append(o.st.queue, data...)
	o.tail = nil
	if err := o.inflate(maxLength); err != nil {
		return nil, err
	}
	limited := maxLength > 0 && o.npending >= maxLength
	out := o.take(maxLength)
	if limited && !o.eof {
		// What the inflater has not read is handed back, as zlib does.
		o.tail = o.st.queue
		o.st.queue = nil
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
	if o.npending == 0 {
		o.pending = nil
	}
	return out
}

// flush inflates all the queued input and returns every pending byte.
func (o *decompressObj) flush() ([]byte, error) {
	if o.eof || o.err != nil {
		return o.take(0), nil
	}
	o.st.queue = append(o.st.queue, o.tail...)
	o.tail = nil
	if err := o.inflate(0); err != nil {
		return nil, err
	}
	return o.take(0), nil
}

func init() {
	compressType.Module, decompressType.Module = "zlib", "zlib"
	compressType.AddMethod("compress", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		o := args[0].(*compressObj)
		if err := py.CheckArgs("compress", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		b, err := bytesArg(args[1])
		if err != nil {
			return nil, err
		}
		if o.finished {
			return nil, zerr("Error -2 while compressing data: inconsistent stream state")
		}
		o.w.Write(b)
		return o.take(), nil
	})
	compressType.AddMethod("flush", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		o := args[0].(*compressObj)
		mode := 4
		if len(args) > 1 {
			n, err := py.IndexInt(t, args[1])
			if err != nil {
				return nil, err
			}
			mode = n
		}
		if mode == 0 {
			return py.NewBytes(nil), nil
		}
		if o.finished {
			return nil, zerr("Error -2 while flushing: inconsistent stream state")
		}
		if mode == 4 {
			o.w.Close()
			o.finished = true
		} else if err := o.w.(interface{ FlushMode(int) error }).FlushMode(mode); err != nil {
			return nil, zerr("Error -2 while flushing: inconsistent stream state")
		}
		return o.take(), nil
	})
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
	decompressType.AddGetSet("eof", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBool(self.(*decompressObj).eof), nil
	}, nil)
	decompressType.AddGetSet("unused_data", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte{}, self.(*decompressObj).unused...)), nil
	}, nil)
	decompressType.AddGetSet("unconsumed_tail", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte{}, self.(*decompressObj).tail...)), nil
	}, nil)
}
