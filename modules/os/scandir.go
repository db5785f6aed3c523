package os

import (
	"syscall"

	"upy/py"
)

// DirEntry is os.DirEntry, an entry produced by scandir.
type DirEntry struct {
	name, path string
	isBytes    bool
	dtype      uint32 // S_IFMT bits from lstat (0 if unknown)
	ino        uint64
	st, lst    *syscall.Stat_t
}

var (
	dirEntryType     = py.NewBuiltinType("DirEntry", py.ObjectType, nil)
	scandirIterType  = py.NewBuiltinType("ScandirIterator", py.ObjectType, nil)
	walkIteratorType = py.NewBuiltinType("generator", py.ObjectType, nil)
)

func (*DirEntry) Type() *py.Type { return dirEntryType }

// scandirIter is the iterator scandir returns.
type scandirIter struct {
	entries []*DirEntry
	i       int
	closed  bool
}

func (*scandirIter) Type() *py.Type { return scandirIterType }

// Next implements py.Iterator.
func (s *scandirIter) Next(t *py.Thread) (py.Object, error) {
	if s.closed || s.i >= len(s.entries) {
		return nil, nil
	}
	e := s.entries[s.i]
	s.i++
	return e, nil
}

func scanEntries(p pathVal) ([]*DirEntry, error) {
	names, err := listNames(p)
	if err != nil {
		return nil, err
	}
	out := make([]*DirEntry, 0, len(names))
	for _, n := range names {
		full := n
		if p.fd < 0 {
			full = joinPath(p.s, n)
		}
		e := &DirEntry{name: n, path: full, isBytes: p.isBytes}
		var st syscall.Stat_t
		if syscall.Lstat(full, &st) == nil {
			e.lst = &st
			e.dtype = st.Mode & syscall.S_IFMT
			e.ino = st.Ino
		}
		out = append(out, e)
	}
	return out, nil
}

func scandir(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var path py.Object = py.None
	if err := py.UnpackArgs(t, "scandir", args, kw, "path?", &path); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "scandir", path, true, true)
	if err != nil {
		return nil, err
	}
	entries, err := scanEntries(p)
	if err != nil {
		return nil, err
	}
	return &scandirIter{entries: entries}, nil
}

func (e *DirEntry) stat(follow bool) (*syscall.Stat_t, error) {
	if !follow || e.dtype != syscall.S_IFLNK {
		if e.lst != nil {
			return e.lst, nil
		}
	}
	if e.st != nil {
		return e.st, nil
	}
	var st syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(e.path, &st)
	} else {
		err = syscall.Lstat(e.path, &st)
	}
	if err != nil {
		return nil, py.OSErrorFromGo(err, mkPath(e.path, e.isBytes))
	}
	if follow {
		e.st = &st
	}
	return &st, nil
}

func (e *DirEntry) isKind(follow bool, kind uint32) bool {
	st, err := e.stat(follow)
	return err == nil && st.Mode&syscall.S_IFMT == kind
}

func followArg(t *py.Thread, name string, args []py.Object, kw []py.Kwarg) (bool, error) {
	follow := true
	if len(args) > 0 {
		return false, py.Errorf(py.TypeError, "%s() takes no positional arguments", name)
	}
	if err := py.UnpackArgs(t, name, nil, kw, "follow_symlinks?", &follow); err != nil {
		return false, err
	}
	return follow, nil
}

func init() {
	dirEntryType.Module = "posix"
	scandirIterType.Module = "posix"
	self := func(o py.Object) *DirEntry { e, _ := o.(*DirEntry); return e }
	dirEntryType.AddGetSet("name", func(t *py.Thread, o py.Object) (py.Object, error) {
		e := self(o)
		return mkPath(e.name, e.isBytes), nil
	}, nil)
	dirEntryType.AddGetSet("path", func(t *py.Thread, o py.Object) (py.Object, error) {
		e := self(o)
		return mkPath(e.path, e.isBytes), nil
	}, nil)
	kind := func(name string, k uint32) {
		dirEntryType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			follow, err := followArg(t, name, args[1:], kw)
			if err != nil {
				return nil, err
			}
			return py.NewBool(self(args[0]).isKind(follow, k)), nil
		})
	}
	kind("is_dir", syscall.S_IFDIR)
	kind("is_file", syscall.S_IFREG)
	dirEntryType.AddMethod("is_symlink", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewBool(self(args[0]).dtype == syscall.S_IFLNK), nil
	})
	dirEntryType.AddMethod("stat", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		follow, err := followArg(t, "stat", args[1:], kw)
		if err != nil {
			return nil, err
		}
		st, err := self(args[0]).stat(follow)
		if err != nil {
			return nil, err
		}
		return newStatResult(st), nil
	})
	dirEntryType.AddMethod("inode", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.Int(int64(self(args[0]).ino)), nil
	})
	dirEntryType.AddMethod("__fspath__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		e := self(args[0])
		return mkPath(e.path, e.isBytes), nil
	})
	dirEntryType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		e := self(args[0])
		r, err := py.Repr(t, mkPath(e.name, e.isBytes))
		if err != nil {
			return nil, err
		}
		return py.NewStr("<DirEntry " + r + ">"), nil
	})

	it := scandirIterType
	it.AddMethod("__iter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil })
	it.AddMethod("__next__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		v, err := args[0].(*scandirIter).Next(t)
		if v == nil && err == nil {
			return nil, py.NewException(py.StopIteration)
		}
		return v, err
	})
	it.AddMethod("close", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		args[0].(*scandirIter).closed = true
		return py.None, nil
	})
	it.AddMethod("__enter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil })
	it.AddMethod("__exit__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		args[0].(*scandirIter).closed = true
		return py.None, nil
	})

	w := walkIteratorType
	w.AddMethod("__iter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil })
	w.AddMethod("__next__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		v, err := args[0].(*walkIter).Next(t)
		if v == nil && err == nil {
			return nil, py.NewException(py.StopIteration)
		}
		return v, err
	})
}

// walkIter is the iterator of os.walk. Top-down, it lists a directory
// when it is reached, so the caller may prune the dirs list it was given.
type walkIter struct {
	stack       []string
	isBytes     bool
	followlinks bool
	onerror     py.Object
	last        *py.List // the dirs list last yielded
	lastTop     string
	results     []py.Object // bottom-up: computed in advance
	bottomUp    bool
}

func (*walkIter) Type() *py.Type { return walkIteratorType }

func isLink(path string) bool {
	var st syscall.Stat_t
	return syscall.Lstat(path, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFLNK
}

// listTop lists top, splitting entries into directories and others.
func (w *walkIter) listTop(t *py.Thread, top string) (*py.List, *py.List, bool, error) {
	entries, err := scanEntries(pathVal{s: top, isBytes: w.isBytes, fd: -1, obj: mkPath(top, w.isBytes)})
	if err != nil {
		if w.onerror != nil && w.onerror != py.None {
			if _, cerr := t.Call(w.onerror, []py.Object{py.AsException(err)}, nil); cerr != nil {
				return nil, nil, false, cerr
			}
		}
		return nil, nil, false, nil
	}
	dirs, files := py.NewList(), py.NewList()
	for _, e := range entries {
		if e.isKind(true, syscall.S_IFDIR) {
			dirs.Items = append(dirs.Items, mkPath(e.name, w.isBytes))
		} else {
			files.Items = append(files.Items, mkPath(e.name, w.isBytes))
		}
	}
	return dirs, files, true, nil
}

func nameOf(o py.Object) string {
	switch v := o.(type) {
	case *py.Str:
		return v.S
	case *py.Bytes:
		return string(v.B)
	}
	return ""
}

// Next implements py.Iterator.
func (w *walkIter) Next(t *py.Thread) (py.Object, error) {
	if w.bottomUp {
		if len(w.results) == 0 {
			return nil, nil
		}
		r := w.results[0]
		w.results = w.results[1:]
		return r, nil
	}
	if w.last != nil {
		items := w.last.Items
		for i := len(items) - 1; i >= 0; i-- {
			p := joinPath(w.lastTop, nameOf(items[i]))
			if w.followlinks || !isLink(p) {
				w.stack = append(w.stack, p)
			}
		}
		w.last = nil
	}
	for len(w.stack) > 0 {
		top := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		dirs, files, ok, err := w.listTop(t, top)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		w.last, w.lastTop = dirs, top
		return py.NewTuple(mkPath(top, w.isBytes), dirs, files), nil
	}
	return nil, nil
}

func (w *walkIter) collect(t *py.Thread, top string) error {
	dirs, files, ok, err := w.listTop(t, top)
	if err != nil || !ok {
		return err
	}
	for _, d := range dirs.Items {
		p := joinPath(top, nameOf(d))
		if w.followlinks || !isLink(p) {
			if err := w.collect(t, p); err != nil {
				return err
			}
		}
	}
	w.results = append(w.results, py.NewTuple(mkPath(top, w.isBytes), dirs, files))
	return nil
}

func walk(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var top py.Object
	topdown := true
	var onerror py.Object = py.None
	followlinks := false
	if err := py.UnpackArgs(t, "walk", args, kw, "top", &top, "topdown?", &topdown, "onerror?", &onerror, "followlinks?", &followlinks); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "walk", top, false, false)
	if err != nil {
		return nil, err
	}
	w := &walkIter{stack: []string{p.s}, isBytes: p.isBytes, followlinks: followlinks, onerror: onerror}
	if !topdown {
		w.bottomUp = true
		if err := w.collect(t, p.s); err != nil {
			return nil, err
		}
	}
	return w, nil
}
