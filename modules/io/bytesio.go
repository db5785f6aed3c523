package io

import (
	"bytes"

	"upy/py"
)

// BytesIO is _io.BytesIO: an in-memory binary stream.
type BytesIO struct {
	buf     []byte
	pos     int
	closed  bool
	exports py.Exports // memoryviews from getbuffer(): no writes while they live
}

// GetBuffer exports the buffer (getbuffer's memoryview writes through).
func (b *BytesIO) GetBuffer() py.BufferInfo {
	return py.BufferInfo{B: b.buf, Format: "B", ItemSize: 1, Exports: &b.exports}
}

// resizable refuses changes while getbuffer() views are alive, as CPython.
func (b *BytesIO) resizable() error {
	if b.exports.Live() {
		return py.Errorf(py.BufferError, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

// BytesIOType is _io.BytesIO.
var BytesIOType = newClass("BytesIO", py.BufferedIOBaseType)

func (*BytesIO) Type() *py.Type { return BytesIOType }

func (b *BytesIO) check() error {
	if b.closed {
		return closedFile()
	}
	return nil
}

func (b *BytesIO) avail(n int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	rest := b.buf[b.pos:]
	if n >= 0 && n < len(rest) {
		rest = rest[:n]
	}
	b.pos += len(rest)
	return append([]byte{}, rest...)
}

func (b *BytesIO) read(t *py.Thread, n int) ([]byte, bool, error) {
	if err := b.check(); err != nil {
		return nil, false, err
	}
	return b.avail(n), false, nil
}

func (b *BytesIO) read1(t *py.Thread, n int) ([]byte, error) {
	r, _, err := b.read(t, n)
	return r, err
}

func (b *BytesIO) readline(t *py.Thread, limit int) ([]byte, error) {
	if err := b.check(); err != nil {
		return nil, err
	}
	if b.pos >= len(b.buf) {
		return []byte{}, nil
	}
	rest := b.buf[b.pos:]
	n := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		n = i + 1
	}
	if limit >= 0 && limit < n {
		n = limit
	}
	return b.avail(n), nil
}

func (b *BytesIO) write(t *py.Thread, p []byte) (int, error) {
	if err := b.check(); err != nil {
		return 0, err
	}
	if err := b.resizable(); err != nil {
		return 0, err
	}
	n := len(p)
	if n == 0 {
		return 0, nil
	}
	end := b.pos + n
	if end > len(b.buf) {
		if b.pos > len(b.buf) {
			b.buf = append(b.buf, make([]byte, b.pos-len(b.buf))...)
		}
		b.buf = append(b.buf[:b.pos], p...)
	} else {
		copy(b.buf[b.pos:], p)
	}
	b.pos = end
	return n, nil
}

func (b *BytesIO) seek(t *py.Thread, off int64, whence int) (int64, error) {
	if err := b.check(); err != nil {
		return 0, err
	}
	switch whence {
	case 0:
		if off < 0 {
			return 0, py.Errorf(py.ValueError, "negative seek value %d", off)
		}
	case 1:
		off += int64(b.pos)
	case 2:
		off += int64(len(b.buf))
	default:
		return 0, py.Errorf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if off < 0 {
		off = 0
	}
	b.pos = int(off)
	return off, nil
}

func (b *BytesIO) tell(t *py.Thread) (int64, error) { return int64(b.pos), b.check() }

func (b *BytesIO) truncate(t *py.Thread, size py.Object) (int64, error) {
	if err := b.check(); err != nil {
		return 0, err
	}
	if err := b.resizable(); err != nil {
		return 0, err
	}
	n := b.pos
	if size != nil && size != py.None {
		v, err := optSize(t, size)
		if err != nil {
			return 0, err
		}
		if v < 0 {
			return 0, py.Errorf(py.ValueError, "negative size value %d", v)
		}
		n = v
	}
	if n < len(b.buf) {
		b.buf = b.buf[:n]
	}
	return int64(n), nil
}

func (b *BytesIO) flush(t *py.Thread) error { return b.check() }
func (b *BytesIO) close(t *py.Thread) error {
	if err := b.resizable(); err != nil {
		return err
	}
	b.closed = true
	return nil
}
func (b *BytesIO) isClosed(t *py.Thread) (bool, error)    { return b.closed, nil }
func (b *BytesIO) readable(t *py.Thread) (bool, error)    { return true, b.check() }
func (b *BytesIO) writable(t *py.Thread) (bool, error)    { return true, b.check() }
func (b *BytesIO) seekable(t *py.Thread) (bool, error)    { return true, b.check() }
func (b *BytesIO) isatty(t *py.Thread) (bool, error)      { return false, b.check() }
func (b *BytesIO) fileno(t *py.Thread) (py.Object, error) { return nil, unsupported("fileno") }

func init() {
	tp := BytesIOType
	defer py.InstallNew(tp)
	tp.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return &BytesIO{}, nil
	}
	self := func(args []py.Object) (*BytesIO, error) { return self0[*BytesIO](args, tp) }
	tp.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		b, err := self(args)
		if err != nil {
			return nil, err
		}
		var initial py.Object = py.None
		if err := py.UnpackArgs(t, "BytesIO", args[1:], kw, "initial_bytes?", &initial); err != nil {
			return nil, err
		}
		b.buf, b.pos, b.closed = nil, 0, false
		if initial != py.None {
			data, err := bytesLike(initial)
			if err != nil {
				return nil, err
			}
			b.buf = append([]byte{}, data...)
		}
		return py.None, nil
	})
	addStreamMethods(tp, func(args []py.Object) (stream, error) { return self(args) })
	// A closed BytesIO still iterates (to fail in __next__), as CPython.
	tp.AddMethod("__iter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return args[0], nil
	})
	tp.AddMethod("getvalue", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		b, err := self(args)
		if err != nil {
			return nil, err
		}
		if err := b.check(); err != nil {
			return nil, err
		}
		return py.NewBytes(append([]byte{}, b.buf...)), nil
	})
	tp.AddMethod("getbuffer", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		b, err := self(args)
		if err != nil {
			return nil, err
		}
		if err := b.check(); err != nil {
			return nil, err
		}
		return py.NewMemoryView(b)
	})
	readinto := func(name string) {
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
			if err := b.check(); err != nil {
				return nil, err
			}
			return py.Int(copy(buf, b.avail(len(buf)))), nil
		})
	}
	readinto("readinto")
	readinto("readinto1")
}
