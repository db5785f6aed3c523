package io

import "upy/py"

// Next methods make the file objects py.Iterators, so `for line in f`
// skips the __next__ method call.

// Next implements py.Iterator.
func (x *TextIO) Next(t *py.Thread) (py.Object, error) {
	s, err := x.readLine(t, -1)
	if err != nil || s == "" {
		return nil, err
	}
	return py.NewStr(s), nil
}

// Next implements py.Iterator.
func (b *Buffered) Next(t *py.Thread) (py.Object, error) {
	line, err := b.readline(t, -1)
	if err != nil || len(line) == 0 {
		return nil, err
	}
	return py.NewBytes(line), nil
}

// Next implements py.Iterator.
func (b *BytesIO) Next(t *py.Thread) (py.Object, error) {
	line, err := b.readline(t, -1)
	if err != nil || len(line) == 0 {
		return nil, err
	}
	return py.NewBytes(line), nil
}

// Next implements py.Iterator.
func (s *StringIO) Next(t *py.Thread) (py.Object, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	line := s.readline(-1)
	if line == "" {
		return nil, nil
	}
	return py.NewStr(line), nil
}
