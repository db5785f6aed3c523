package py

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// The import system: sys.modules, builtin Go modules, Python modules
// embedded in the binary, and .py files and packages on sys.path.

// ModuleInit builds a builtin module for an interpreter.
type ModuleInit func(t *Thread) (*Module, error)

var (
	registryMu     sync.Mutex
	builtinModules = map[string]ModuleInit{}
	libFS          []fs.FS
)

// RegisterModule makes a Go-implemented module importable under name.
// Modules call it from an init function.
func RegisterModule(name string, init ModuleInit) {
	registryMu.Lock()
	builtinModules[name] = init
	registryMu.Unlock()
}

// RegisterLibFS adds a file system of embedded Python library modules
// (name.py files and name/__init__.py packages at its root).
func RegisterLibFS(f fs.FS) {
	registryMu.Lock()
	libFS = append(libFS, f)
	registryMu.Unlock()
}

// LibModuleNames lists the top-level modules and packages of the
// embedded library (with BuiltinModuleNames, sys.stdlib_module_names).
func LibModuleNames() []string {
	registryMu.Lock()
	defer registryMu.Unlock()
	var names []string
	for _, f := range libFS {
		entries, _ := fs.ReadDir(f, ".")
		for _, e := range entries {
			n := e.Name()
			if e.IsDir() {
				names = append(names, n)
			} else if base, ok := strings.CutSuffix(n, ".py"); ok {
				names = append(names, base)
			}
		}
	}
	return names
}

// BuiltinModuleNames lists the registered Go modules (sys.builtin_module_names).
func BuiltinModuleNames() []string {
	registryMu.Lock()
	defer registryMu.Unlock()
	names := make([]string, 0, len(builtinModules))
	for n := range builtinModules {
		names = append(names, n)
	}
	sortStrings(names)
	return names
}

// microPythonAliases are the u-prefixed names MicroPython accepts for
// its builtin modules ("import ujson" is "import json").
var microPythonAliases = map[string]bool{
	"array": true, "asyncio": true, "binascii": true, "collections": true, "cryptolib": true,
	"errno": true, "hashlib": true, "heapq": true, "io": true, "json": true, "machine": true,
	"os": true, "platform": true, "random": true, "re": true, "select": true, "socket": true,
	"ssl": true, "struct": true, "sys": true, "time": true, "zlib": true, "ctypes": true,
	"websocket": true, "deflate": true,
}

// ImportName implements the import statement and __import__.
func (t *Thread) ImportName(name string, globals *Dict, fromlist Object, level int) (Object, error) {
	if level > 0 {
		pkg, err := resolvePackage(globals, level)
		if err != nil {
			return nil, err
		}
		if name == "" {
			name = pkg
		} else {
			name = pkg + "." + name
		}
	} else if name == "" {
		return nil, Errorf(ValueError, "Empty module name")
	}
	mod, err := t.importDotted(name)
	if err != nil {
		return nil, err
	}
	hasFrom, err := fromlistNonEmpty(t, fromlist)
	if err != nil {
		return nil, err
	}
	if hasFrom {
		// `from pkg import sub`: import submodules named in the fromlist.
		if m, ok := mod.(*Module); ok && m.Dict.GetString("__path__") != nil {
			err := Iterate(t, fromlist, func(x Object) (bool, error) {
				s, ok := x.(*Str)
				if !ok || s.S == "*" || m.Dict.GetStr(Intern(s.S)) != nil {
					return true, nil
				}
				if _, err := t.importDotted(name + "." + s.S); err != nil {
					if e, ok := err.(*Exception); ok && e.Cls == ModuleNotFoundError {
						return true, nil // IMPORT_FROM reports the missing name
					}
					return false, err
				}
				return true, nil
			})
			if err != nil {
				return nil, err
			}
		}
		return mod, nil
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		top := name[:i]
		if level > 0 {
			// relative: return the module named by the leading part the user wrote
			return mod, nil
		}
		if m, _, _ := t.Interp.Modules.GetItem(t, NewStr(top)); m != nil {
			return m, nil
		}
	}
	return mod, nil
}

func fromlistNonEmpty(t *Thread, fromlist Object) (bool, error) {
	if fromlist == nil || fromlist == None {
		return false, nil
	}
	n, err := Len(t, fromlist)
	return n > 0, err
}

// resolvePackage finds the package a relative import is relative to.
func resolvePackage(globals *Dict, level int) (string, error) {
	var pkg string
	if p, ok := globals.GetString("__package__").(*Str); ok && p.S != "" {
		pkg = p.S
	} else if n, ok := globals.GetString("__name__").(*Str); ok {
		pkg = n.S
		if globals.GetString("__path__") == nil {
			if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
				pkg = pkg[:i]
			} else {
				pkg = ""
			}
		}
	}
	if pkg == "" || pkg == "__main__" {
		return "", Errorf(ImportError, "attempted relative import with no known parent package")
	}
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(pkg, '.')
		if j < 0 {
			return "", Errorf(ImportError, "attempted relative import beyond top-level package")
		}
		pkg = pkg[:j]
	}
	return pkg, nil
}

// importDotted imports a.b.c, importing each parent package first.
func (t *Thread) importDotted(name string) (Object, error) {
	key := NewStr(name)
	if m, found, _ := t.Interp.Modules.GetItem(t, key); found {
		if m == None {
			return nil, notFound(name)
		}
		return m, nil
	}
	var parent *Module
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		p, err := t.importDotted(name[:i])
		if err != nil {
			return nil, err
		}
		// importing the parent may have imported us (os imports os.path)
		if m, found, _ := t.Interp.Modules.GetItem(t, key); found {
			return m, nil
		}
		pm, ok := p.(*Module)
		if !ok || pm.Dict.GetString("__path__") == nil {
			registryMu.Lock()
			builtin := builtinModules[name] != nil
			registryMu.Unlock()
			if !builtin {
				e := Errorf(ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name, name[:i])
				e.SetAttr("name", key)
				return nil, e
			}
		}
		parent = pm
	}
	m, err := t.loadModule(name, parent)
	if err != nil {
		return nil, err
	}
	if parent != nil {
		parent.Dict.SetString(name[strings.LastIndexByte(name, '.')+1:], m)
	}
	return m, nil
}

func notFound(name string) *Exception {
	e := Errorf(ModuleNotFoundError, "No module named '%s'", name)
	e.SetAttr("name", NewStr(name))
	return e
}

// loadModule finds and executes the module name (not in sys.modules).
func (t *Thread) loadModule(name string, parent *Module) (Object, error) {
	{
		// Go modules may have dotted names (os.path).
		registryMu.Lock()
		init := builtinModules[name]
		registryMu.Unlock()
		if init != nil {
			m, err := init(t)
			if err != nil {
				return nil, err
			}
			t.Interp.Modules.SetItem(t, NewStr(name), m)
			return m, nil
		}
	}
	// Files on sys.path (or the parent package's __path__) come before the
	// embedded library so that users can shadow library modules.
	var dirs []string
	if parent != nil {
		if pl, ok := parent.Dict.GetString("__path__").(*List); ok {
			for _, p := range pl.Items {
				if s, ok := p.(*Str); ok {
					dirs = append(dirs, s.S)
				}
			}
		}
	} else {
		for _, p := range t.Interp.Path.Items {
			if s, ok := p.(*Str); ok {
				dirs = append(dirs, s.S)
			}
		}
	}
	leaf := name[strings.LastIndexByte(name, '.')+1:]
	for _, d := range dirs {
		if strings.HasPrefix(d, embeddedPrefix) {
			if m, ok, err := t.loadEmbedded(name, strings.TrimPrefix(d, embeddedPrefix), leaf); ok || err != nil {
				return m, err
			}
			continue
		}
		if d == "" {
			d = "."
		}
		pkgInit := filepath.Join(d, leaf, "__init__.py")
		if fileExists(pkgInit) {
			return t.execModuleFile(name, pkgInit, filepath.Join(d, leaf), readOSFile)
		}
		file := filepath.Join(d, leaf+".py")
		if fileExists(file) {
			return t.execModuleFile(name, file, "", readOSFile)
		}
		if dirExists(filepath.Join(d, leaf)) && parent == nil {
			// namespace package: a directory without __init__.py
			m := NewModule(name)
			m.Dict.SetString("__path__", NewList(NewStr(filepath.Join(d, leaf))))
			m.Dict.SetString("__package__", NewStr(name))
			t.Interp.Modules.SetItem(t, NewStr(name), m)
			return m, nil
		}
	}
	if parent == nil {
		if m, ok, err := t.loadEmbedded(name, "", leaf); ok || err != nil {
			return m, err
		}
		if strings.HasPrefix(name, "u") && microPythonAliases[name[1:]] {
			m, err := t.importDotted(name[1:])
			if err != nil {
				return nil, err
			}
			t.Interp.Modules.SetItem(t, NewStr(name), m)
			return m, nil
		}
	}
	return nil, notFound(name)
}

// embeddedPrefix marks sys.path entries inside the embedded library.
const embeddedPrefix = "<frozen>/"

// loadEmbedded loads name from the embedded library; dir is the
// package directory inside it ("" at the root).
func (t *Thread) loadEmbedded(name, dir, leaf string) (Object, bool, error) {
	registryMu.Lock()
	fss := append([]fs.FS(nil), libFS...)
	registryMu.Unlock()
	for _, f := range fss {
		base := leaf
		if dir != "" {
			base = dir + "/" + leaf
		}
		if _, err := fs.Stat(f, base+"/__init__.py"); err == nil {
			read := func(p string) ([]byte, error) { return fs.ReadFile(f, p) }
			m, err := t.execModuleFile(name, base+"/__init__.py", embeddedPrefix+base, read)
			return m, true, err
		}
		if _, err := fs.Stat(f, base+".py"); err == nil {
			read := func(p string) ([]byte, error) { return fs.ReadFile(f, p) }
			m, err := t.execModuleFile(name, base+".py", "", read)
			return m, true, err
		}
	}
	return nil, false, nil
}

// LibMainSource finds a module of the embedded library for -m: NAME.py, or
// NAME/__main__.py for a package (name is dotted). file is the name it has
// in tracebacks.
func LibMainSource(name string) (file string, src []byte, ok bool) {
	registryMu.Lock()
	fss := append([]fs.FS(nil), libFS...)
	registryMu.Unlock()
	base := strings.ReplaceAll(name, ".", "/")
	for _, f := range fss {
		for _, cand := range []string{base + ".py", base + "/__main__.py"} {
			if b, err := fs.ReadFile(f, cand); err == nil {
				return cand, b, true
			}
		}
	}
	return "", nil, false
}

func readOSFile(p string) ([]byte, error) { return os.ReadFile(p) }

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// execModuleFile compiles and runs a module's source. pkgDir is non-empty
// for packages (it becomes __path__).
func (t *Thread) execModuleFile(name, file, pkgDir string, read func(string) ([]byte, error)) (Object, error) {
	src, err := read(file)
	if err != nil {
		return nil, OSErrorFromGo(err, NewStr(file))
	}
	displayName := file
	if strings.HasPrefix(pkgDir, embeddedPrefix) || read == nil {
		displayName = file
	}
	m := NewModule(name)
	m.Dict.SetString("__file__", NewStr(displayName))
	if pkgDir != "" {
		m.Dict.SetString("__path__", NewList(NewStr(pkgDir)))
		m.Dict.SetString("__package__", NewStr(name))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		m.Dict.SetString("__package__", NewStr(name[:i]))
	} else {
		m.Dict.SetString("__package__", NewStr(""))
	}
	m.Dict.SetString("__builtins__", t.Interp.Builtins)
	code, err := CompileSource(displayName, src, 0, t.Interp.OptLevel)
	if err != nil {
		return nil, err
	}
	key := NewStr(name)
	t.Interp.Modules.SetItem(t, key, m)
	if _, err := t.RunCode(code, m.Dict, m.Dict); err != nil {
		t.Interp.Modules.DelItem(t, key)
		return nil, err
	}
	// A module may replace itself in sys.modules.
	if r, found, _ := t.Interp.Modules.GetItem(t, key); found {
		return r, nil
	}
	return m, nil
}

// Import imports a module by its full dotted name and returns it.
func (t *Thread) Import(name string) (*Module, error) {
	o, err := t.importDotted(name)
	if err != nil {
		return nil, err
	}
	m, ok := o.(*Module)
	if !ok {
		return nil, Errorf(ImportError, "module %s is not a module object", name)
	}
	return m, nil
}

func builtinImport(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	var name string
	var globals, locals, fromlist Object = None, None, None
	level := 0
	if err := UnpackClinicArgs(t, "__import__", args, kw, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	if level < 0 {
		return nil, Errorf(ValueError, "level must be >= 0")
	}
	g, _ := globals.(*Dict)
	if g == nil {
		g = NewDict()
	}
	return t.ImportName(name, g, fromlist, level)
}
