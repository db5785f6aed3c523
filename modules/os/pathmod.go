package os

import (
	goos "os"
	"os/user"
	"strings"
	"syscall"

	"upy/modules/io"
	"upy/py"
)

// The os.path module (posixpath).

// strsArg converts path arguments, all str or all bytes.
func strsArg(t *py.Thread, fname string, args []py.Object) ([]string, bool, error) {
	out := make([]string, len(args))
	isBytes := false
	for i, a := range args {
		s, b, err := io.FSPath(t, a)
		if err != nil {
			if i > 0 && fname == "join" {
				if e := py.AsException(err); e.IsInstance(py.TypeError) {
					return nil, false, py.Errorf(py.TypeError, "%s() argument must be str, bytes, or os.PathLike object, not '%s'", fname, py.TypeName(a))
				}
			}
			return nil, false, err
		}
		if i == 0 {
			isBytes = b
		} else if b != isBytes {
			return nil, false, py.Errorf(py.TypeError, "Can't mix strings and bytes in path components")
		}
		out[i] = s
	}
	return out, isBytes, nil
}

func oneStr(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg) (string, bool, error) {
	if err := py.CheckArgs(fname, args, kw, 1, 1); err != nil {
		return "", false, err
	}
	s, b, err := io.FSPath(t, args[0])
	return s, b, err
}

func strFn(m *py.Module, name string, fn func(string) string) {
	m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, b, err := oneStr(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		return mkPath(fn(s), b), nil
	})
}

func pairFn(m *py.Module, name string, fn func(string) (string, string)) {
	m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, b, err := oneStr(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		x, y := fn(s)
		return py.NewTuple(mkPath(x, b), mkPath(y, b)), nil
	})
}

// statPred is exists/isfile/isdir/islink: errors (but TypeError) mean False.
func statPred(m *py.Module, name string, follow bool, pred func(st *syscall.Stat_t) bool) {
	m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var path py.Object
		if err := py.UnpackArgs(t, name, args, kw, "path", &path); err != nil {
			return nil, err
		}
		fname := "stat"
		if !follow {
			fname = "lstat"
		}
		p, err := pathArg(t, fname, path, true, false)
		if err != nil {
			if e := py.AsException(err); e.IsInstance(py.ValueError) {
				return py.False, nil
			}
			return nil, err
		}
		st, err := doStat(p, follow)
		if err != nil {
			return py.False, nil
		}
		return py.NewBool(pred(st)), nil
	})
}

func statAttr(m *py.Module, name string, get func(st *syscall.Stat_t) py.Object) {
	m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "stat", args[0], true, false)
		if err != nil {
			return nil, err
		}
		st, err := doStat(p, true)
		if err != nil {
			return nil, err
		}
		return get(st), nil
	})
}

func expandUser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.IndexByte(p[1:], '/') + 1
	if i == 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		if h, ok := goos.LookupEnv("HOME"); ok {
			home = h
		} else if u, err := user.Current(); err == nil {
			home = u.HomeDir
		} else {
			return p
		}
	} else {
		u, err := user.Lookup(p[1:i])
		if err != nil {
			return p
		}
		home = u.HomeDir
	}
	home = strings.TrimRight(home, "/")
	if out := home + p[i:]; out != "" {
		return out
	}
	return "/"
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func expandVars(p string) string {
	if strings.IndexByte(p, '$') < 0 {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		if p[i] != '$' {
			b.WriteByte(p[i])
			i++
			continue
		}
		var name string
		end := i + 1
		if end < len(p) && p[end] == '{' {
			j := strings.IndexByte(p[end:], '}')
			if j < 0 {
				b.WriteByte('$')
				i++
				continue
			}
			name = p[end+1 : end+j]
			end += j + 1
		} else {
			for end < len(p) && isWordByte(p[end]) {
				end++
			}
			name = p[i+1 : end]
		}
		if v, ok := goos.LookupEnv(name); ok && name != "" {
			b.WriteString(v)
		} else {
			b.WriteString(p[i:end])
		}
		i = end
	}
	return b.String()
}

// realPath resolves symbolic links as posixpath.realpath (non-strict).
func realPath(p string) (string, error) {
	abs, err := absPath(p)
	if err != nil {
		return "", err
	}
	return resolve("", abs[1:], map[string]bool{}), nil
}

func resolve(base, rest string, seen map[string]bool) string {
	for rest != "" {
		var name string
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			name, rest = rest[:i], rest[i+1:]
		} else {
			name, rest = rest, ""
		}
		if name == "" || name == "." {
			continue
		}
		if name == ".." {
			base, _ = splitPath(base)
			if base == "/" {
				base = ""
			}
			continue
		}
		next := base + "/" + name
		if !isLink(next) {
			base = next
			continue
		}
		if seen[next] {
			base = next
			continue
		}
		target, err := goos.Readlink(next)
		if err != nil {
			base = next
			continue
		}
		seen[next] = true
		if strings.HasPrefix(target, "/") {
			base = ""
		}
		base = resolve(base, target, seen)
	}
	if base == "" {
		return "/"
	}
	return base
}

func newPathModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("posixpath")
	m.Set("sep", py.NewStr("/"))
	m.Set("altsep", py.None)
	m.Set("extsep", py.NewStr("."))
	m.Set("pathsep", py.NewStr(":"))
	m.Set("curdir", py.NewStr("."))
	m.Set("pardir", py.NewStr(".."))
	m.Set("defpath", py.NewStr("/bin:/usr/bin"))
	m.Set("devnull", py.NewStr("/dev/null"))
	m.Set("supports_unicode_filenames", py.False)
	m.SetFunc("join", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs("join", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "join() missing 1 required positional argument: 'a'")
		}
		s, b, err := strsArg(t, "join", args)
		if err != nil {
			return nil, err
		}
		return mkPath(joinPath(s[0], s[1:]...), b), nil
	})
	pairFn(m, "split", splitPath)
	pairFn(m, "splitext", splitExt)
	pairFn(m, "splitdrive", func(s string) (string, string) { return "", s })
	strFn(m, "basename", baseName)
	strFn(m, "dirname", dirName)
	strFn(m, "normpath", normPath)
	strFn(m, "normcase", func(s string) string { return s })
	strFn(m, "expanduser", expandUser)
	strFn(m, "expandvars", expandVars)
	m.SetFunc("isabs", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, _, err := oneStr(t, "isabs", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewBool(strings.HasPrefix(s, "/")), nil
	})
	m.SetFunc("abspath", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, b, err := oneStr(t, "abspath", args, kw)
		if err != nil {
			return nil, err
		}
		r, err := absPath(s)
		if err != nil {
			return nil, err
		}
		return mkPath(r, b), nil
	})
	m.SetFunc("realpath", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var path py.Object
		strict := false
		if err := py.UnpackArgs(t, "realpath", args, kw, "filename", &path, "strict?", &strict); err != nil {
			return nil, err
		}
		s, b, err := io.FSPath(t, path)
		if err != nil {
			return nil, err
		}
		r, err := realPath(s)
		if err != nil {
			return nil, err
		}
		if strict && !exists(r) {
			return nil, py.NewOSError(syscall.ENOENT, mkPath(r, b))
		}
		return mkPath(r, b), nil
	})
	m.SetFunc("relpath", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var path py.Object
		var start py.Object = py.None
		if err := py.UnpackArgs(t, "relpath", args, kw, "path", &path, "start?", &start); err != nil {
			return nil, err
		}
		s, b, err := io.FSPath(t, path)
		if err != nil {
			return nil, err
		}
		if s == "" {
			return nil, py.Errorf(py.ValueError, "no path specified")
		}
		st := "."
		if start != py.None {
			ss, sb, err := io.FSPath(t, start)
			if err != nil {
				return nil, err
			}
			if sb != b {
				return nil, py.Errorf(py.TypeError, "Can't mix strings and bytes in path components")
			}
			st = ss
		}
		r, err := relPath(s, st)
		if err != nil {
			return nil, err
		}
		return mkPath(r, b), nil
	})
	statPred(m, "exists", true, func(st *syscall.Stat_t) bool { return true })
	statPred(m, "lexists", false, func(st *syscall.Stat_t) bool { return true })
	statPred(m, "isfile", true, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFREG })
	statPred(m, "isdir", true, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFDIR })
	statPred(m, "islink", false, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFLNK })
	statAttr(m, "getsize", func(st *syscall.Stat_t) py.Object { return py.Int(st.Size) })
	statAttr(m, "getmtime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Mtim) })
	statAttr(m, "getatime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Atim) })
	statAttr(m, "getctime", func(st *syscall.Stat_t) py.Object { return tsFloat(st.Ctim) })
	m.SetFunc("ismount", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, _, err := oneStr(t, "ismount", args, kw)
		if err != nil {
			return nil, err
		}
		var st, pst syscall.Stat_t
		if syscall.Lstat(s, &st) != nil || st.Mode&syscall.S_IFMT == syscall.S_IFLNK {
			return py.False, nil
		}
		if syscall.Lstat(joinPath(s, ".."), &pst) != nil {
			return py.False, nil
		}
		return py.NewBool(st.Dev != pst.Dev || st.Ino == pst.Ino), nil
	})
	m.SetFunc("samefile", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("samefile", args, kw, 2, 2); err != nil {
			return nil, err
		}
		var sts [2]*syscall.Stat_t
		for i := range sts {
			p, err := pathArg(t, "stat", args[i], true, false)
			if err != nil {
				return nil, err
			}
			if sts[i], err = doStat(p, true); err != nil {
				return nil, err
			}
		}
		return py.NewBool(sts[0].Dev == sts[1].Dev && sts[0].Ino == sts[1].Ino), nil
	})
	m.SetFunc("commonprefix", commonprefix)
	m.SetFunc("commonpath", commonpath)
	return m, nil
}

func commonprefix(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("commonprefix", args, kw, 1, 1); err != nil {
		return nil, err
	}
	items, err := py.ToSlice(t, args[0])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return py.NewStr(""), nil
	}
	allStr, allBytes := true, true
	for _, it := range items {
		if _, ok := it.(*py.Str); !ok {
			allStr = false
		}
		if _, ok := it.(*py.Bytes); !ok {
			allBytes = false
		}
	}
	if allStr || allBytes {
		strs := make([]string, len(items))
		for i, it := range items {
			strs[i] = nameOf(it)
		}
		prefix := strs[0]
		for _, s := range strs[1:] {
			n := 0
			for n < len(prefix) && n < len(s) && prefix[n] == s[n] {
				n++
			}
			prefix = prefix[:n]
		}
		if allStr {
			// do not split a multi-byte character
			for len(prefix) > 0 && prefix[len(prefix)-1]&0xC0 == 0x80 && !validEnd(prefix) {
				prefix = prefix[:len(prefix)-1]
			}
		}
		return mkPath(prefix, allBytes), nil
	}
	// Sequences of other kinds (lists of path components, say).
	seqs := make([][]py.Object, len(items))
	for i, it := range items {
		if seqs[i], err = py.ToSlice(t, it); err != nil {
			return nil, err
		}
	}
	n := len(seqs[0])
	for _, s := range seqs[1:] {
		k := 0
		for k < n && k < len(s) {
			eq, err := py.Eq(t, seqs[0][k], s[k])
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
			k++
		}
		n = k
	}
	return py.GetItem(t, items[0], &py.Slice{Start: py.None, Stop: py.Int(n), Step: py.None})
}

func validEnd(s string) bool {
	for i := len(s) - 1; i >= 0 && i >= len(s)-4; i-- {
		c := s[i]
		if c&0xC0 != 0x80 {
			need := 1
			switch {
			case c >= 0xF0:
				need = 4
			case c >= 0xE0:
				need = 3
			case c >= 0xC0:
				need = 2
			}
			return len(s)-i == need
		}
	}
	return false
}

func commonpath(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("commonpath", args, kw, 1, 1); err != nil {
		return nil, err
	}
	items, err := py.ToSlice(t, args[0])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, py.Errorf(py.ValueError, "commonpath() arg is an empty sequence")
	}
	paths, isBytes, err := strsArg(t, "commonpath", items)
	if err != nil {
		return nil, err
	}
	abs := strings.HasPrefix(paths[0], "/")
	var split [][]string
	for _, p := range paths {
		if strings.HasPrefix(p, "/") != abs {
			return nil, py.Errorf(py.ValueError, "Can't mix absolute and relative paths")
		}
		var comps []string
		for _, c := range strings.Split(p, "/") {
			if c != "" && c != "." {
				comps = append(comps, c)
			}
		}
		split = append(split, comps)
	}
	common := split[0]
	for _, s := range split[1:] {
		k := 0
		for k < len(common) && k < len(s) && common[k] == s[k] {
			k++
		}
		common = common[:k]
	}
	prefix := ""
	if abs {
		prefix = "/"
	}
	return mkPath(prefix+strings.Join(common, "/"), isBytes), nil
}
