package socket

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"upy/py"
)

// SocketFile is what socket.makefile() returns: a file object over the
// socket, binary or text (UTF-8, Latin-1 or ASCII), with a read buffer.
// Writes go straight to the socket (flush has nothing to do). Like
// CPython, the descriptor stays open while a file made from the socket is
// open, even after socket.close().
type SocketFile struct {
	sock     *Socket
	readable bool
	writable bool
	text     bool
	encoding string
	mode     string
	rbuf     []byte
	eof      bool
	closed   bool
	// unbuffered (binary, buffering=0) never reads ahead: the socket may
	// be read by other means afterwards, as CPython's raw SocketIO allows.
	unbuffered bool
}

// SocketFileType is the type of makefile() objects.
var SocketFileType = py.NewBuiltinType("SocketIO", py.ObjectType, nil)

// Type implements py.Object.
func (*SocketFile) Type() *py.Type { return SocketFileType }

func makefile(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	mode := "r"
	var buffering, encoding, errors, newline py.Object = py.None, py.None, py.None, py.None
	if err := py.UnpackArgs(t, "makefile", args, kw, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errors, "newline?", &newline); err != nil {
		return nil, err
	}
	for _, c := range mode {
		if c != 'r' && c != 'w' && c != 'b' {
			return nil, py.Errorf(py.ValueError, "invalid mode %s (only r, w, b allowed)", py.StrRepr(mode))
		}
	}
	f := &SocketFile{sock: s, mode: mode}
	f.writable = strings.ContainsRune(mode, 'w')
	f.readable = strings.ContainsRune(mode, 'r') || !f.writable
	f.text = !strings.ContainsRune(mode, 'b')
	if n, ok := buffering.(py.Int); ok && n == 0 {
		if f.text {
			return nil, py.Errorf(py.ValueError, "unbuffered streams must be binary")
		}
		f.unbuffered = true
	}
	if f.text {
		f.encoding = "utf-8"
		if e, ok := encoding.(*py.Str); ok {
			switch strings.ReplaceAll(strings.ToLower(e.S), "_", "-") {
			case "utf-8", "utf8":
			case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
				f.encoding = "latin-1"
			case "ascii", "us-ascii":
				f.encoding = "ascii"
			default:
				return nil, py.Errorf(py.LookupError, "unknown encoding: %s", e.S)
			}
		}
	}
	if _, err := s.open(); err != nil {
		return nil, err
	}
	s.ioRefs++
	return f, nil
}

func (f *SocketFile) close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	f.rbuf = nil
	s := f.sock
	s.ioRefs--
	if s.closed && s.ioRefs <= 0 {
		return s.realClose()
	}
	return nil
}

func (f *SocketFile) check(reading bool) error {
	if f.closed {
		switch {
		case f.text:
			return py.Errorf(py.ValueError, "I/O operation on closed file.")
		case reading:
			return py.Errorf(py.ValueError, "read of closed file")
		}
		return py.Errorf(py.ValueError, "write to closed file")
	}
	if reading && !f.readable {
		return py.Errorf(py.UnsupportedOperation(), "read")
	}
	if !reading && !f.writable {
		return py.Errorf(py.UnsupportedOperation(), "write")
	}
	return nil
}

// fill reads more data into the buffer; false at EOF. An unbuffered file
// reads at most want bytes (want > 0), so it never takes more than asked.
func (f *SocketFile) fill(t *py.Thread, want int) (bool, error) {
	if f.eof {
		return false, nil
	}
	var buf [8192]byte
	chunk := buf[:]
	if f.unbuffered && want > 0 && want < len(chunk) {
		chunk = chunk[:want]
	}
	n, err := f.sock.Recv(t, chunk, 0)
	if err != nil {
		return false, err
	}
	if n == 0 {
		f.eof = true
		return false, nil
	}
	f.rbuf = append(f.rbuf, buf[:n]...)
	return true, nil
}

func (f *SocketFile) take(n int) []byte {
	out := append([]byte(nil), f.rbuf[:n]...)
	f.rbuf = f.rbuf[n:]
	if len(f.rbuf) == 0 {
		f.rbuf = nil
	}
	return out
}

// readBytes reads n bytes (n < 0: to EOF), fewer at EOF.
func (f *SocketFile) readBytes(t *py.Thread, n int) ([]byte, error) {
	if f.unbuffered && n >= 0 {
		// A raw read: one recv, returning what it gives.
		if len(f.rbuf) == 0 && n > 0 {
			if _, err := f.fill(t, n); err != nil {
				return nil, err
			}
		}
		return f.take(min(n, len(f.rbuf))), nil
	}
	for n < 0 || len(f.rbuf) < n {
		more, err := f.fill(t, n-len(f.rbuf))
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	if n < 0 || n > len(f.rbuf) {
		n = len(f.rbuf)
	}
	return f.take(n), nil
}

// readLineBytes reads through the next newline (at most limit bytes).
func (f *SocketFile) readLineBytes(t *py.Thread, limit int) ([]byte, error) {
	start := 0
	for {
		if i := bytes.IndexByte(f.rbuf[start:], '\n'); i >= 0 {
			n := start + i + 1
			if limit >= 0 && n > limit {
				n = limit
			}
			return f.take(n), nil
		}
		if limit >= 0 && len(f.rbuf) >= limit {
			return f.take(limit), nil
		}
		start = len(f.rbuf)
		more, err := f.fill(t, 1)
		if err != nil {
			return nil, err
		}
		if !more {
			return f.take(len(f.rbuf)), nil
		}
	}
}

// decode converts bytes read in text mode to str.
func (f *SocketFile) decode(b []byte) (py.Object, error) {
	switch f.encoding {
	case "latin-1":
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return py.NewStr(string(rs)), nil
	case "ascii":
		for i, c := range b {
			if c >= 0x80 {
				return nil, py.Errorf(py.UnicodeDecodeError, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
			}
		}
	default:
		if !utf8.Valid(b) {
			i := 0
			for i < len(b) {
				r, size := utf8.DecodeRune(b[i:])
				if r == utf8.RuneError && size <= 1 {
					break
				}
				i += size
			}
			return nil, py.Errorf(py.UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i)
		}
	}
	return py.NewStr(string(b)), nil
}

func (f *SocketFile) encode(s string) ([]byte, error) {
	switch f.encoding {
	case "latin-1", "ascii":
		max := rune(0xff)
		if f.encoding == "ascii" {
			max = 0x7f
		}
		out := make([]byte, 0, len(s))
		i := 0
		for _, r := range s {
			if r > max {
				return nil, py.Errorf(py.UnicodeEncodeError, "'%s' codec can't encode character '\\u%04x' in position %d: ordinal not in range(%d)", f.encoding, r, i, max+1)
			}
			out = append(out, byte(r))
			i++
		}
		return out, nil
	}
	return []byte(s), nil
}

// readText reads n characters (n < 0: to EOF).
func (f *SocketFile) readText(t *py.Thread, n int) (py.Object, error) {
	if n < 0 || f.encoding != "utf-8" {
		b, err := f.readBytes(t, n)
		if err != nil {
			return nil, err
		}
		return f.decode(b)
	}
	for {
		// Find the byte length of n complete characters in the buffer.
		i, count := 0, 0
		for i < len(f.rbuf) && count < n {
			if !utf8.FullRune(f.rbuf[i:]) {
				break
			}
			_, size := utf8.DecodeRune(f.rbuf[i:])
			i += size
			count++
		}
		if count == n {
			return f.decode(f.take(i))
		}
		more, err := f.fill(t, 0)
		if err != nil {
			return nil, err
		}
		if !more {
			return f.decode(f.take(len(f.rbuf)))
		}
	}
}

type fileFn func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error)

func fileMethod(name string, fn fileFn) {
	SocketFileType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		f, ok := args[0].(*SocketFile)
		if !ok {
			return nil, py.Errorf(py.TypeError, "descriptor '%s' requires a 'SocketIO' object but received '%s'", name, py.TypeName(args[0]))
		}
		return fn(t, f, args[1:], kw)
	})
}

func sizeArg(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg) (int, error) {
	var size py.Object = py.None
	if err := py.UnpackArgs(t, fname, args, kw, "size?", &size); err != nil {
		return 0, err
	}
	if size == py.None {
		return -1, nil
	}
	return py.IndexInt(t, size)
}

func init() {
	SocketFileType.Module = "socket"
	fileMethod("read", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "read", args, kw)
		if err != nil {
			return nil, err
		}
		if err := f.check(true); err != nil {
			return nil, err
		}
		if f.text {
			return f.readText(t, n)
		}
		b, err := f.readBytes(t, n)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b), nil
	})
	fileMethod("readline", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "readline", args, kw)
		if err != nil {
			return nil, err
		}
		if err := f.check(true); err != nil {
			return nil, err
		}
		b, err := f.readLineBytes(t, n)
		if err != nil {
			return nil, err
		}
		if f.text {
			return f.decode(b)
		}
		return py.NewBytes(b), nil
	})
	fileMethod("readlines", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		hint, err := sizeArg(t, "readlines", args, kw)
		if err != nil {
			return nil, err
		}
		if err := f.check(true); err != nil {
			return nil, err
		}
		out := py.NewList()
		total := 0
		for {
			b, err := f.readLineBytes(t, -1)
			if err != nil {
				return nil, err
			}
			if len(b) == 0 {
				return out, nil
			}
			var line py.Object = py.NewBytes(b)
			if f.text {
				if line, err = f.decode(b); err != nil {
					return nil, err
				}
			}
			out.Items = append(out.Items, line)
			total += len(b)
			if hint > 0 && total >= hint {
				return out, nil
			}
		}
	})
	fileMethod("readinto", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("readinto", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if err := f.check(true); err != nil {
			return nil, err
		}
		if f.text {
			return nil, py.Errorf(py.AttributeError, "'SocketIO' object has no attribute 'readinto'")
		}
		buf, ok := py.WritableBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "readinto() argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
		}
		b, err := f.readBytes(t, len(buf))
		if err != nil {
			return nil, err
		}
		return py.Int(copy(buf, b)), nil
	})
	write := func(t *py.Thread, f *SocketFile, o py.Object) (int, error) {
		if err := f.check(false); err != nil {
			return 0, err
		}
		if f.text {
			s, ok := o.(*py.Str)
			if !ok {
				return 0, py.Errorf(py.TypeError, "write() argument must be str, not %s", py.TypeName(o))
			}
			b, err := f.encode(s.S)
			if err != nil {
				return 0, err
			}
			return s.Len(), f.sock.SendAll(t, b, 0)
		}
		b, err := bytesArg(o)
		if err != nil {
			return 0, err
		}
		return len(b), f.sock.SendAll(t, b, 0)
	}
	fileMethod("write", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("write", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := write(t, f, args[0])
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	fileMethod("writelines", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("writelines", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.None, py.Iterate(t, args[0], func(o py.Object) (bool, error) {
			_, err := write(t, f, o)
			return err == nil, err
		})
	})
	fileMethod("flush", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if f.closed {
			return nil, py.Errorf(py.ValueError, "I/O operation on closed file.")
		}
		return py.None, nil
	})
	fileMethod("close", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, f.close()
	})
	fileMethod("fileno", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if f.closed {
			return nil, py.Errorf(py.ValueError, "I/O operation on closed file.")
		}
		return py.Int(f.sock.FD()), nil
	})
	for _, c := range []struct {
		name string
		get  func(f *SocketFile) bool
	}{
		{"readable", func(f *SocketFile) bool { return f.readable }},
		{"writable", func(f *SocketFile) bool { return f.writable }},
		{"seekable", func(f *SocketFile) bool { return false }},
		{"isatty", func(f *SocketFile) bool { return false }},
	} {
		get := c.get
		fileMethod(c.name, func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if f.closed {
				return nil, py.Errorf(py.ValueError, "I/O operation on closed file.")
			}
			return py.NewBool(get(f)), nil
		})
	}
	fileMethod("__enter__", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return f, nil
	})
	fileMethod("__exit__", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, f.close()
	})
	fileMethod("__iter__", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return f, nil
	})
	fileMethod("__next__", func(t *py.Thread, f *SocketFile, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		r, err := f.Next(t)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, py.NewException(py.StopIteration)
		}
		return r, nil
	})
	SocketFileType.AddGetSet("closed", func(t *py.Thread, self py.Object) (py.Object, error) {
		f, ok := self.(*SocketFile)
		if !ok {
			return nil, notSocket(self)
		}
		return py.NewBool(f.closed), nil
	}, nil)
	SocketFileType.AddGetSet("mode", func(t *py.Thread, self py.Object) (py.Object, error) {
		f, ok := self.(*SocketFile)
		if !ok {
			return nil, notSocket(self)
		}
		return py.NewStr(f.mode), nil
	}, nil)
	SocketFileType.AddGetSet("name", func(t *py.Thread, self py.Object) (py.Object, error) {
		f, ok := self.(*SocketFile)
		if !ok {
			return nil, notSocket(self)
		}
		return py.Int(f.sock.FD()), nil
	}, nil)
	SocketFileType.AddGetSet("encoding", func(t *py.Thread, self py.Object) (py.Object, error) {
		f, ok := self.(*SocketFile)
		if !ok {
			return nil, notSocket(self)
		}
		if !f.text {
			return nil, py.Errorf(py.AttributeError, "'SocketIO' object has no attribute 'encoding'")
		}
		return py.NewStr(f.encoding), nil
	}, nil)
}

// Next implements py.Iterator: the next line, nil at EOF.
func (f *SocketFile) Next(t *py.Thread) (py.Object, error) {
	if err := f.check(true); err != nil {
		return nil, err
	}
	b, err := f.readLineBytes(t, -1)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, nil
	}
	if f.text {
		return f.decode(b)
	}
	return py.NewBytes(b), nil
}
