package os

import (
	"syscall"

	"upy/modules/io"
	"upy/py"
)

// statResult is os.stat_result: the 10 fields MicroPython's tuple has,
// plus the float times and other fields as attributes.
var statResult = py.StructSeqType("os", "stat_result", []string{"st_mode", "st_ino", "st_dev", "st_nlink",
	"st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"})

var timesResult = py.StructSeqType("posix", "times_result", []string{"user", "system", "children_user", "children_system", "elapsed"})

var unameResult = py.StructSeqType("posix", "uname_result", []string{"sysname", "nodename", "release", "version", "machine"})

var terminalSize = py.StructSeqType("os", "terminal_size", []string{"columns", "lines"})

var statvfsResult = py.StructSeqType("os", "statvfs_result", []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree",
	"f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"})

func init() {
	// The float times and extra fields live in the instance dictionary.
	for _, name := range []string{"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
		"st_blksize", "st_blocks", "st_rdev"} {
		key := py.Intern("_" + name)
		name := name
		statResult.AddGetSet(name, func(t *py.Thread, o py.Object) (py.Object, error) {
			if inst, ok := o.(*py.Instance); ok && inst.Dict != nil {
				if v := inst.Dict.GetStr(key); v != nil {
					return v, nil
				}
			}
			return nil, py.Errorf(py.AttributeError, "'os.stat_result' object has no attribute '%s'", name)
		}, nil)
	}
}

func tsFloat(ts syscall.Timespec) py.Object {
	return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9)
}

func tsNanos(ts syscall.Timespec) py.Object {
	return py.Int(ts.Sec*1_000_000_000 + ts.Nsec)
}

func newStatResult(st *syscall.Stat_t) py.Object {
	inst := py.NewStructSeq(statResult, py.Int(st.Mode), py.Int(int64(st.Ino)), py.Int(int64(st.Dev)), py.Int(int64(st.Nlink)),
		py.Int(st.Uid), py.Int(st.Gid), py.Int(st.Size), py.Int(st.Atim.Sec), py.Int(st.Mtim.Sec), py.Int(st.Ctim.Sec)).(*py.Instance)
	d := py.NewDict()
	d.SetString("_st_atime", tsFloat(st.Atim))
	d.SetString("_st_mtime", tsFloat(st.Mtim))
	d.SetString("_st_ctime", tsFloat(st.Ctim))
	d.SetString("_st_atime_ns", tsNanos(st.Atim))
	d.SetString("_st_mtime_ns", tsNanos(st.Mtim))
	d.SetString("_st_ctime_ns", tsNanos(st.Ctim))
	d.SetString("_st_blksize", py.Int(int64(st.Blksize)))
	d.SetString("_st_blocks", py.Int(st.Blocks))
	d.SetString("_st_rdev", py.Int(int64(st.Rdev)))
	inst.Dict = d
	return inst
}

// doStat stats a path or descriptor.
func doStat(p pathVal, follow bool) (*syscall.Stat_t, error) {
	io.FlushAll()
	var st syscall.Stat_t
	err := retry(func() error {
		switch {
		case p.fd >= 0:
			return syscall.Fstat(p.fd, &st)
		case follow:
			return syscall.Stat(p.s, &st)
		}
		return syscall.Lstat(p.s, &st)
	})
	if err != nil {
		return nil, osErr(err, p)
	}
	return &st, nil
}

func statFunc(name string, follow bool) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var path py.Object
		var dirFd py.Object = py.None
		followSymlinks := follow
		if err := py.UnpackArgs(t, name, args, kw, "path", &path, "dir_fd?", &dirFd, "follow_symlinks?", &followSymlinks); err != nil {
			return nil, err
		}
		p, err := pathArg(t, name, path, true, false)
		if err != nil {
			return nil, err
		}
		st, err := doStat(p, followSymlinks)
		if err != nil {
			return nil, err
		}
		return newStatResult(st), nil
	}
}

func cstr[T int8 | uint8](b []T) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c == 0 {
			break
		}
		out = append(out, byte(c))
	}
	return string(out)
}
