package py

import (
	"os"
	"path/filepath"
	"strings"
)

// Config describes how to set up an interpreter.
type Config struct {
	Argv      []string // sys.argv
	ScriptDir string   // prepended to sys.path ("" for -c and the REPL: the current directory)
	OptLevel  int
	Verbose   int
	XOptions  map[string]string
}

// Setup creates the builtins, sys and __main__ modules of ip, the
// standard streams and sys.path, and returns the main thread.
func (ip *Interp) Setup(cfg Config) *Thread {
	if fallbackInterp == nil {
		fallbackInterp = ip
	}
	ip.OptLevel = cfg.OptLevel
	ip.Verbose = cfg.Verbose
	if cfg.XOptions != nil {
		ip.XOptions = cfg.XOptions
	}
	ip.Builtins = NewBuiltinsModule()
	if ip.OptLevel > 0 {
		ip.Builtins.Set("__debug__", False)
	}
	for _, a := range cfg.Argv {
		ip.Argv.Items = append(ip.Argv.Items, NewStr(a))
	}
	ip.Path.Items = append(ip.Path.Items, NewStr(cfg.ScriptDir))
	// MICROPYPATH replaces the default library path, as in MicroPython.
	if mp, ok := os.LookupEnv("MICROPYPATH"); ok {
		for _, p := range filepath.SplitList(mp) {
			ip.Path.Items = append(ip.Path.Items, NewStr(p))
		}
	} else {
		if home, err := os.UserHomeDir(); err == nil {
			ip.Path.Items = append(ip.Path.Items, NewStr(filepath.Join(home, ".micropython", "lib")))
		}
		ip.Path.Items = append(ip.Path.Items, NewStr(embeddedPrefix))
	}
	stdout := NewTextWriter("<stdout>", ip.Stdout, 1)
	stderr := NewTextWriter("<stderr>", ip.Stderr, 2)
	stderr.SetFlushBefore(stdout)
	stdin := NewTextReader("<stdin>", ip.Stdin, 0)
	stdin.SetFlushBefore(stdout)
	ip.Sys = newSysModule(ip)
	ip.Sys.Set("stdout", stdout)
	ip.Sys.Set("stderr", stderr)
	ip.Sys.Set("stdin", stdin)
	ip.Sys.Set("__stdout__", stdout)
	ip.Sys.Set("__stderr__", stderr)
	ip.Sys.Set("__stdin__", stdin)
	ip.Sys.Set("flags", NewStructSeq(flagsType, Int(0), Int(0), Int(0), Int(ip.OptLevel), Int(1), Int(0), Int(0), Int(0),
		Int(ip.Verbose), Int(0), Int(0), Int(0), Int(0), False, Int(1), Int(0), False, Int(IntMaxStrDigits)))
	xo := NewDict()
	for k, v := range ip.XOptions {
		if v == "" {
			xo.SetString(k, True)
		} else {
			xo.SetString(k, NewStr(v))
		}
	}
	ip.Sys.Set("_xoptions", xo)
	ip.Modules.SetItem(nil, NewStr("builtins"), ip.Builtins)
	ip.Modules.SetItem(nil, NewStr("sys"), ip.Sys)
	ip.Main = NewModule("__main__")
	ip.Main.Dict.SetString("__builtins__", ip.Builtins)
	ip.Main.Dict.SetString("__doc__", None)
	ip.Main.Dict.SetString("__package__", None)
	ip.Main.Dict.SetString("__loader__", None)
	ip.Main.Dict.SetString("__spec__", None)
	ip.Main.Dict.SetString("__annotations__", NewDict())
	ip.Modules.SetItem(nil, NewStr("__main__"), ip.Main)
	t := ip.NewThread()
	t.Ident = 1
	return t
}

// Flush flushes sys.stdout and sys.stderr (at exit).
func (ip *Interp) Flush() {
	runExitFlushers()
	if ip.Sys == nil {
		return
	}
	for _, name := range []string{"stdout", "stderr", "__stdout__", "__stderr__"} {
		if s, ok := ip.Sys.Get(name).(*TextStream); ok {
			s.Flush()
		}
	}
}

// RunAtExit calls the function registered with sys.atexit (MicroPython)
// and the atexit module's functions, most recent first.
// Then it closes the generators left suspended in try or with blocks, as
// CPython's shutdown does.
func (t *Thread) RunAtExit() {
	// As CPython's shutdown, first wait for threading's non-daemon threads.
	if m, ok := t.Interp.Modules.GetStr(Intern("threading")).(*Module); ok {
		if fn := m.Get("_shutdown"); fn != nil {
			if _, err := t.Call(fn, nil, nil); err != nil {
				PrintTraceback(t, AsException(err), t.Interp.Sys.Get("stderr"))
			}
		}
	}
	fns := t.Interp.atExit
	t.Interp.atExit = nil
	for i := len(fns) - 1; i >= 0; i-- {
		if _, err := t.Call(fns[i], nil, nil); err != nil {
			if e := AsException(err); !e.IsInstance(SystemExit) {
				PrintTraceback(t, e, t.Interp.Sys.Get("stderr"))
			}
		}
	}
	t.FinalizeGenerators()
}

// RegisterAtExit adds a function to run at interpreter exit.
func (ip *Interp) RegisterAtExit(fn Object) { ip.atExit = append(ip.atExit, fn) }

// RunMain compiles and runs source as the __main__ module.
func (t *Thread) RunMain(filename string, src []byte) error {
	ip := t.Interp
	ip.Main.Dict.SetString("__file__", NewStr(filename))
	ip.Main.Dict.SetString("__cached__", None)
	if strings.HasPrefix(filename, "<") {
		ip.Main.Dict.DelStr(Intern("__file__"))
		ip.Main.Dict.DelStr(Intern("__cached__"))
	}
	code, err := CompileSource(filename, src, 0, ip.OptLevel)
	if err != nil {
		return err
	}
	_, err = t.RunCode(code, ip.Main.Dict, ip.Main.Dict)
	return err
}

// ExitStatus handles an exception that ended the program: SystemExit
// gives its code; anything else prints a traceback and gives 1.
func (t *Thread) ExitStatus(err error) int {
	if err == nil {
		return 0
	}
	e := AsException(err)
	stderr := t.Interp.Sys.Get("stderr")
	if e.IsInstance(SystemExit) {
		code, _ := GetAttrString(t, e, "code")
		switch c := code.(type) {
		case nil, *noneObject:
			return 0
		case Int:
			return int(c) & 0xff
		case Bool:
			if c {
				return 1
			}
			return 0
		default:
			s, err := StrOf(t, c)
			if err == nil {
				WriteString(t, stderr, s+"\n")
			}
			return 1
		}
	}
	if hook := t.Interp.Sys.Get("excepthook"); hook != nil {
		if b, ok := hook.(*Builtin); !ok || b.Name != "excepthook" {
			var tb Object = None
			if e.Traceback != nil {
				tb = e.Traceback
			}
			if _, err := t.Call(hook, []Object{e.Cls, e, tb}, nil); err == nil {
				return 1
			}
		}
	}
	PrintTraceback(t, e, stderr)
	return 1
}

// AfterCollect holds functions gc.collect() runs after a collection (the
// weakref module's callbacks), on the calling thread.
var AfterCollect []func(t *Thread)
