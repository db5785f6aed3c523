package io

import (
	"bytes"
	"syscall"

	"upy/py"
)

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

const (
	bufReader = iota
	bufWriter
	bufRandom
)

// Buffered is _io.BufferedReader, BufferedWriter and BufferedRandom: a
// buffer over a raw stream. One Go type serves the three classes.
type Buffered struct {
	kind     int
	raw      stream
	fraw     *FileIO // raw, when it is a FileIO (the fast path)
	rawObj   py.Object
	size     int
	rbuf     []byte // read-ahead: rbuf[rpos:] is unread
	rpos     int
	wbuf     []byte // pending output
	detached bool
	dirty    bool
}

// BufferedRandomType is _io.BufferedRandom.
var BufferedRandomType = newClass("BufferedRandom", py.BufferedIOBaseType)

func (b *Buffered) Type() *py.Type {
	switch b.kind {
	case bufReader:
		return py.BufferedReaderType
	case bufWriter:
		return py.BufferedWriterType
	}
	return BufferedRandomType
}

func (b *Buffered) init(t *py.Thread, kind int, raw py.Object, size int) error {
	if size <= 0 {
		return py.Errorf(py.ValueError, "buffer size must be strictly positive")
	}
	s := toStream(raw)
	if kind != bufWriter {
		ok, err := s.readable(t)
		if err != nil {
			return err
		}
		if !ok {
			return unsupported("File or stream is not readable.")
		}
	}
	if kind != bufReader {
		ok, err := s.writable(t)
		if err != nil {
			return err
		}
		if !ok {
			return unsupported("File or stream is not writable.")
		}
	}
	if kind == bufRandom {
		ok, err := s.seekable(t)
		if err != nil {
			return err
		}
		if !ok {
			return unsupported("File or stream is not seekable.")
		}
	}
	*b = Buffered{kind: kind, raw: s, rawObj: raw, size: size}
	b.fraw, _ = s.(*FileIO)
	return nil
}

// newBuffered wraps a FileIO opened by open().
func newBuffered(kind int, raw *FileIO, size int) *Buffered {
	return &Buffered{kind: kind, raw: raw, fraw: raw, rawObj: raw, size: size}
}

func (b *Buffered) unread() int { return len(b.rbuf) - b.rpos }

// check fails when the buffer is unusable; op names the operation in
// the message of the ValueError for a closed file ("" for the default).
func (b *Buffered) check(t *py.Thread, op string) error {
	if b.raw == nil {
		if b.detached {
			return py.Errorf(py.ValueError, "raw stream has been detached")
		}
		return py.Errorf(py.ValueError, "I/O operation on uninitialized object")
	}
	var closed bool
	if b.fraw != nil {
		closed = b.fraw.closed
	} else {
		c, err := b.raw.isClosed(t)
		if err != nil {
			return err
		}
		closed = c
	}
	if closed {
		if op == "" {
			return closedRaw()
		}
		return py.Errorf(py.ValueError, "%s", op)
	}
	return nil
}

func (b *Buffered) checkRead(t *py.Thread, op string) error {
	if b.kind == bufWriter {
		return unsupported("read")
	}
	if err := b.check(t, op); err != nil {
		return err
	}
	// output goes out before input comes in (BufferedRandom)
	return b.flushWrites(t)
}

// rawRead reads once from the raw stream into p.
func (b *Buffered) rawRead(t *py.Thread, p []byte) (int, bool, error) {
	switch r := b.raw.(type) {
	case *FileIO:
		return r.readinto(t, p)
	case *pyStream:
		return r.readinto(t, p)
	}
	data, err := b.raw.read1(t, len(p))
	return copy(p, data), false, err
}

// fill reads more data into the read buffer; it reports false at EOF
// (or when a non-blocking raw stream has nothing).
func (b *Buffered) fill(t *py.Thread) (bool, error) {
	if b.rpos > 0 {
		n := copy(b.rbuf, b.rbuf[b.rpos:])
		b.rbuf = b.rbuf[:n]
		b.rpos = 0
	}
	if cap(b.rbuf)-len(b.rbuf) < b.size {
		nb := make([]byte, len(b.rbuf), len(b.rbuf)+b.size)
		copy(nb, b.rbuf)
		b.rbuf = nb
	}
	n, _, err := b.rawRead(t, b.rbuf[len(b.rbuf):cap(b.rbuf)])
	if err != nil {
		return false, err
	}
	b.rbuf = b.rbuf[:len(b.rbuf)+n]
	return n > 0, nil
}

func (b *Buffered) take(n int) []byte {
	out := append([]byte(nil), b.rbuf[b.rpos:b.rpos+n]...)
	b.rpos += n
	if b.rpos == len(b.rbuf) {
		b.rbuf, b.rpos = b.rbuf[:0], 0
	}
	return out
}

func (b *Buffered) read(t *py.Thread, n int) ([]byte, bool, error) {
	if err := b.checkRead(t, "read of closed file"); err != nil {
		return nil, false, err
	}
	if n >= 0 && n <= b.unread() {
		return b.take(n), false, nil
	}
	out := b.take(b.unread())
	if n < 0 {
		var rest []byte
		var blocked bool
		var err error
		if b.fraw != nil {
			rest, blocked, err = b.fraw.readall(t)
		} else {
			rest, blocked, err = b.raw.read(t, -1)
		}
		if err != nil {
			return nil, false, err
		}
		if blocked && len(out) == 0 {
			return nil, true, nil
		}
		return append(out, rest...), false, nil
	}
	for len(out) < n {
		want := n - len(out)
		if want >= b.size {
			chunk := make([]byte, want)
			m, blocked, err := b.rawRead(t, chunk)
			if err != nil {
				return nil, false, err
			}
			if blocked {
				if len(out) == 0 {
					return nil, true, nil
				}
				break
			}
			if m == 0 {
				break
			}
			out = append(out, chunk[:m]...)
			continue
		}
		more, err := b.fill(t)
		if err != nil {
			return nil, false, err
		}
		if !more {
			break
		}
		k := min(want, b.unread())
		out = append(out, b.take(k)...)
	}
	return out, false, nil
}

func (b *Buffered) read1(t *py.Thread, n int) ([]byte, error) {
	if b.kind == bufWriter {
		return nil, unsupported("read1")
	}
	if err := b.checkRead(t, "read of closed file"); err != nil {
		return nil, err
	}
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return []byte{}, nil
	}
	if b.unread() > 0 {
		return b.take(min(n, b.unread())), nil
	}
	chunk := make([]byte, max(n, 1))
	m, _, err := b.rawRead(t, chunk)
	if err != nil {
		return nil, err
	}
	return chunk[:m], nil
}

func (b *Buffered) peek(t *py.Thread) ([]byte, error) {
	if err := b.checkRead(t, "peek of closed file"); err != nil {
		return nil, err
	}
	if b.unread() == 0 {
		if _, err := b.fill(t); err != nil {
			return nil, err
		}
	}
	return append([]byte(nil), b.rbuf[b.rpos:]...), nil
}

func (b *Buffered) readline(t *py.Thread, limit int) ([]byte, error) {
	if err := b.checkRead(t, "readline of closed file"); err != nil {
		return nil, err
	}
	var out []byte
	for {
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && len(out)+len(avail) > limit {
			avail = avail[:limit-len(out)]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			return append(out, b.take(i+1)...), nil
		}
		out = append(out, b.take(len(avail))...)
		if limit >= 0 && len(out) >= limit {
			return out, nil
		}
		more, err := b.fill(t)
		if err != nil {
			return nil, err
		}
		if !more {
			return out, nil
		}
	}
}

// discardReadAhead moves the raw position back to the logical one.
func (b *Buffered) discardReadAhead(t *py.Thread) error {
	if n := b.unread(); n > 0 {
		if _, err := b.raw.seek(t, int64(-n), 1); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// writeString is write for text already encoded in s.
func (b *Buffered) writeString(t *py.Thread, s string) (int, error) {
	if b.kind != bufReader && len(b.rbuf) == 0 && b.fraw != nil && !b.fraw.closed && len(b.wbuf)+len(s) <= b.size {
		b.wbuf = append(b.wbuf, s...)
		if len(b.wbuf) > 0 {
			markDirty(b)
		}
		return len(s), nil
	}
	return b.write(t, []byte(s))
}

func (b *Buffered) write(t *py.Thread, p []byte) (int, error) {
	if b.kind == bufReader {
		return 0, unsupported("write")
	}
	if err := b.check(t, "write to closed file"); err != nil {
		return 0, err
	}
	if b.unread() > 0 || len(b.rbuf) > 0 {
		if err := b.discardReadAhead(t); err != nil {
			return 0, err
		}
	}
	// As CPython: data that fits joins the buffer; otherwise the buffer
	// goes out first, and data at least a buffer long goes out directly.
	if len(b.wbuf)+len(p) > b.size {
		if err := b.flushWrites(t); err != nil {
			return 0, err
		}
		if len(p) >= b.size {
			if err := b.writeRaw(t, p); err != nil {
				return 0, err
			}
			return len(p), nil
		}
	}
	b.wbuf = append(b.wbuf, p...)
	if b.fraw != nil && len(b.wbuf) > 0 {
		markDirty(b)
	}
	return len(p), nil
}

// flushWrites writes out the pending output.
func (b *Buffered) flushWrites(t *py.Thread) error {
	if len(b.wbuf) == 0 {
		markClean(b)
		return nil
	}
	data := b.wbuf
	b.wbuf = b.wbuf[:0]
	markClean(b)
	return b.writeRaw(t, data)
}

// writeRaw writes data completely to the raw stream.
func (b *Buffered) writeRaw(t *py.Thread, data []byte) error {
	if b.fraw != nil {
		if b.fraw.closed {
			return closedRaw()
		}
		return b.fraw.writeAll(t, data)
	}
	for len(data) > 0 {
		n, err := b.raw.write(t, data)
		if err != nil {
			return err
		}
		if n <= 0 {
			return py.NewOSError(syscall.EAGAIN, nil)
		}
		data = data[n:]
	}
	return nil
}

func (b *Buffered) seek(t *py.Thread, off int64, whence int) (int64, error) {
	if whence < 0 || whence > 4 {
		return 0, py.Errorf(py.ValueError, "whence value %d unsupported", whence)
	}
	if err := b.check(t, "seek of closed file"); err != nil {
		return 0, err
	}
	if err := b.flushWrites(t); err != nil {
		return 0, err
	}
	if whence == 1 {
		off -= int64(b.unread())
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return b.raw.seek(t, off, whence)
}

func (b *Buffered) tell(t *py.Thread) (int64, error) {
	if err := b.check(t, ""); err != nil {
		return 0, err
	}
	pos, err := b.raw.tell(t)
	if err != nil {
		return 0, err
	}
	pos += int64(len(b.wbuf)) - int64(b.unread())
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

func (b *Buffered) truncate(t *py.Thread, size py.Object) (int64, error) {
	if err := b.check(t, "truncate of closed file"); err != nil {
		return 0, err
	}
	if b.kind == bufReader {
		return 0, unsupported("truncate")
	}
	if err := b.flushWrites(t); err != nil {
		return 0, err
	}
	if err := b.discardReadAhead(t); err != nil {
		return 0, err
	}
	if size == nil || size == py.None {
		pos, err := b.raw.tell(t)
		if err != nil {
			return 0, err
		}
		size = py.Int(pos)
	}
	return b.raw.truncate(t, size)
}

func (b *Buffered) flush(t *py.Thread) error {
	msg := "flush of closed file"
	if b.kind == bufReader {
		msg = "I/O operation on closed file." // IOBase.flush
	}
	if err := b.check(t, msg); err != nil {
		return err
	}
	return b.flushWrites(t)
}

func (b *Buffered) close(t *py.Thread) error {
	if b.raw == nil {
		return b.check(t, "")
	}
	if c, err := b.raw.isClosed(t); err != nil || c {
		return err
	}
	ferr := b.flushWrites(t)
	b.rbuf, b.rpos = nil, 0
	err := b.raw.close(t)
	if ferr != nil {
		return ferr
	}
	return err
}

func (b *Buffered) isClosed(t *py.Thread) (bool, error) {
	if b.raw == nil {
		return false, b.check(t, "")
	}
	if b.fraw != nil {
		return b.fraw.closed, nil
	}
	return b.raw.isClosed(t)
}

func (b *Buffered) readable(t *py.Thread) (bool, error) {
	if b.kind == bufWriter {
		return false, nil
	}
	if err := b.check(t, ""); err != nil {
		return false, err
	}
	return b.raw.readable(t)
}

func (b *Buffered) writable(t *py.Thread) (bool, error) {
	if b.kind == bufReader {
		return false, nil
	}
	if err := b.check(t, ""); err != nil {
		return false, err
	}
	return b.raw.writable(t)
}

func (b *Buffered) seekable(t *py.Thread) (bool, error) {
	if err := b.check(t, ""); err != nil {
		return false, err
	}
	return b.raw.seekable(t)
}

func (b *Buffered) fileno(t *py.Thread) (py.Object, error) {
	if b.raw == nil {
		return nil, b.check(t, "")
	}
	return b.raw.fileno(t)
}

func (b *Buffered) isatty(t *py.Thread) (bool, error) {
	if b.raw == nil {
		return false, b.check(t, "")
	}
	return b.raw.isatty(t)
}

func bufferedNew(kind int) func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	return func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return &Buffered{kind: kind}, nil
	}
}

func init() {
	types := []*py.Type{py.BufferedReaderType, py.BufferedWriterType, BufferedRandomType}
	for kind, tp := range types {
		kind, tp := kind, tp
		tp.New = bufferedNew(kind)
		py.InstallNew(tp)
		self := func(args []py.Object) (*Buffered, error) { return self0[*Buffered](args, tp) }
		tp.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			b, err := self(args)
			if err != nil {
				return nil, err
			}
			var raw py.Object
			size := DefaultBufferSize
			if err := py.UnpackArgs(t, tp.Name, args[1:], kw, "raw", &raw, "buffer_size?", &size); err != nil {
				return nil, err
			}
			return py.None, b.init(t, kind, raw, size)
		})
		addStreamMethods(tp, func(args []py.Object) (stream, error) { return self(args) })
		tp.AddMethod("peek", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			b, err := self(args)
			if err != nil {
				return nil, err
			}
			if b.kind == bufWriter {
				return nil, py.Errorf(py.AttributeError, "'_io.BufferedWriter' object has no attribute 'peek'")
			}
			data, err := b.peek(t)
			if err != nil {
				return nil, err
			}
			return py.NewBytes(data), nil
		})
		readinto := func(name string, one bool) {
			tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				b, err := self(args)
				if err != nil {
					return nil, err
				}
				if err := py.CheckArgs(name, args[1:], kw, 1, 1); err != nil {
					return nil, err
				}
				buf, ok := py.WritableBytes(args[1])
				if !ok {
					return nil, py.Errorf(py.TypeError, "%s() argument must be read-write bytes-like object, not %s", name, py.TypeName(args[1]))
				}
				if err := b.check(t, "readinto of closed file"); err != nil {
					return nil, err
				}
				var data []byte
				if one {
					data, err = b.read1(t, len(buf))
				} else {
					data, _, err = b.read(t, len(buf))
				}
				if err != nil {
					return nil, err
				}
				return py.Int(copy(buf, data)), nil
			})
		}
		readinto("readinto", false)
		readinto("readinto1", true)
		tp.AddMethod("detach", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			b, err := self(args)
			if err != nil {
				return nil, err
			}
			if err := b.flush(t); err != nil {
				return nil, err
			}
			raw := b.rawObj
			b.raw, b.fraw, b.rawObj, b.detached = nil, nil, nil, true
			return raw, nil
		})
		tp.AddGetSet("raw", func(t *py.Thread, o py.Object) (py.Object, error) {
			b, err := self([]py.Object{o})
			if err != nil {
				return nil, err
			}
			if b.rawObj == nil {
				return nil, b.check(t, "")
			}
			return b.rawObj, nil
		}, nil)
		for _, attr := range []string{"name", "mode"} {
			attr := attr
			tp.AddGetSet(attr, func(t *py.Thread, o py.Object) (py.Object, error) {
				b, err := self([]py.Object{o})
				if err != nil {
					return nil, err
				}
				if b.rawObj == nil {
					return nil, b.check(t, "")
				}
				return py.GetAttrString(t, b.rawObj, attr)
			}, nil)
		}
		tp.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			b, err := self(args)
			if err != nil {
				return nil, err
			}
			s := "<_io." + tp.Name
			if b.rawObj != nil {
				if name, err := py.GetAttrString(t, b.rawObj, "name"); err == nil {
					n, err := reprName(t, name)
					if err != nil {
						return nil, err
					}
					s += n
				} else if e := py.AsException(err); !e.IsInstance(py.AttributeError) && !e.IsInstance(py.ValueError) {
					return nil, err
				}
			}
			return py.NewStr(s + ">"), nil
		})
	}
}
