package io

import (
	"runtime"
	"syscall"

	"upy/py"
)

// FileIO is _io.FileIO: a raw binary file on an OS file descriptor.
type FileIO struct {
	fd        int
	name      py.Object
	readable_ bool
	writable_ bool
	appending bool
	created   bool
	closefd   bool
	closed    bool
	regular   bool // a regular file: reads never block
	seekable_ int8 // -1 unknown, 0 no, 1 yes
}

// FileIOType is _io.FileIO.
var FileIOType = newClass("FileIO", py.RawIOBaseType)

func newClass(name string, base *py.Type) *py.Type {
	t := py.NewBuiltinType(name, base, nil)
	t.Module = "_io"
	return t
}

func (*FileIO) Type() *py.Type { return FileIOType }

// fileMode is a parsed open() mode.
type fileMode struct {
	reading, writing, appending, creating, plus, text, binary bool
}

// parseRawMode parses a FileIO mode ("rwxa+b").
func parseRawMode(mode string) (fileMode, error) {
	var m fileMode
	rwa := 0
	bad := func() (fileMode, error) {
		return m, py.Errorf(py.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	for _, c := range mode {
		switch c {
		case 'r', 'w', 'a', 'x':
			if rwa > 0 {
				return bad()
			}
			rwa++
			switch c {
			case 'r':
				m.reading = true
			case 'w':
				m.writing = true
			case 'a':
				m.appending = true
			case 'x':
				m.creating = true
			}
		case '+':
			if m.plus {
				return bad()
			}
			m.plus = true
		case 'b':
		default:
			return m, py.Errorf(py.ValueError, "invalid mode: %s", mode)
		}
	}
	if rwa == 0 {
		return bad()
	}
	return m, nil
}

func (m fileMode) flags() int {
	var f int
	switch {
	case m.plus:
		f = syscall.O_RDWR
	case m.reading:
		f = syscall.O_RDONLY
	default:
		f = syscall.O_WRONLY
	}
	switch {
	case m.writing:
		f |= syscall.O_CREAT | syscall.O_TRUNC
	case m.appending:
		f |= syscall.O_CREAT | syscall.O_APPEND
	case m.creating:
		f |= syscall.O_CREAT | syscall.O_EXCL
	}
	return f | syscall.O_CLOEXEC
}

// openFileIO opens a raw file as FileIO(file, mode, closefd, opener) does.
func openFileIO(t *py.Thread, file py.Object, mode string, closefd bool, opener py.Object) (*FileIO, error) {
	m, err := parseRawMode(mode)
	if err != nil {
		return nil, err
	}
	f := &FileIO{fd: -1, name: file, closefd: true, seekable_: -1}
	f.readable_ = m.reading || m.plus
	f.writable_ = !m.reading || m.plus
	f.appending = m.appending
	f.created = m.creating
	if _, isFloat := file.(py.Float); !isFloat {
		if n, ok := fdArg(file); ok {
			if n < 0 {
				return nil, py.Errorf(py.ValueError, "negative file descriptor")
			}
			f.fd = n
			f.closefd = closefd
		}
	}
	if f.fd < 0 {
		if !closefd {
			return nil, py.Errorf(py.ValueError, "Cannot use closefd=False with file name")
		}
		path, isBytes, err := FSPath(t, file)
		if err != nil {
			return nil, err
		}
		if tp := file.Type(); !tp.IsSubtype(py.StrType) && !tp.IsSubtype(py.BytesType) {
			// an os.PathLike: the name (and errors) are the path it stands for
			if isBytes {
				file = py.NewBytes([]byte(path))
			} else {
				file = py.NewStr(path)
			}
			f.name = file
		}
		FlushAll()
		if opener != nil && opener != py.None {
			r, err := t.Call(opener, []py.Object{file, py.Int(m.flags())}, nil)
			if err != nil {
				return nil, err
			}
			n, err := py.IndexInt(t, r)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, py.Errorf(py.ValueError, "opener returned %d", n)
			}
			f.fd = n
		} else {
			for {
				f.fd, err = syscall.Open(path, m.flags(), 0o666)
				if err != syscall.EINTR {
					break
				}
			}
			if err != nil {
				return nil, py.OSErrorFromGo(err, file)
			}
		}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		if f.closefd {
			syscall.Close(f.fd)
		}
		return nil, py.OSErrorFromGo(err, nil)
	}
	if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		if f.closefd {
			syscall.Close(f.fd)
		}
		return nil, py.NewOSError(syscall.EISDIR, file)
	}
	f.regular = st.Mode&syscall.S_IFMT == syscall.S_IFREG
	if f.appending {
		syscall.Seek(f.fd, 0, 2)
	}
	if f.closefd {
		// Files dropped without close() give their descriptor back.
		runtime.SetFinalizer(f, (*FileIO).finalize)
	}
	return f, nil
}

func fdArg(o py.Object) (int, bool) {
	switch v := o.(type) {
	case py.Int:
		return int(v), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func (f *FileIO) finalize() {
	if !f.closed && f.closefd && f.fd >= 0 {
		syscall.Close(f.fd)
	}
}

func (f *FileIO) check() error {
	if f.closed {
		return closedRaw()
	}
	return nil
}

func (f *FileIO) checkReadable() error {
	if f.closed {
		return closedRaw()
	}
	if !f.readable_ {
		return unsupported("File not open for reading")
	}
	return nil
}

func (f *FileIO) checkWritable() error {
	if f.closed {
		return closedRaw()
	}
	if !f.writable_ {
		return unsupported("File not open for writing")
	}
	return nil
}

// sysRead is one read(2), without the GIL when it may block.
func (f *FileIO) sysRead(t *py.Thread, b []byte) (int, error) {
	for {
		var n int
		var err error
		if f.regular || t == nil {
			n, err = syscall.Read(f.fd, b)
		} else {
			t.Unblocked(func() { n, err = syscall.Read(f.fd, b) })
		}
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		return n, nil
	}
}

func (f *FileIO) readinto(t *py.Thread, b []byte) (int, bool, error) {
	if err := f.checkReadable(); err != nil {
		return 0, false, err
	}
	n, err := f.sysRead(t, b)
	if err == syscall.EAGAIN {
		return 0, true, nil
	}
	if err != nil {
		return 0, false, py.OSErrorFromGo(err, nil)
	}
	return n, false, nil
}

func (f *FileIO) read(t *py.Thread, n int) ([]byte, bool, error) {
	if err := f.checkReadable(); err != nil {
		return nil, false, err
	}
	if n < 0 {
		return f.readall(t)
	}
	b := make([]byte, n)
	m, blocked, err := f.readinto(t, b)
	if err != nil || blocked {
		return nil, blocked, err
	}
	return b[:m], false, nil
}

func (f *FileIO) readall(t *py.Thread) ([]byte, bool, error) {
	if err := f.check(); err != nil {
		return nil, false, err
	}
	size := 8192
	if f.regular {
		var st syscall.Stat_t
		if syscall.Fstat(f.fd, &st) == nil {
			if pos, err := syscall.Seek(f.fd, 0, 1); err == nil && st.Size > pos {
				size = int(st.Size-pos) + 1
			}
		}
	}
	out := make([]byte, 0, size)
	for {
		if len(out) == cap(out) {
			out = append(out, 0)[:len(out)]
		}
		n, err := f.sysRead(t, out[len(out):cap(out)])
		if err == syscall.EAGAIN {
			if len(out) == 0 {
				return nil, true, nil
			}
			return out, false, nil
		}
		if err != nil {
			return nil, false, py.OSErrorFromGo(err, nil)
		}
		if n == 0 {
			return out, false, nil
		}
		out = out[:len(out)+n]
	}
}

func (f *FileIO) read1(t *py.Thread, n int) ([]byte, error) {
	b, _, err := f.read(t, n)
	return b, err
}

func (f *FileIO) write(t *py.Thread, b []byte) (int, error) {
	if err := f.checkWritable(); err != nil {
		return 0, err
	}
	for {
		var n int
		var err error
		if f.regular || t == nil {
			n, err = syscall.Write(f.fd, b)
		} else {
			t.Unblocked(func() { n, err = syscall.Write(f.fd, b) })
		}
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			return -1, nil
		}
		if err != nil {
			return 0, py.OSErrorFromGo(err, nil)
		}
		return n, nil
	}
}

// writeAll writes b completely (for the buffered layer).
func (f *FileIO) writeAll(t *py.Thread, b []byte) error {
	for len(b) > 0 {
		n, err := f.write(t, b)
		if err != nil {
			return err
		}
		if n < 0 {
			return py.NewOSError(syscall.EAGAIN, nil)
		}
		b = b[n:]
	}
	return nil
}

func (f *FileIO) seek(t *py.Thread, off int64, whence int) (int64, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	if whence < 0 || whence > 4 {
		return 0, py.NewOSError(syscall.EINVAL, nil)
	}
	pos, err := syscall.Seek(f.fd, off, whence)
	if err != nil {
		return 0, py.OSErrorFromGo(err, nil)
	}
	return pos, nil
}

func (f *FileIO) tell(t *py.Thread) (int64, error) { return f.seek(t, 0, 1) }

func (f *FileIO) truncate(t *py.Thread, size py.Object) (int64, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	if !f.writable_ {
		return 0, unsupported("File not open for writing")
	}
	var n int64
	if size == nil || size == py.None {
		pos, err := f.tell(t)
		if err != nil {
			return 0, err
		}
		n = pos
	} else {
		v, err := py.IndexInt(t, size)
		if err != nil {
			return 0, err
		}
		n = int64(v)
	}
	if err := syscall.Ftruncate(f.fd, n); err != nil {
		return 0, py.OSErrorFromGo(err, nil)
	}
	return n, nil
}

func (f *FileIO) flush(t *py.Thread) error {
	if f.closed {
		return closedFile()
	}
	return nil
}

func (f *FileIO) close(t *py.Thread) error {
	if f.closed {
		return nil
	}
	f.closed = true
	runtime.SetFinalizer(f, nil)
	if f.closefd {
		if err := syscall.Close(f.fd); err != nil {
			return py.OSErrorFromGo(err, nil)
		}
	}
	return nil
}

func (f *FileIO) isClosed(t *py.Thread) (bool, error) { return f.closed, nil }

func (f *FileIO) readable(t *py.Thread) (bool, error) { return f.readable_, f.check() }
func (f *FileIO) writable(t *py.Thread) (bool, error) { return f.writable_, f.check() }
func (f *FileIO) seekable(t *py.Thread) (bool, error) {
	if err := f.check(); err != nil {
		return false, err
	}
	if f.seekable_ < 0 {
		f.seekable_ = 0
		if _, err := syscall.Seek(f.fd, 0, 1); err == nil {
			f.seekable_ = 1
		}
	}
	return f.seekable_ == 1, nil
}

func (f *FileIO) fileno(t *py.Thread) (py.Object, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return py.Int(f.fd), nil
}

func (f *FileIO) isatty(t *py.Thread) (bool, error) {
	if err := f.check(); err != nil {
		return false, err
	}
	return isTerminal(f.fd), nil
}

func (f *FileIO) modeString() string {
	switch {
	case f.created:
		if f.readable_ {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable_ {
			return "ab+"
		}
		return "ab"
	case f.readable_:
		if f.writable_ {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

func init() {
	tp := FileIOType
	defer py.InstallNew(tp)
	tp.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var file, opener py.Object = nil, py.None
		mode := "r"
		closefd := true
		if err := py.UnpackArgs(t, "FileIO", args, kw, "file", &file, "mode?", &mode, "closefd?", &closefd, "opener?", &opener); err != nil {
			return nil, err
		}
		return openFileIO(t, file, mode, closefd, opener)
	}
	tp.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, nil
	})
	self := func(args []py.Object) (*FileIO, error) { return self0[*FileIO](args, FileIOType) }
	addStreamMethods(tp, func(args []py.Object) (stream, error) { return self(args) })
	tp.AddMethod("readall", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		f, err := self(args)
		if err != nil {
			return nil, err
		}
		b, blocked, err := f.readall(t)
		if err != nil || blocked {
			return py.None, err
		}
		return py.NewBytes(b), nil
	})
	tp.AddMethod("readinto", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		f, err := self(args)
		if err != nil {
			return nil, err
		}
		if err := py.CheckArgs("readinto", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		buf, ok := py.WritableBytes(args[1])
		if !ok {
			return nil, py.Errorf(py.TypeError, "readinto() argument must be read-write bytes-like object, not %s", py.TypeName(args[1]))
		}
		n, blocked, err := f.readinto(t, buf)
		if err != nil || blocked {
			return py.None, err
		}
		return py.Int(n), nil
	})
	tp.AddGetSet("closefd", func(t *py.Thread, o py.Object) (py.Object, error) {
		f, err := self([]py.Object{o})
		if err != nil {
			return nil, err
		}
		return py.NewBool(f.closefd), nil
	}, nil)
	tp.AddGetSet("mode", func(t *py.Thread, o py.Object) (py.Object, error) {
		f, err := self([]py.Object{o})
		if err != nil {
			return nil, err
		}
		return py.NewStr(f.modeString()), nil
	}, nil)
	tp.AddGetSet("name", func(t *py.Thread, o py.Object) (py.Object, error) {
		f, err := self([]py.Object{o})
		if err != nil {
			return nil, err
		}
		return f.name, nil
	}, nil)
	tp.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		f, err := self(args)
		if err != nil {
			return nil, err
		}
		if f.closed {
			return py.NewStr("<_io.FileIO [closed]>"), nil
		}
		n, err := reprName(t, f.name)
		if err != nil {
			return nil, err
		}
		closefd := "True"
		if !f.closefd {
			closefd = "False"
		}
		return py.NewStr("<_io.FileIO" + n + " mode='" + f.modeString() + "' closefd=" + closefd + ">"), nil
	})
}
