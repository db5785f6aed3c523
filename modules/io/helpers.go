package io

import (
	"strings"

	"golang.org/x/term"

	"upy/py"
)

// closedFile is the ValueError of operations on closed text files.
func closedFile() error { return py.Errorf(py.ValueError, "I/O operation on closed file.") }

// closedRaw is the message raw files and buffers use (no period).
func closedRaw() error { return py.Errorf(py.ValueError, "I/O operation on closed file") }

func unsupported(msg string) error { return py.Errorf(py.UnsupportedOperation(), "%s", msg) }

// sizeArg parses the optional size argument of read-like methods:
// an int or None (-1 when absent).
func sizeArg(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg) (int, error) {
	var o py.Object = py.None
	if err := py.UnpackArgs(t, fname, args, kw, "size?", &o); err != nil {
		return 0, err
	}
	return optSize(t, o)
}

func optSize(t *py.Thread, o py.Object) (int, error) {
	if o == py.None {
		return -1, nil
	}
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
	default:
		if o.Type().LookupString("__index__") == nil {
			return 0, py.Errorf(py.TypeError, "argument should be integer or None, not '%s'", py.TypeName(o))
		}
	}
	n, err := py.IndexInt(t, o)
	if err != nil {
		return 0, err
	}
	return n, nil
}

// bytesLike returns the bytes of a bytes-like argument.
func bytesLike(o py.Object) ([]byte, error) {
	if b, ok := py.AsBytes(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

// FSPath converts a path argument (str, bytes or os.PathLike) to a Go
// string, as os.fspath does; isBytes tells whether it was bytes.
func FSPath(t *py.Thread, o py.Object) (path string, isBytes bool, err error) {
	switch v := o.(type) {
	case *py.Str:
		path = v.S
	case *py.Bytes:
		path, isBytes = string(v.B), true
	default:
		if s, ok := o.(*py.Instance); ok {
			if st, ok := s.Base.(*py.Str); ok {
				return checkNul(st.S, false)
			}
			if b, ok := s.Base.(*py.Bytes); ok {
				return checkNul(string(b.B), true)
			}
		}
		r, found, err := py.CallSpecial(t, o, py.Intern("__fspath__"))
		if err != nil {
			return "", false, err
		}
		if !found {
			return "", false, py.Errorf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", py.TypeName(o))
		}
		switch v := r.(type) {
		case *py.Str:
			path = v.S
		case *py.Bytes:
			path, isBytes = string(v.B), true
		default:
			return "", false, py.Errorf(py.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", py.TypeName(o), py.TypeName(r))
		}
	}
	return checkNul(path, isBytes)
}

func checkNul(path string, isBytes bool) (string, bool, error) {
	if strings.IndexByte(path, 0) >= 0 {
		return "", false, py.Errorf(py.ValueError, "embedded null byte")
	}
	return path, isBytes, nil
}

// reprName formats the name= part of file reprs.
func reprName(t *py.Thread, name py.Object) (string, error) {
	if name == nil {
		return "", nil
	}
	r, err := py.Repr(t, name)
	if err != nil {
		return "", err
	}
	return " name=" + r, nil
}

func self0[T py.Object](args []py.Object, cls *py.Type) (T, error) {
	var zero T
	if len(args) == 0 {
		return zero, py.Errorf(py.TypeError, "method needs an argument")
	}
	o := args[0]
	if inst, ok := o.(*py.Instance); ok && inst.Base != nil {
		o = inst.Base
	}
	v, ok := o.(T)
	if !ok {
		return zero, py.Errorf(py.TypeError, "descriptor requires a '_io.%s' object but received a '%s'", cls.Name, py.TypeName(args[0]))
	}
	return v, nil
}

func isTerminal(fd int) bool { return term.IsTerminal(fd) }

// argTypeName names an argument's type as CPython's argument errors do.
func argTypeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return py.TypeName(o)
}
