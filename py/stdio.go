package py

import (
	"bufio"
	"io"
	"os"
	"sync"

	"golang.org/x/term"
)

// TextStream is the text file object of sys.stdin, sys.stdout and
// sys.stderr. Output is buffered (line-buffered on a terminal) and
// flushed at exit, before reading input and when asked.
type TextStream struct {
	Name    string
	fd      int
	w       *bufio.Writer
	r       *bufio.Reader
	tty     bool
	closed  bool
	mu      sync.Mutex
	flushOn *TextStream // flushed before this stream reads or writes (stdout before stderr)
	bin     *BinaryStream
}

// TextStreamType is the class of the standard streams: a subclass of
// io.TextIOWrapper (so isinstance checks hold) with its own methods.
var TextStreamType = NewBuiltinType("TextIOWrapper", TextIOWrapperType, nil)

func (*TextStream) Type() *Type { return TextStreamType }

// BinaryStream is the .buffer of a standard stream.
type BinaryStream struct {
	text *TextStream
}

// BinaryStreamType and BinaryReaderStreamType are the classes of the
// .buffer of the output and input streams.
var (
	BinaryStreamType       = NewBuiltinType("BufferedWriter", BufferedWriterType, nil)
	BinaryReaderStreamType = NewBuiltinType("BufferedReader", BufferedReaderType, nil)
)

func (b *BinaryStream) Type() *Type {
	if b.text.r != nil {
		return BinaryReaderStreamType
	}
	return BinaryStreamType
}

// NewTextWriter makes an output stream on w. fd is the file descriptor (-1 if none).
func NewTextWriter(name string, w io.Writer, fd int) *TextStream {
	s := &TextStream{Name: name, fd: fd, w: bufio.NewWriterSize(w, 16384)}
	if f, ok := w.(*os.File); ok {
		s.tty = term.IsTerminal(int(f.Fd()))
	}
	return s
}

// NewTextReader makes an input stream on r.
func NewTextReader(name string, r io.Reader, fd int) *TextStream {
	s := &TextStream{Name: name, fd: fd, r: bufio.NewReaderSize(r, 16384)}
	if f, ok := r.(*os.File); ok {
		s.tty = term.IsTerminal(int(f.Fd()))
	}
	return s
}

// SetFlushBefore makes the stream flush o before each of its operations.
func (s *TextStream) SetFlushBefore(o *TextStream) { s.flushOn = o }

// Reader returns the buffered reader of an input stream (nil for output streams).
func (s *TextStream) Reader() *bufio.Reader { return s.r }

// WriteString writes text to the stream.
func (s *TextStream) WriteString(str string) error {
	if s.w == nil {
		return Errorf(UnsupportedOperation(), "not writable")
	}
	if s.closed {
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	if s.flushOn != nil {
		s.flushOn.Flush()
	}
	s.mu.Lock()
	_, err := s.w.WriteString(str)
	if err == nil && (s.tty || s.flushOn != nil) {
		for i := len(str) - 1; i >= 0; i-- {
			if str[i] == '\n' {
				err = s.w.Flush()
				break
			}
		}
		if s.flushOn != nil {
			err = s.w.Flush()
		}
	}
	s.mu.Unlock()
	if err != nil {
		return OSErrorFromGo(err, nil)
	}
	return nil
}

// Flush writes out buffered output.
func (s *TextStream) Flush() error {
	if s.w == nil {
		return nil
	}
	s.mu.Lock()
	err := s.w.Flush()
	s.mu.Unlock()
	if err != nil {
		return OSErrorFromGo(err, nil)
	}
	return nil
}

// ReadLine reads one line including its newline ("" at EOF).
func (s *TextStream) ReadLine() (string, error) {
	if s.r == nil {
		return "", Errorf(UnsupportedOperation(), "not readable")
	}
	if s.flushOn != nil {
		s.flushOn.Flush()
	}
	line, err := s.r.ReadString('\n')
	if err != nil && err != io.EOF {
		return line, OSErrorFromGo(err, nil)
	}
	return line, nil
}

var unsupportedOperation *Type

// UnsupportedOperation is io.UnsupportedOperation (OSError and ValueError).
func UnsupportedOperation() *Type {
	if unsupportedOperation == nil {
		unsupportedOperation = NewExceptionType("io", "UnsupportedOperation", OSError, ValueError)
	}
	return unsupportedOperation
}

func asTextStream(o Object) (*TextStream, error) {
	if s, ok := o.(*TextStream); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "expected a text stream, not %s", TypeName(o))
}

func init() {
	TextStreamType.Module = "_io"
	BinaryStreamType.Module = "_io"
	BinaryReaderStreamType.Module = "_io"
	initStdioExtras()
	TextStreamType.AddMethod("write", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		if err := CheckArgs("write", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		str, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "write() argument must be str, not %s", TypeName(args[1]))
		}
		if err := s.WriteString(str.S); err != nil {
			return nil, err
		}
		return Int(str.Len()), nil
	})
	TextStreamType.AddMethod("flush", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		return None, s.Flush()
	})
	TextStreamType.AddMethod("readline", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		line, err := s.ReadLine()
		if err != nil {
			return nil, err
		}
		return NewStr(line), nil
	})
	TextStreamType.AddMethod("read", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		if s.r == nil {
			return nil, Errorf(UnsupportedOperation(), "not readable")
		}
		n := -1
		if len(args) > 1 && args[1] != None {
			if n, err = IndexInt(t, args[1]); err != nil {
				return nil, err
			}
		}
		if s.flushOn != nil {
			s.flushOn.Flush()
		}
		if n < 0 {
			b, err := io.ReadAll(s.r)
			if err != nil {
				return nil, OSErrorFromGo(err, nil)
			}
			return NewStr(string(b)), nil
		}
		var out []byte
		for i := 0; i < n; i++ {
			r, size, err := s.r.ReadRune()
			if err != nil {
				break
			}
			if r == 0xFFFD && size == 1 {
				out = append(out, '?')
				continue
			}
			out = AppendRune(out, r)
		}
		return NewStr(string(out)), nil
	})
	TextStreamType.AddMethod("readlines", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		var lines []Object
		for {
			line, err := s.ReadLine()
			if err != nil {
				return nil, err
			}
			if line == "" {
				return NewList(lines...), nil
			}
			lines = append(lines, NewStr(line))
		}
	})
	TextStreamType.AddMethod("__iter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil })
	TextStreamType.AddMethod("__next__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		line, err := s.ReadLine()
		if err != nil {
			return nil, err
		}
		if line == "" {
			return nil, NewException(StopIteration)
		}
		return NewStr(line), nil
	})
	TextStreamType.AddMethod("fileno", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		return Int(s.fd), nil
	})
	TextStreamType.AddMethod("isatty", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		return NewBool(s.tty), nil
	})
	for _, name := range []string{"readable", "writable"} {
		name := name
		TextStreamType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s, err := asTextStream(args[0])
			if err != nil {
				return nil, err
			}
			if name == "readable" {
				return NewBool(s.r != nil), nil
			}
			return NewBool(s.w != nil), nil
		})
	}
	TextStreamType.AddMethod("close", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		s.Flush()
		s.closed = true
		return None, nil
	})
	TextStreamType.AddMethod("__enter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil })
	TextStreamType.AddMethod("__exit__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return None, nil
	})
	TextStreamType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := asTextStream(args[0])
		if err != nil {
			return nil, err
		}
		mode := "r"
		if s.w != nil {
			mode = "w"
		}
		return NewStr("<_io.TextIOWrapper name='" + s.Name + "' mode='" + mode + "' encoding='utf-8'>"), nil
	})
	TextStreamType.AddGetSet("encoding", func(t *Thread, self Object) (Object, error) { return NewStr("utf-8"), nil }, nil)
	TextStreamType.AddGetSet("errors", func(t *Thread, self Object) (Object, error) { return NewStr("strict"), nil }, nil)
	TextStreamType.AddGetSet("name", func(t *Thread, self Object) (Object, error) {
		return NewStr(self.(*TextStream).Name), nil
	}, nil)
	TextStreamType.AddGetSet("closed", func(t *Thread, self Object) (Object, error) {
		return NewBool(self.(*TextStream).closed), nil
	}, nil)
	TextStreamType.AddGetSet("buffer", func(t *Thread, self Object) (Object, error) {
		s := self.(*TextStream)
		if s.bin == nil {
			s.bin = &BinaryStream{text: s}
		}
		return s.bin, nil
	}, nil)

	addBinaryMethod("write", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		b, ok := args[0].(*BinaryStream)
		if !ok || len(args) != 2 {
			return nil, Errorf(TypeError, "write() takes exactly one argument")
		}
		data, ok := AsBytes(args[1])
		if !ok {
			return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(args[1]))
		}
		if err := b.text.WriteString(string(data)); err != nil {
			return nil, err
		}
		return Int(len(data)), nil
	})
	addBinaryMethod("flush", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return None, args[0].(*BinaryStream).text.Flush()
	})
	addBinaryMethod("read", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s := args[0].(*BinaryStream).text
		if s.r == nil {
			return nil, Errorf(UnsupportedOperation(), "not readable")
		}
		n := -1
		var err error
		if len(args) > 1 && args[1] != None {
			if n, err = IndexInt(t, args[1]); err != nil {
				return nil, err
			}
		}
		if n < 0 {
			b, err := io.ReadAll(s.r)
			if err != nil {
				return nil, OSErrorFromGo(err, nil)
			}
			return NewBytes(b), nil
		}
		buf := make([]byte, n)
		m, err := io.ReadFull(s.r, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, OSErrorFromGo(err, nil)
		}
		return NewBytes(buf[:m]), nil
	})
	addBinaryMethod("readline", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s := args[0].(*BinaryStream).text
		if s.r == nil {
			return nil, Errorf(UnsupportedOperation(), "not readable")
		}
		line, err := s.r.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, OSErrorFromGo(err, nil)
		}
		return NewBytes(line), nil
	})
	addBinaryMethod("fileno", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return Int(args[0].(*BinaryStream).text.fd), nil
	})
}
