// Package os is the os module (with os.path): files and directories,
// the environment, processes and raw file descriptors, with CPython's
// results and errors (and MicroPython's ilistdir).
package os

import (
	"crypto/rand"
	goos "os"
	"os/exec"
	"runtime"
	"syscall"
	"time"

	"golang.org/x/term"

	"upy/modules/io"
	"upy/py"
)

func nowNanos() int64 { return time.Now().UnixNano() }

func fdFunc(name string, nargs int, fn func(t *py.Thread, fd int, args []py.Object) (py.Object, error)) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, nargs, nargs); err != nil {
			return nil, err
		}
		fd, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		return fn(t, fd, args[1:])
	}
}

func fdErr(err error) error { return py.OSErrorFromGo(err, nil) }

func strArg(fname string, o py.Object) (string, error) {
	s, ok := o.(*py.Str)
	if !ok {
		return "", py.Errorf(py.TypeError, "str expected, not %s", py.TypeName(o))
	}
	return s.S, nil
}

func strerror(code int) string {
	if code > 0 && code < 4096 {
		if s := syscall.Errno(code).Error(); len(s) > 5 && s[:5] != "errno" {
			b := []byte(s)
			if b[0] >= 'a' && b[0] <= 'z' {
				b[0] -= 'a' - 'A'
			}
			return string(b)
		}
	}
	return "Unknown error " + itoa(code)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

func flushStdout(t *py.Thread) {
	io.FlushAll()
	for _, name := range []string{"stdout", "stderr"} {
		if s, ok := t.Interp.Sys.Get(name).(*py.TextStream); ok {
			s.Flush()
		}
	}
}

func system(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var command py.Object
	if err := py.UnpackArgs(t, "system", args, kw, "command", &command); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "system", command, false, false)
	if err != nil {
		return nil, err
	}
	flushStdout(t)
	cmd := exec.Command("/bin/sh", "-c", p.s)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = goos.Stdin, goos.Stdout, goos.Stderr
	var runErr error
	t.Unblocked(func() { runErr = cmd.Run() })
	if cmd.ProcessState == nil {
		if runErr != nil {
			return py.Int(127 << 8), nil
		}
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok {
		return py.Int(int(ws)), nil
	}
	return py.Int(cmd.ProcessState.ExitCode() << 8), nil
}

func fsencode(t *py.Thread, o py.Object) (py.Object, error) {
	s, isBytes, err := io.FSPath(t, o)
	if err != nil {
		return nil, err
	}
	if isBytes {
		return py.NewBytes([]byte(s)), nil
	}
	return py.Encode(py.NewStr(s), "utf-8", "surrogateescape")
}

func fsdecode(t *py.Thread, o py.Object) (py.Object, error) {
	s, isBytes, err := io.FSPath(t, o)
	if err != nil {
		return nil, err
	}
	if !isBytes {
		return py.NewStr(s), nil
	}
	return py.Decode([]byte(s), "utf-8", "surrogateescape")
}

func newOSModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("os")
	m.Set("name", py.NewStr("posix"))
	m.Set("sep", py.NewStr("/"))
	m.Set("altsep", py.None)
	m.Set("extsep", py.NewStr("."))
	m.Set("pathsep", py.NewStr(":"))
	m.Set("linesep", py.NewStr("\n"))
	m.Set("curdir", py.NewStr("."))
	m.Set("pardir", py.NewStr(".."))
	m.Set("devnull", py.NewStr("/dev/null"))
	m.Set("defpath", py.NewStr("/bin:/usr/bin"))
	m.Set("error", py.OSError)
	m.Set("stat_result", statResult)
	m.Set("DirEntry", dirEntryType)
	m.Set("terminal_size", terminalSize)
	m.Set("statvfs_result", statvfsResult)
	m.SetFunc("__getattr__", osGetattr(m))
	for name, v := range map[string]int{
		"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
		"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR,
		"O_CREAT": syscall.O_CREAT, "O_TRUNC": syscall.O_TRUNC, "O_APPEND": syscall.O_APPEND,
		"O_EXCL": syscall.O_EXCL, "O_NONBLOCK": syscall.O_NONBLOCK, "O_CLOEXEC": syscall.O_CLOEXEC,
		"O_NOCTTY": syscall.O_NOCTTY, "O_SYNC": syscall.O_SYNC, "O_DIRECTORY": syscall.O_DIRECTORY,
		"O_NOFOLLOW": syscall.O_NOFOLLOW, "O_NDELAY": syscall.O_NONBLOCK,
		"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
		"EX_OK": 0, "WNOHANG": syscall.WNOHANG,
	} {
		m.Set(name, py.Int(v))
	}

	environ := newEnviron()
	m.Set("environ", environ)

	m.SetFunc("getcwd", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("getcwd", args, kw, 0, 0); err != nil {
			return nil, err
		}
		s, err := getcwd()
		if err != nil {
			return nil, err
		}
		return py.NewStr(s), nil
	})
	m.SetFunc("getcwdb", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, err := getcwd()
		if err != nil {
			return nil, err
		}
		return py.NewBytes([]byte(s)), nil
	})
	m.SetFunc("chdir", chdir)
	m.SetFunc("listdir", listdir)
	m.SetFunc("ilistdir", ilistdir)
	m.SetFunc("scandir", scandir)
	m.SetFunc("walk", walk)
	m.SetFunc("mkdir", mkdir)
	m.SetFunc("makedirs", makedirs)
	m.SetFunc("remove", pathOp("remove", syscall.Unlink))
	m.SetFunc("unlink", pathOp("unlink", syscall.Unlink))
	m.SetFunc("rmdir", pathOp("rmdir", syscall.Rmdir))
	m.SetFunc("removedirs", removedirs)
	m.SetFunc("rename", renameOp("rename"))
	m.SetFunc("replace", renameOp("replace"))
	m.SetFunc("stat", statFunc("stat", true))
	m.SetFunc("lstat", statFunc("lstat", false))
	m.SetFunc("fstat", fdFunc("fstat", 1, func(t *py.Thread, fd int, args []py.Object) (py.Object, error) {
		st, err := doStat(pathVal{fd: fd}, true)
		if err != nil {
			return nil, err
		}
		return newStatResult(st), nil
	}))
	m.SetFunc("statvfs", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		p, err := onePath(t, "statvfs", args, kw)
		if err != nil {
			return nil, err
		}
		var st syscall.Statfs_t
		if err := syscall.Statfs(p.s, &st); err != nil {
			return nil, osErr(err, p)
		}
		return py.NewStructSeq(statvfsResult, py.Int(st.Bsize), py.Int(st.Frsize), py.Int(int64(st.Blocks)), py.Int(int64(st.Bfree)),
			py.Int(int64(st.Bavail)), py.Int(int64(st.Files)), py.Int(int64(st.Ffree)), py.Int(int64(st.Ffree)),
			py.Int(st.Flags), py.Int(st.Namelen)), nil
	})
	m.SetFunc("access", access)
	m.SetFunc("chmod", chmod)
	m.SetFunc("utime", utime)
	m.SetFunc("truncate", truncatePath)
	m.SetFunc("symlink", linkOp("symlink", syscall.Symlink))
	m.SetFunc("link", linkOp("link", syscall.Link))
	m.SetFunc("readlink", readlink)
	m.SetFunc("umask", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("umask", args, kw, 1, 1); err != nil {
			return nil, err
		}
		mask, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		return py.Int(syscall.Umask(mask)), nil
	})

	m.SetFunc("getenv", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var key py.Object
		var def py.Object = py.None
		if err := py.UnpackArgs(t, "getenv", args, kw, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		if _, err := strArg("getenv", key); err != nil {
			return nil, err
		}
		v, found, err := environDict(environ).GetItem(t, key)
		if err != nil {
			return nil, err
		}
		if !found {
			return def, nil
		}
		return v, nil
	})
	m.SetFunc("putenv", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("putenv", args, kw, 2, 2); err != nil {
			return nil, err
		}
		k, _, err := io.FSPath(t, args[0])
		if err != nil {
			return nil, err
		}
		v, _, err := io.FSPath(t, args[1])
		if err != nil {
			return nil, err
		}
		return py.None, setenv(k, v)
	})
	m.SetFunc("unsetenv", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("unsetenv", args, kw, 1, 1); err != nil {
			return nil, err
		}
		k, _, err := io.FSPath(t, args[0])
		if err != nil {
			return nil, err
		}
		goos.Unsetenv(k)
		return py.None, nil
	})
	m.SetFunc("urandom", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("urandom", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueError, "negative argument not allowed")
		}
		b := make([]byte, n)
		rand.Read(b)
		return py.NewBytes(b), nil
	})
	m.SetFunc("system", system)
	intFn := func(name string, fn func() int) {
		m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return py.Int(fn()), nil
		})
	}
	intFn("getpid", syscall.Getpid)
	intFn("getppid", syscall.Getppid)
	intFn("getuid", syscall.Getuid)
	intFn("geteuid", syscall.Geteuid)
	intFn("getgid", syscall.Getgid)
	intFn("getegid", syscall.Getegid)
	intFn("cpu_count", runtime.NumCPU)
	m.SetFunc("getlogin", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		for _, k := range []string{"LOGNAME", "USER"} {
			if v := goos.Getenv(k); v != "" {
				return py.NewStr(v), nil
			}
		}
		return nil, py.NewOSError(syscall.ENXIO, nil)
	})
	m.SetFunc("uname", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var u syscall.Utsname
		if err := syscall.Uname(&u); err != nil {
			return nil, fdErr(err)
		}
		return py.NewStructSeq(unameResult, py.NewStr(cstr(u.Sysname[:])), py.NewStr(cstr(u.Nodename[:])),
			py.NewStr(cstr(u.Release[:])), py.NewStr(cstr(u.Version[:])), py.NewStr(cstr(u.Machine[:]))), nil
	})
	m.SetFunc("times", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("times", args, kw, 0, 0); err != nil {
			return nil, err
		}
		var tms syscall.Tms
		ticks, err := syscall.Times(&tms)
		if err != nil {
			return nil, fdErr(err)
		}
		const hz = 100 // sysconf(_SC_CLK_TCK) on Linux
		sec := func(v int64) py.Object { return py.Float(float64(v) / hz) }
		return py.NewStructSeq(timesResult, sec(int64(tms.Utime)), sec(int64(tms.Stime)), sec(int64(tms.Cutime)),
			sec(int64(tms.Cstime)), sec(int64(ticks))), nil
	})
	m.SetFunc("strerror", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("strerror", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		return py.NewStr(strerror(n)), nil
	})
	m.SetFunc("fspath", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var path py.Object
		if err := py.UnpackArgs(t, "fspath", args, kw, "path", &path); err != nil {
			return nil, err
		}
		switch path.(type) {
		case *py.Str, *py.Bytes:
			return path, nil
		}
		s, isBytes, err := io.FSPath(t, path)
		if err != nil {
			return nil, err
		}
		return mkPath(s, isBytes), nil
	})
	m.SetFunc("fsencode", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("fsencode", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return fsencode(t, args[0])
	})
	m.SetFunc("fsdecode", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("fsdecode", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return fsdecode(t, args[0])
	})
	m.SetFunc("get_terminal_size", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("get_terminal_size", args, kw, 0, 1); err != nil {
			return nil, err
		}
		fd := 1
		if len(args) == 1 {
			var err error
			if fd, err = intArg(t, args[0]); err != nil {
				return nil, err
			}
		}
		w, h, err := term.GetSize(fd)
		if err != nil {
			return nil, fdErr(err)
		}
		return py.NewStructSeq(terminalSize, py.Int(w), py.Int(h)), nil
	})
	m.SetFunc("kill", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("kill", args, kw, 2, 2); err != nil {
			return nil, err
		}
		pid, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		sig, err := intArg(t, args[1])
		if err != nil {
			return nil, err
		}
		if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
			return nil, fdErr(err)
		}
		return py.None, nil
	})
	addFdFuncs(m)
	m.Set("sync", py.NewBuiltin("sync", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		io.FlushAll()
		syscall.Sync()
		return py.None, nil
	}))

	pathMod, err := newPathModule(t)
	if err != nil {
		return nil, err
	}
	m.Set("path", pathMod)
	t.Interp.Modules.SetItem(t, py.NewStr("os.path"), pathMod)
	return m, nil
}

func init() {
	py.RegisterModule("os", newOSModule)
	py.RegisterModule("posixpath", func(t *py.Thread) (*py.Module, error) {
		// CPython's os.path on POSIX systems
		return t.Import("os.path")
	})
	py.RegisterModule("os.path", func(t *py.Thread) (*py.Module, error) {
		osm, err := t.Import("os")
		if err != nil {
			return nil, err
		}
		if p, ok := osm.Get("path").(*py.Module); ok {
			return p, nil
		}
		return newPathModule(t)
	})
}
