package os

import (
	goos "os"
	"syscall"

	"upy/modules/io"
	"upy/py"
)

// File and directory operations on paths.

func onePath(t *py.Thread, name string, args []py.Object, kw []py.Kwarg, extra ...any) (pathVal, error) {
	var path py.Object
	pairs := append([]any{"path", &path}, extra...)
	if err := py.UnpackArgs(t, name, args, kw, pairs...); err != nil {
		return pathVal{}, err
	}
	return pathArg(t, name, path, false, false)
}

func twoPaths(t *py.Thread, name string, args []py.Object, kw []py.Kwarg) (pathVal, pathVal, error) {
	var src, dst py.Object
	if err := py.UnpackArgs(t, name, args, kw, "src", &src, "dst", &dst); err != nil {
		return pathVal{}, pathVal{}, err
	}
	a, err := pathArg(t, name, src, false, false)
	if err != nil {
		return a, a, err
	}
	b, err := pathArg(t, name, dst, false, false)
	return a, b, err
}

func mkdir(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	mode := 0o777
	var dirFd py.Object = py.None
	p, err := onePath(t, "mkdir", args, kw, "mode?", &mode, "dir_fd?", &dirFd)
	if err != nil {
		return nil, err
	}
	if err := retry(func() error { return syscall.Mkdir(p.s, uint32(mode)) }); err != nil {
		return nil, osErr(err, p)
	}
	return py.None, nil
}

func isDir(s string) bool {
	var st syscall.Stat_t
	return syscall.Stat(s, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR
}

func exists(s string) bool {
	var st syscall.Stat_t
	return syscall.Stat(s, &st) == nil
}

func makedirs(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var name py.Object
	mode := 0o777
	existOK := false
	if err := py.UnpackArgs(t, "makedirs", args, kw, "name", &name, "mode?", &mode, "exist_ok?", &existOK); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "mkdir", name, false, false)
	if err != nil {
		return nil, err
	}
	return py.None, makeDirs(p, uint32(mode), existOK)
}

func makeDirs(p pathVal, mode uint32, existOK bool) error {
	head, tail := splitPath(p.s)
	if tail == "" {
		head, tail = splitPath(head)
	}
	if head != "" && tail != "" && !exists(head) {
		hp := pathVal{s: head, isBytes: p.isBytes, fd: -1, obj: mkPath(head, p.isBytes)}
		if err := makeDirs(hp, 0o777, true); err != nil {
			if e := py.AsException(err); e == nil || !e.IsInstance(py.FileExistsError) {
				return err
			}
		}
		if tail == "." {
			return nil
		}
	}
	if err := retry(func() error { return syscall.Mkdir(p.s, mode) }); err != nil {
		if !existOK || !isDir(p.s) {
			return osErr(err, p)
		}
	}
	return nil
}

func pathOp(name string, op func(string) error) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var dirFd py.Object = py.None
		p, err := onePath(t, name, args, kw, "dir_fd?", &dirFd)
		if err != nil {
			return nil, err
		}
		io.FlushAll()
		if err := retry(func() error { return op(p.s) }); err != nil {
			return nil, osErr(err, p)
		}
		return py.None, nil
	}
}

func renameOp(name string) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, b, err := twoPaths(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		io.FlushAll()
		if err := retry(func() error { return syscall.Rename(a.s, b.s) }); err != nil {
			return nil, osErr2(err, a, b)
		}
		return py.None, nil
	}
}

func removedirs(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var name py.Object
	if err := py.UnpackArgs(t, "removedirs", args, kw, "name", &name); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "rmdir", name, false, false)
	if err != nil {
		return nil, err
	}
	if err := syscall.Rmdir(p.s); err != nil {
		return nil, osErr(err, p)
	}
	head, tail := splitPath(p.s)
	if tail == "" {
		head, tail = splitPath(head)
	}
	for head != "" && tail != "" {
		if syscall.Rmdir(head) != nil {
			break
		}
		head, tail = splitPath(head)
	}
	return py.None, nil
}

// listNames lists a directory in the order the OS gives.
func listNames(p pathVal) ([]string, error) {
	io.FlushAll()
	var f *goos.File
	var err error
	if p.fd >= 0 {
		fd, derr := syscall.Dup(p.fd)
		if derr != nil {
			return nil, py.OSErrorFromGo(derr, nil)
		}
		f = goos.NewFile(uintptr(fd), "")
		f.Seek(0, 0)
	} else {
		f, err = goos.Open(p.s)
		if err != nil {
			return nil, osErr(err, p)
		}
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, osErr(err, p)
	}
	return names, nil
}

func listdir(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var path py.Object = py.None
	if err := py.UnpackArgs(t, "listdir", args, kw, "path?", &path); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "listdir", path, true, true)
	if err != nil {
		return nil, err
	}
	names, err := listNames(p)
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, len(names))
	for i, n := range names {
		out[i] = mkPath(n, p.isBytes)
	}
	return py.NewList(out...), nil
}

// ilistdir is MicroPython's: (name, type, inode) tuples.
func ilistdir(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var path py.Object = py.NewStr(".")
	if err := py.UnpackArgs(t, "ilistdir", args, kw, "path?", &path); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "ilistdir", path, false, false)
	if err != nil {
		return nil, err
	}
	names, err := listNames(p)
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, 0, len(names))
	for _, n := range names {
		var st syscall.Stat_t
		typ, ino := 0, uint64(0)
		if syscall.Lstat(joinPath(p.s, n), &st) == nil {
			ino = st.Ino
			switch st.Mode & syscall.S_IFMT {
			case syscall.S_IFDIR:
				typ = 0x4000
			case syscall.S_IFREG:
				typ = 0x8000
			default:
				typ = int(st.Mode & syscall.S_IFMT)
			}
		}
		out = append(out, py.NewTuple(mkPath(n, p.isBytes), py.Int(typ), py.Int(int64(ino))))
	}
	return py.Iter(t, py.NewList(out...))
}

func access(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var path py.Object
	mode := 0
	if err := py.UnpackArgs(t, "access", args, kw, "path", &path, "mode", &mode); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "access", path, false, false)
	if err != nil {
		return nil, err
	}
	io.FlushAll()
	return py.NewBool(syscall.Access(p.s, uint32(mode)) == nil), nil
}

func chmod(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var path py.Object
	mode := 0
	if err := py.UnpackArgs(t, "chmod", args, kw, "path", &path, "mode", &mode); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "chmod", path, true, false)
	if err != nil {
		return nil, err
	}
	err = retry(func() error {
		if p.fd >= 0 {
			return syscall.Fchmod(p.fd, uint32(mode))
		}
		return syscall.Chmod(p.s, uint32(mode))
	})
	if err != nil {
		return nil, osErr(err, p)
	}
	return py.None, nil
}

func utime(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var path py.Object
	var times, ns py.Object = py.None, py.None
	if err := py.UnpackArgs(t, "utime", args, kw, "path", &path, "times?", &times, "ns?", &ns); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "utime", path, false, false)
	if err != nil {
		return nil, err
	}
	io.FlushAll()
	var tv []syscall.Timespec
	switch {
	case times != py.None && ns != py.None:
		return nil, py.Errorf(py.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	case times != py.None:
		tu, ok := times.(*py.Tuple)
		if !ok || len(tu.Items) != 2 {
			return nil, py.Errorf(py.TypeError, "utime: 'times' must be either a tuple of two ints or None")
		}
		for _, x := range tu.Items {
			f, err := py.ToFloat(t, x)
			if err != nil {
				return nil, err
			}
			sec := int64(f)
			if float64(sec) > f {
				sec--
			}
			tv = append(tv, syscall.Timespec{Sec: sec, Nsec: int64((f - float64(sec)) * 1e9)})
		}
	case ns != py.None:
		tu, ok := ns.(*py.Tuple)
		if !ok || len(tu.Items) != 2 {
			return nil, py.Errorf(py.TypeError, "utime: 'ns' must be a tuple of two ints")
		}
		for _, x := range tu.Items {
			n, err := py.IndexInt(t, x)
			if err != nil {
				return nil, err
			}
			tv = append(tv, syscall.NsecToTimespec(int64(n)))
		}
	}
	if tv == nil {
		err = retry(func() error { return syscall.UtimesNano(p.s, nil) })
		if err == syscall.EINVAL || err == syscall.EFAULT {
			now := syscall.NsecToTimespec(nowNanos())
			err = syscall.UtimesNano(p.s, []syscall.Timespec{now, now})
		}
	} else {
		err = retry(func() error { return syscall.UtimesNano(p.s, tv) })
	}
	if err != nil {
		return nil, osErr(err, p)
	}
	return py.None, nil
}

func linkOp(name string, op func(a, b string) error) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var src, dst py.Object
		var isDirArg bool
		if err := py.UnpackArgs(t, name, args, kw, "src", &src, "dst", &dst, "target_is_directory?", &isDirArg); err != nil {
			return nil, err
		}
		a, err := pathArg(t, name, src, false, false)
		if err != nil {
			return nil, err
		}
		b, err := pathArg(t, name, dst, false, false)
		if err != nil {
			return nil, err
		}
		if err := op(a.s, b.s); err != nil {
			return nil, osErr2(err, a, b)
		}
		return py.None, nil
	}
}

func readlink(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	p, err := onePath(t, "readlink", args, kw)
	if err != nil {
		return nil, err
	}
	s, err := goos.Readlink(p.s)
	if err != nil {
		return nil, osErr(err, p)
	}
	return mkPath(s, p.isBytes), nil
}

func truncatePath(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var path py.Object
	var length int
	if err := py.UnpackArgs(t, "truncate", args, kw, "path", &path, "length", &length); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "truncate", path, true, false)
	if err != nil {
		return nil, err
	}
	io.FlushAll()
	err = retry(func() error {
		if p.fd >= 0 {
			return syscall.Ftruncate(p.fd, int64(length))
		}
		return syscall.Truncate(p.s, int64(length))
	})
	if err != nil {
		return nil, osErr(err, p)
	}
	return py.None, nil
}

func chdir(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var path py.Object
	if err := py.UnpackArgs(t, "chdir", args, kw, "path", &path); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "chdir", path, true, false)
	if err != nil {
		return nil, err
	}
	err = retry(func() error {
		if p.fd >= 0 {
			return syscall.Fchdir(p.fd)
		}
		return syscall.Chdir(p.s)
	})
	if err != nil {
		return nil, osErr(err, p)
	}
	return py.None, nil
}

func getcwd() (string, error) {
	s, err := syscall.Getwd()
	if err != nil {
		return "", py.OSErrorFromGo(err, nil)
	}
	return s, nil
}
