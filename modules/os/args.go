package os

import (
	"syscall"

	"upy/modules/io"
	"upy/py"
)

// pathArg converts a path argument; fname and allowFd shape the error
// message as CPython's path converter does.
type pathVal struct {
	s       string
	isBytes bool
	fd      int // >= 0 when an open descriptor was given
	obj     py.Object
}

func pathArg(t *py.Thread, fname string, o py.Object, allowFd, allowNone bool) (pathVal, error) {
	p := pathVal{fd: -1, obj: o}
	if allowFd {
		switch v := o.(type) {
		case py.Int:
			p.fd = int(v)
			return p, nil
		case py.Bool:
			p.fd = 0
			if v {
				p.fd = 1
			}
			return p, nil
		}
	}
	switch o.(type) {
	case *py.Str, *py.Bytes:
	default:
		if o == py.None && allowNone {
			p.s = "."
			p.obj = nil
			return p, nil
		}
		tp := o.Type()
		if tp.LookupString("__fspath__") == nil && !tp.IsSubtype(py.StrType) && !tp.IsSubtype(py.BytesType) {
			kinds := "string, bytes or os.PathLike"
			if allowFd {
				kinds = "string, bytes, os.PathLike or integer"
			}
			if allowNone {
				kinds = "string, bytes, os.PathLike, integer or None"
			}
			return p, py.Errorf(py.TypeError, "%s: path should be %s, not %s", fname, kinds, py.TypeName(o))
		}
	}
	s, isBytes, err := io.FSPath(t, o)
	if err != nil {
		return p, err
	}
	p.s, p.isBytes = s, isBytes
	if tp := o.Type(); !tp.IsSubtype(py.StrType) && !tp.IsSubtype(py.BytesType) {
		// an os.PathLike: errors name the path it stands for, as CPython's
		p.obj = mkPath(s, isBytes)
	}
	return p, nil
}

// mkPath returns s as str or bytes, matching the argument's kind.
func mkPath(s string, isBytes bool) py.Object {
	if isBytes {
		return py.NewBytes([]byte(s))
	}
	return py.NewStr(s)
}

// osErr converts a syscall error for a path argument.
func osErr(err error, p pathVal) error {
	if p.fd >= 0 {
		return py.OSErrorFromGo(err, nil)
	}
	return py.OSErrorFromGo(err, p.obj)
}

// osErr2 is the error of a two-path operation ('a' -> 'b').
func osErr2(err error, a, b pathVal) error {
	e := py.OSErrorFromGo(err, a.obj)
	if _, ok := err.(syscall.Errno); ok || e.Attr("errno") != nil {
		e.SetAttr("filename2", b.obj)
	}
	return e
}

func intArg(t *py.Thread, o py.Object) (int, error) {
	if _, ok := o.(py.Float); ok {
		return 0, py.Errorf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	return py.IndexInt(t, o)
}

// retry runs a system call again when a signal interrupted it.
func retry(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}
