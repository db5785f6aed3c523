// Package io is the io module and the builtin open(): files in text and
// binary modes, StringIO and BytesIO. Data is kept in a Go byte buffer
// for in-memory streams; files use *os.File.
package io

import (
	"bytes"
	goio "io"
	"os"

	"upy/py"
)

// File is an open file or an in-memory stream.
type File struct {
	f      *os.File      // nil for StringIO/BytesIO
	mem    *bytes.Buffer // in-memory data (whole content)
	pos    int           // position in mem
	binary bool
	name   py.Object
	mode   string
	read   bool
	write  bool
	closed bool
	cls    *py.Type
	rbuf   []byte // read-ahead for text line reading on files
}

var (
	TextIOWrapperType  = py.NewBuiltinType("TextIOWrapper", py.ObjectType, nil)
	BufferedReaderType = py.NewBuiltinType("BufferedReader", py.ObjectType, nil)
	BufferedWriterType = py.NewBuiltinType("BufferedWriter", py.ObjectType, nil)
	StringIOType       = py.NewBuiltinType("StringIO", py.ObjectType, nil)
	BytesIOType        = py.NewBuiltinType("BytesIO", py.ObjectType, nil)
	IOBaseType         = py.NewBuiltinType("IOBase", py.ObjectType, nil)
)

func (f *File) Type() *py.Type { return f.cls }

func asFile(o py.Object) (*File, error) {
	switch v := o.(type) {
	case *File:
		return v, nil
	case *py.Instance:
		if f, ok := v.Base.(*File); ok {
			return f, nil
		}
	}
	return nil, py.Errorf(py.TypeError, "expected a file object, not %s", py.TypeName(o))
}

func (f *File) check(reading bool) error {
	if f.closed {
		return py.Errorf(py.ValueError, "I/O operation on closed file.")
	}
	if reading && !f.read {
		return py.Errorf(py.UnsupportedOperation(), "not readable")
	}
	if !reading && !f.write {
		return py.Errorf(py.UnsupportedOperation(), "not writable")
	}
	return nil
}

// readAll returns everything from the current position.
func (f *File) readAll() ([]byte, error) {
	if f.mem != nil {
		b := f.mem.Bytes()
		if f.pos >= len(b) {
			return nil, nil
		}
		out := append([]byte(nil), b[f.pos:]...)
		f.pos = len(b)
		return out, nil
	}
	data, err := goio.ReadAll(f.f)
	data = append(f.rbuf, data...)
	f.rbuf = nil
	if err != nil {
		return nil, py.OSErrorFromGo(err, f.name)
	}
	return data, nil
}

// readN reads up to n bytes.
func (f *File) readN(n int) ([]byte, error) {
	if f.mem != nil {
		b := f.mem.Bytes()
		if f.pos >= len(b) {
			return nil, nil
		}
		end := min(f.pos+n, len(b))
		out := append([]byte(nil), b[f.pos:end]...)
		f.pos = end
		return out, nil
	}
	out := make([]byte, 0, n)
	if len(f.rbuf) > 0 {
		k := min(n, len(f.rbuf))
		out = append(out, f.rbuf[:k]...)
		f.rbuf = f.rbuf[k:]
	}
	buf := make([]byte, n-len(out))
	for len(out) < n {
		m, err := f.f.Read(buf[:n-len(out)])
		out = append(out, buf[:m]...)
		if err == goio.EOF || m == 0 {
			break
		}
		if err != nil {
			return nil, py.OSErrorFromGo(err, f.name)
		}
	}
	return out, nil
}

// readLine reads one line including its newline.
func (f *File) readLine() ([]byte, error) {
	if f.mem != nil {
		b := f.mem.Bytes()
		if f.pos >= len(b) {
			return nil, nil
		}
		i := bytes.IndexByte(b[f.pos:], '\n')
		end := len(b)
		if i >= 0 {
			end = f.pos + i + 1
		}
		out := append([]byte(nil), b[f.pos:end]...)
		f.pos = end
		return out, nil
	}
	for {
		if i := bytes.IndexByte(f.rbuf, '\n'); i >= 0 {
			out := append([]byte(nil), f.rbuf[:i+1]...)
			f.rbuf = f.rbuf[i+1:]
			return out, nil
		}
		chunk := make([]byte, 8192)
		m, err := f.f.Read(chunk)
		f.rbuf = append(f.rbuf, chunk[:m]...)
		if m == 0 || err != nil {
			out := f.rbuf
			f.rbuf = nil
			if err != nil && err != goio.EOF {
				return nil, py.OSErrorFromGo(err, f.name)
			}
			return out, nil
		}
	}
}

func (f *File) writeBytes(b []byte) error {
	if f.mem != nil {
		data := f.mem.Bytes()
		if f.pos > len(data) {
			f.mem.Write(make([]byte, f.pos-len(data)))
			data = f.mem.Bytes()
		}
		if f.pos == len(data) {
			f.mem.Write(b)
		} else {
			n := copy(data[f.pos:], b)
			if n < len(b) {
				f.mem.Write(b[n:])
			}
		}
		f.pos += len(b)
		return nil
	}
	if _, err := f.f.Write(b); err != nil {
		return py.OSErrorFromGo(err, f.name)
	}
	return nil
}

func (f *File) result(b []byte) (py.Object, error) {
	if f.binary {
		return py.NewBytes(b), nil
	}
	return py.Decode(b, "utf-8", "strict")
}

func openFile(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var file, buffering, encoding, errors, newline, closefd, opener py.Object
	mode := "r"
	if err := py.UnpackArgs(t, "open", args, kw, "file", &file, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errors, "newline?", &newline, "closefd?", &closefd, "opener?", &opener); err != nil {
		return nil, err
	}
	var path string
	switch v := file.(type) {
	case *py.Str:
		path = v.S
	case *py.Bytes:
		path = string(v.B)
	default:
		return nil, py.Errorf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", py.TypeName(file))
	}
	f := &File{name: file, mode: mode}
	flags := 0
	kinds := 0
	for _, c := range mode {
		switch c {
		case 'r':
			f.read = true
			kinds++
		case 'w':
			f.write = true
			flags |= os.O_CREATE | os.O_TRUNC
			kinds++
		case 'a':
			f.write = true
			flags |= os.O_CREATE | os.O_APPEND
			kinds++
		case 'x':
			f.write = true
			flags |= os.O_CREATE | os.O_EXCL
			kinds++
		case '+':
			f.read, f.write = true, true
		case 'b':
			f.binary = true
		case 't':
		default:
			return nil, py.Errorf(py.ValueError, "invalid mode: '%s'", mode)
		}
	}
	if kinds != 1 {
		return nil, py.Errorf(py.ValueError, "must have exactly one of create/read/write/append mode")
	}
	switch {
	case f.read && f.write:
		flags |= os.O_RDWR
	case f.write:
		flags |= os.O_WRONLY
	}
	fh, err := os.OpenFile(path, flags, 0o666)
	if err != nil {
		return nil, py.OSErrorFromGo(err, file)
	}
	if st, err := fh.Stat(); err == nil && st.IsDir() {
		fh.Close()
		return nil, py.NewOSError(21, file)
	}
	f.f = fh
	switch {
	case !f.binary:
		f.cls = TextIOWrapperType
	case f.read && !f.write:
		f.cls = BufferedReaderType
	default:
		f.cls = BufferedWriterType
	}
	return f, nil
}

func method(tps []*py.Type, name string, fn func(t *py.Thread, f *File, a []py.Object) (py.Object, error)) {
	for _, tp := range tps {
		tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			f, err := asFile(args[0])
			if err != nil {
				return nil, err
			}
			return fn(t, f, args[1:])
		})
	}
}

func init() {
	all := []*py.Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, StringIOType, BytesIOType}
	for _, tp := range all {
		tp.Module = "_io"
		tp.Bases = []*py.Type{IOBaseType}
		tp.MRO = append([]*py.Type{tp}, IOBaseType.MRO...)
	}
	IOBaseType.Module = "io"
	method(all, "read", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if err := f.check(true); err != nil {
			return nil, err
		}
		n := -1
		if len(a) > 0 && a[0] != py.None {
			var err error
			if n, err = py.IndexInt(t, a[0]); err != nil {
				return nil, err
			}
		}
		var b []byte
		var err error
		if n < 0 {
			b, err = f.readAll()
		} else if f.binary {
			b, err = f.readN(n)
		} else {
			// n characters
			var out []byte
			for chars := 0; chars < n; chars++ {
				c, e := f.readN(1)
				if e != nil || len(c) == 0 {
					err = e
					break
				}
				out = append(out, c...)
				for c[0] >= 0xC0 && len(out) > 0 {
					more, e := f.readN(1)
					if e != nil || len(more) == 0 || more[0]&0xC0 != 0x80 {
						if len(more) > 0 {
							if f.mem != nil {
								f.pos--
							} else {
								f.rbuf = append(more, f.rbuf...)
							}
						}
						break
					}
					out = append(out, more...)
				}
			}
			b = out
		}
		if err != nil {
			return nil, err
		}
		return f.result(b)
	})
	method(all, "readline", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if err := f.check(true); err != nil {
			return nil, err
		}
		b, err := f.readLine()
		if err != nil {
			return nil, err
		}
		return f.result(b)
	})
	method(all, "readlines", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if err := f.check(true); err != nil {
			return nil, err
		}
		var out []py.Object
		for {
			b, err := f.readLine()
			if err != nil {
				return nil, err
			}
			if len(b) == 0 {
				return py.NewList(out...), nil
			}
			r, err := f.result(b)
			if err != nil {
				return nil, err
			}
			out = append(out, r)
		}
	})
	method(all, "__next__", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if err := f.check(true); err != nil {
			return nil, err
		}
		b, err := f.readLine()
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			return nil, py.NewException(py.StopIteration)
		}
		return f.result(b)
	})
	method(all, "__iter__", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) { return f, nil })
	method(all, "write", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if err := f.check(false); err != nil {
			return nil, err
		}
		if len(a) != 1 {
			return nil, py.Errorf(py.TypeError, "write() takes exactly one argument (%d given)", len(a))
		}
		if f.binary {
			b, ok := py.AsBytes(a[0])
			if !ok {
				return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(a[0]))
			}
			return py.Int(len(b)), f.writeBytes(b)
		}
		s, ok := a[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "write() argument must be str, not %s", py.TypeName(a[0]))
		}
		return py.Int(s.Len()), f.writeBytes([]byte(s.S))
	})
	method(all, "writelines", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		return py.None, py.Iterate(t, a[0], func(x py.Object) (bool, error) {
			_, err := t.CallMethod(f, "write", x)
			return err == nil, err
		})
	})
	method(all, "close", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if !f.closed && f.f != nil {
			f.f.Close()
		}
		f.closed = true
		return py.None, nil
	})
	method(all, "flush", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) { return py.None, nil })
	method(all, "__enter__", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) { return f, nil })
	method(all, "__exit__", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if !f.closed && f.f != nil {
			f.f.Close()
		}
		f.closed = true
		return py.False, nil
	})
	method(all, "seek", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if f.closed {
			return nil, py.Errorf(py.ValueError, "I/O operation on closed file.")
		}
		off, whence := 0, 0
		var err error
		if len(a) > 0 {
			if off, err = py.IndexInt(t, a[0]); err != nil {
				return nil, err
			}
		}
		if len(a) > 1 {
			if whence, err = py.IndexInt(t, a[1]); err != nil {
				return nil, err
			}
		}
		if f.mem != nil {
			switch whence {
			case 1:
				off += f.pos
			case 2:
				off += f.mem.Len()
			}
			if off < 0 {
				return nil, py.Errorf(py.ValueError, "negative seek value %d", off)
			}
			f.pos = off
			return py.Int(off), nil
		}
		f.rbuf = nil
		n, e := f.f.Seek(int64(off), whence)
		if e != nil {
			return nil, py.OSErrorFromGo(e, f.name)
		}
		return py.Int(n), nil
	})
	method(all, "tell", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if f.mem != nil {
			return py.Int(f.pos), nil
		}
		n, err := f.f.Seek(0, 1)
		if err != nil {
			return nil, py.OSErrorFromGo(err, f.name)
		}
		return py.Int(n - int64(len(f.rbuf))), nil
	})
	method(all, "fileno", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if f.f == nil {
			return nil, py.Errorf(py.UnsupportedOperation(), "fileno")
		}
		return py.Int(f.f.Fd()), nil
	})
	for _, n := range []string{"readable", "writable", "seekable"} {
		n := n
		method(all, n, func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
			switch n {
			case "readable":
				return py.NewBool(f.read), nil
			case "writable":
				return py.NewBool(f.write), nil
			}
			return py.True, nil
		})
	}
	method([]*py.Type{StringIOType, BytesIOType}, "getvalue", func(t *py.Thread, f *File, a []py.Object) (py.Object, error) {
		if f.closed {
			return nil, py.Errorf(py.ValueError, "I/O operation on closed file.")
		}
		return f.result(append([]byte(nil), f.mem.Bytes()...))
	})
	for _, tp := range all {
		tp.AddGetSet("closed", func(t *py.Thread, self py.Object) (py.Object, error) {
			f, err := asFile(self)
			if err != nil {
				return nil, err
			}
			return py.NewBool(f.closed), nil
		}, nil)
		tp.AddGetSet("name", func(t *py.Thread, self py.Object) (py.Object, error) {
			f, err := asFile(self)
			if err != nil || f.name == nil {
				return py.None, err
			}
			return f.name, nil
		}, nil)
		tp.AddGetSet("mode", func(t *py.Thread, self py.Object) (py.Object, error) {
			f, err := asFile(self)
			if err != nil {
				return nil, err
			}
			return py.NewStr(f.mode), nil
		}, nil)
	}
	TextIOWrapperType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		f, _ := asFile(args[0])
		r, _ := py.Repr(t, f.name)
		return py.NewStr("<_io.TextIOWrapper name=" + r + " mode='" + f.mode + "' encoding='UTF-8'>"), nil
	})
	memNew := func(binary bool) func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			f := &File{mem: &bytes.Buffer{}, binary: binary, read: true, write: true, cls: StringIOType}
			if binary {
				f.cls = BytesIOType
			}
			var init py.Object = py.None
			var nl py.Object
			if err := py.UnpackArgs(t, cls.Name, args, kw, "initial_value?", &init, "newline?", &nl); err != nil {
				return nil, err
			}
			if init != py.None {
				if binary {
					b, ok := py.AsBytes(init)
					if !ok {
						return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(init))
					}
					f.mem.Write(b)
				} else {
					s, ok := init.(*py.Str)
					if !ok {
						return nil, py.Errorf(py.TypeError, "initial_value must be str or None, not %s", py.TypeName(init))
					}
					f.mem.WriteString(s.S)
				}
			}
			return f, nil
		}
	}
	StringIOType.New = memNew(false)
	BytesIOType.New = memNew(true)
	IOBaseType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return &py.Instance{Cls: cls}, nil
	}
	py.InstallNew(StringIOType, BytesIOType, IOBaseType)
	py.OpenHook = openFile
	py.RegisterModule("io", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("io")
		m.SetFunc("open", openFile)
		for _, tp := range []*py.Type{StringIOType, BytesIOType, TextIOWrapperType, BufferedReaderType, BufferedWriterType, IOBaseType} {
			m.Set(tp.Name, tp)
		}
		m.Set("RawIOBase", IOBaseType)
		m.Set("BufferedIOBase", IOBaseType)
		m.Set("TextIOBase", IOBaseType)
		m.Set("UnsupportedOperation", py.UnsupportedOperation())
		m.Set("SEEK_SET", py.Int(0))
		m.Set("SEEK_CUR", py.Int(1))
		m.Set("SEEK_END", py.Int(2))
		m.Set("DEFAULT_BUFFER_SIZE", py.Int(8192))
		return m, nil
	})
}
