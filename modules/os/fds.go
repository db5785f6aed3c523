package os

import (
	"syscall"

	"golang.org/x/term"

	"upy/modules/io"
	"upy/py"
)

// Raw file descriptor functions.

func addFdFuncs(m *py.Module) {
	m.SetFunc("open", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var path py.Object
		var flags int
		mode := 0o777
		var dirFd py.Object = py.None
		if err := py.UnpackArgs(t, "open", args, kw, "path", &path, "flags", &flags, "mode?", &mode, "dir_fd?", &dirFd); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "open", path, false, false)
		if err != nil {
			return nil, err
		}
		io.FlushAll()
		var fd int
		err = retry(func() error {
			var e error
			fd, e = syscall.Open(p.s, flags|syscall.O_CLOEXEC, uint32(mode))
			return e
		})
		if err != nil {
			return nil, osErr(err, p)
		}
		return py.Int(fd), nil
	})
	m.SetFunc("close", fdFunc("close", 1, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		if err := syscall.Close(fd); err != nil {
			return nil, fdErr(err)
		}
		return py.None, nil
	}))
	m.SetFunc("read", fdFunc("read", 2, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		n, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.NewOSError(syscall.EINVAL, nil)
		}
		buf := make([]byte, n)
		var got int
		err = retry(func() error {
			var e error
			t.Unblocked(func() { got, e = syscall.Read(fd, buf) })
			return e
		})
		if err != nil {
			return nil, fdErr(err)
		}
		return py.NewBytes(buf[:got]), nil
	}))
	m.SetFunc("write", fdFunc("write", 2, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		data, ok := py.AsBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
		}
		buf := append([]byte(nil), data...)
		var n int
		err := retry(func() error {
			var e error
			t.Unblocked(func() { n, e = syscall.Write(fd, buf) })
			return e
		})
		if err != nil {
			return nil, fdErr(err)
		}
		return py.Int(n), nil
	}))
	m.SetFunc("lseek", fdFunc("lseek", 3, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		pos, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		how, err := intArg(t, args[1])
		if err != nil {
			return nil, err
		}
		off, err := syscall.Seek(fd, int64(pos), how)
		if err != nil {
			return nil, fdErr(err)
		}
		return py.Int(off), nil
	}))
	m.SetFunc("dup", fdFunc("dup", 1, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		nfd, err := syscall.Dup(fd)
		if err != nil {
			return nil, fdErr(err)
		}
		syscall.CloseOnExec(nfd)
		return py.Int(nfd), nil
	}))
	m.SetFunc("dup2", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var fd, fd2 int
		inheritable := true
		if err := py.UnpackArgs(t, "dup2", args, kw, "fd", &fd, "fd2", &fd2, "inheritable?", &inheritable); err != nil {
			return nil, err
		}
		if err := syscall.Dup3(fd, fd2, 0); err != nil {
			if err == syscall.EINVAL && fd == fd2 {
				return py.Int(fd2), nil
			}
			return nil, fdErr(err)
		}
		if !inheritable {
			syscall.CloseOnExec(fd2)
		}
		return py.Int(fd2), nil
	})
	m.SetFunc("pipe", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("pipe", args, kw, 0, 0); err != nil {
			return nil, err
		}
		var p [2]int
		if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
			return nil, fdErr(err)
		}
		return py.NewTuple(py.Int(p[0]), py.Int(p[1])), nil
	})
	m.SetFunc("isatty", fdFunc("isatty", 1, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		return py.NewBool(term.IsTerminal(fd)), nil
	}))
	m.SetFunc("ftruncate", fdFunc("ftruncate", 2, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		n, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		io.FlushAll()
		if err := syscall.Ftruncate(fd, int64(n)); err != nil {
			return nil, fdErr(err)
		}
		return py.None, nil
	}))
	m.SetFunc("fsync", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("fsync", args, kw, 1, 1); err != nil {
			return nil, err
		}
		fd, err := fdOf(t, args[0])
		if err != nil {
			return nil, err
		}
		io.FlushAll()
		if err := syscall.Fsync(fd); err != nil {
			return nil, fdErr(err)
		}
		return py.None, nil
	})
	m.SetFunc("get_inheritable", fdFunc("get_inheritable", 1, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
		if e != 0 {
			return nil, fdErr(e)
		}
		return py.NewBool(flags&syscall.FD_CLOEXEC == 0), nil
	}))
}

// fdOf accepts an int or an object with fileno().
func fdOf(t *py.Thread, o py.Object) (int, error) {
	if n, ok := o.(py.Int); ok {
		return int(n), nil
	}
	r, err := t.CallMethod(o, "fileno")
	if err != nil {
		return 0, err
	}
	return py.IndexInt(t, r)
}
