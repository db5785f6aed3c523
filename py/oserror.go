package py

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// osErrorSubclass maps errno values to OSError subclasses, as CPython's
// OSError constructor does.
var osErrorSubclass = map[syscall.Errno]**Type{
	syscall.EAGAIN:       &BlockingIOError,
	syscall.EALREADY:     &BlockingIOError,
	syscall.EINPROGRESS:  &BlockingIOError,
	syscall.ECHILD:       &ChildProcessError,
	syscall.EPIPE:        &BrokenPipeError,
	syscall.ESHUTDOWN:    &BrokenPipeError,
	syscall.ECONNABORTED: &ConnectionAbortedError,
	syscall.ECONNREFUSED: &ConnectionRefusedError,
	syscall.ECONNRESET:   &ConnectionResetError,
	syscall.EEXIST:       &FileExistsError,
	syscall.ENOENT:       &FileNotFoundError,
	syscall.EISDIR:       &IsADirectoryError,
	syscall.ENOTDIR:      &NotADirectoryError,
	syscall.EINTR:        &InterruptedError,
	syscall.EACCES:       &PermissionError,
	syscall.EPERM:        &PermissionError,
	syscall.ESRCH:        &ProcessLookupError,
	syscall.ETIMEDOUT:    &TimeoutError,
}

// newOSError finishes an OSError built from Python arguments: picks the
// errno subclass (when constructing OSError itself) and sets attributes.
func newOSError(e *Exception) *Exception {
	if e.Cls == OSError && len(e.Args.Items) >= 2 {
		if n, ok := e.Args.Items[0].(Int); ok {
			if sub, ok := osErrorSubclass[syscall.Errno(n)]; ok {
				e.Cls = *sub
			}
		}
	}
	initOSErrorAttrs(e)
	return e
}

func initOSErrorAttrs(e *Exception) {
	args := e.Args.Items
	if len(args) == 3 && e.Cls.IsSubtype(BlockingIOError) && hasIndex(args[2]) {
		// BlockingIOError(errno, strerror, characters_written)
		e.SetAttr("errno", args[0])
		e.SetAttr("strerror", args[1])
		e.SetAttr("characters_written", args[2])
		return
	}
	if len(args) >= 2 && len(args) <= 5 {
		e.SetAttr("errno", args[0])
		e.SetAttr("strerror", args[1])
		if len(args) >= 3 {
			e.SetAttr("filename", args[2])
			if len(args) >= 5 {
				e.SetAttr("filename2", args[4])
			}
			// CPython keeps only (errno, strerror) in args when a filename is given.
			e.Args = NewTuple(args[0], args[1])
		}
	}
}

func osErrorStr(t *Thread, e *Exception) (Object, error) {
	errno, strerr := e.Attr("errno"), e.Attr("strerror")
	fn, fn2 := e.Attr("filename"), e.Attr("filename2")
	if errno == nil || strerr == nil {
		return excStrObj(t, e)
	}
	es, err := StrOf(t, errno)
	if err != nil {
		return nil, err
	}
	ss, err := StrOf(t, strerr)
	if err != nil {
		return nil, err
	}
	s := "[Errno " + es + "] " + ss
	if fn != nil && fn != None {
		r, err := Repr(t, fn)
		if err != nil {
			return nil, err
		}
		s += ": " + r
		if fn2 != nil && fn2 != None {
			r2, err := Repr(t, fn2)
			if err != nil {
				return nil, err
			}
			s += " -> " + r2
		}
	}
	return NewStr(s), nil
}

// NewOSError makes OSError(errno, strerror) of the errno's subclass.
func NewOSError(errno syscall.Errno, filename Object) *Exception {
	args := []Object{Int(errno), NewStr(errnoMessage(errno))}
	if filename != nil {
		args = append(args, filename)
	}
	return newOSError(&Exception{Cls: OSError, Args: NewTuple(args...)})
}

// NewOSErrorErrno makes MicroPython's form OSError(errno): a single
// argument, so str(e) is the number and e.errno works.
func NewOSErrorErrno(errno syscall.Errno) *Exception {
	e := &Exception{Cls: OSError, Args: NewTuple(Int(errno))}
	if sub, ok := osErrorSubclass[errno]; ok {
		e.Cls = *sub
	}
	e.SetAttr("errno", Int(errno))
	return e
}

func errnoMessage(errno syscall.Errno) string {
	s := errno.Error()
	if s != "" {
		// Go's messages are lower-case; C's strerror capitalizes.
		b := []byte(s)
		if b[0] >= 'a' && b[0] <= 'z' {
			b[0] -= 'a' - 'A'
		}
		return string(b)
	}
	return "Unknown error"
}

// OSErrorFromGo converts an error from Go's os/net packages to OSError
// with CPython's errno and message.
func OSErrorFromGo(err error, filename Object) *Exception {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return NewOSError(errno, filename)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return NewOSError(syscall.ENOENT, filename)
	case errors.Is(err, fs.ErrExist):
		return NewOSError(syscall.EEXIST, filename)
	case errors.Is(err, fs.ErrPermission):
		return NewOSError(syscall.EACCES, filename)
	case errors.Is(err, os.ErrDeadlineExceeded):
		return NewOSError(syscall.ETIMEDOUT, filename)
	}
	return Errorf(OSError, "%v", err)
}
