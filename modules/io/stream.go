package io

import (
	"upy/py"
)

// stream is the Go side of the binary layers (raw files, buffers and
// BytesIO) as the layers above them use it. pyStream adapts any Python
// object with the methods of a binary file.
type stream interface {
	py.Object
	// read returns up to n bytes (all up to EOF when n < 0); an empty
	// result means EOF. blocked reports a non-blocking stream with no data.
	read(t *py.Thread, n int) (b []byte, blocked bool, err error)
	// read1 returns up to n bytes with at most one read of the layer below.
	read1(t *py.Thread, n int) ([]byte, error)
	write(t *py.Thread, b []byte) (int, error)
	seek(t *py.Thread, off int64, whence int) (int64, error)
	tell(t *py.Thread) (int64, error)
	truncate(t *py.Thread, size py.Object) (int64, error)
	flush(t *py.Thread) error
	close(t *py.Thread) error
	isClosed(t *py.Thread) (bool, error)
	readable(t *py.Thread) (bool, error)
	writable(t *py.Thread) (bool, error)
	seekable(t *py.Thread) (bool, error)
	fileno(t *py.Thread) (py.Object, error)
	isatty(t *py.Thread) (bool, error)
}

// toStream returns the Go stream for o: the builtin objects themselves,
// and an adapter for anything else (including subclasses of the builtin
// classes, whose overriding methods must run).
func toStream(o py.Object) stream {
	switch v := o.(type) {
	case *FileIO:
		return v
	case *Buffered:
		return v
	case *BytesIO:
		return v
	}
	return &pyStream{o: o}
}

// pyStream is a stream implemented by Python methods.
type pyStream struct {
	o py.Object
}

func (s *pyStream) Type() *py.Type { return s.o.Type() }

func (s *pyStream) call(t *py.Thread, name string, args ...py.Object) (py.Object, error) {
	return t.CallMethod(s.o, name, args...)
}

func (s *pyStream) boolCall(t *py.Thread, name string) (bool, error) {
	r, err := s.call(t, name)
	if err != nil {
		return false, err
	}
	return py.Truth(t, r)
}

func (s *pyStream) intCall(t *py.Thread, name string, args ...py.Object) (int64, error) {
	r, err := s.call(t, name, args...)
	if err != nil {
		return 0, err
	}
	n, err := py.IndexInt(t, r)
	return int64(n), err
}

func (s *pyStream) bytesResult(r py.Object, name string) ([]byte, bool, error) {
	if r == py.None {
		return nil, true, nil
	}
	b, ok := py.AsBytes(r)
	if !ok {
		return nil, false, py.Errorf(py.TypeError, "%s() should have returned a bytes-like object, not '%s'", name, py.TypeName(r))
	}
	return b, false, nil
}

func (s *pyStream) read(t *py.Thread, n int) ([]byte, bool, error) {
	r, err := s.call(t, "read", py.Int(n))
	if err != nil {
		return nil, false, err
	}
	return s.bytesResult(r, "read")
}

func (s *pyStream) read1(t *py.Thread, n int) ([]byte, error) {
	fn, err := py.GetAttrString(t, s.o, "read1")
	if err != nil {
		// raw streams have no read1: one read is what read1 means
		b, _, err := s.read(t, n)
		return b, err
	}
	r, err := t.Call(fn, []py.Object{py.Int(n)}, nil)
	if err != nil {
		return nil, err
	}
	b, _, err := s.bytesResult(r, "read1")
	return b, err
}

// readinto reads through the object's readinto method (raw streams).
func (s *pyStream) readinto(t *py.Thread, b []byte) (int, bool, error) {
	ba := &py.ByteArray{B: make([]byte, len(b))}
	r, err := s.call(t, "readinto", ba)
	if err != nil {
		return 0, false, err
	}
	if r == py.None {
		return 0, true, nil
	}
	n, err := py.IndexInt(t, r)
	if err != nil {
		return 0, false, err
	}
	if n < 0 || n > len(b) {
		return 0, false, py.Errorf(py.OSError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(b))
	}
	copy(b, ba.B[:n])
	return n, false, nil
}

func (s *pyStream) write(t *py.Thread, b []byte) (int, error) {
	r, err := s.call(t, "write", py.NewBytes(append([]byte(nil), b...)))
	if err != nil {
		return 0, err
	}
	if r == py.None {
		return 0, nil
	}
	n, err := py.IndexInt(t, r)
	return n, err
}

func (s *pyStream) seek(t *py.Thread, off int64, whence int) (int64, error) {
	return s.intCall(t, "seek", py.Int(off), py.Int(whence))
}

func (s *pyStream) tell(t *py.Thread) (int64, error) { return s.intCall(t, "tell") }

func (s *pyStream) truncate(t *py.Thread, size py.Object) (int64, error) {
	return s.intCall(t, "truncate", size)
}

func (s *pyStream) flush(t *py.Thread) error {
	_, err := s.call(t, "flush")
	return err
}

func (s *pyStream) close(t *py.Thread) error {
	_, err := s.call(t, "close")
	return err
}

func (s *pyStream) isClosed(t *py.Thread) (bool, error) {
	r, err := py.GetAttrString(t, s.o, "closed")
	if err != nil {
		return false, err
	}
	return py.Truth(t, r)
}

func (s *pyStream) readable(t *py.Thread) (bool, error) { return s.boolCall(t, "readable") }
func (s *pyStream) writable(t *py.Thread) (bool, error) { return s.boolCall(t, "writable") }
func (s *pyStream) seekable(t *py.Thread) (bool, error) { return s.boolCall(t, "seekable") }
func (s *pyStream) isatty(t *py.Thread) (bool, error)   { return s.boolCall(t, "isatty") }
func (s *pyStream) fileno(t *py.Thread) (py.Object, error) {
	return s.call(t, "fileno")
}
