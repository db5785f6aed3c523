package py

import (
	"math"
	"os"
	"runtime"
	"strings"
)

// Version is upy's own version.
const Version = "0.1.0"

// The Python language version upy implements, and the MicroPython
// release whose API it follows.
var (
	PythonVersion      = [3]int{3, 11, 0}
	MicroPythonVersion = [3]int{1, 24, 0}
)

var (
	versionInfoType = StructSeqType("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
	floatInfoType   = StructSeqType("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	intInfoType     = StructSeqType("sys", "int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"})
	hashInfoType    = StructSeqType("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"})
	flagsType       = StructSeqType("sys", "flags", []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"})
	implType        = NewBuiltinType("implementation", ObjectType, nil)
)

func init() {
	implType.Module = "sys"
	implType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		inst := args[0].(*Instance)
		var b strings.Builder
		b.WriteString("namespace(")
		first := true
		var err error
		inst.Dict.Items(func(k, v Object) bool {
			var r string
			if r, err = Repr(t, v); err != nil {
				return false
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(k.(*Str).S + "=" + r)
			return true
		})
		if err != nil {
			return nil, err
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	})
}

func intTuple(v [3]int) *Tuple { return NewTuple(Int(v[0]), Int(v[1]), Int(v[2])) }

// newSysModule builds the sys module of ip.
func newSysModule(ip *Interp) *Module {
	m := NewModule("sys")
	m.Set("argv", ip.Argv)
	m.Set("path", ip.Path)
	m.Set("modules", ip.Modules)
	m.Set("version", NewStr(sysVersion()))
	m.Set("version_info", NewStructSeq(versionInfoType, Int(PythonVersion[0]), Int(PythonVersion[1]), Int(PythonVersion[2]), NewStr("final"), Int(0)))
	m.Set("hexversion", Int(PythonVersion[0]<<24|PythonVersion[1]<<16|PythonVersion[2]<<8|0xf0))
	impl := &Instance{Cls: implType, Dict: NewDict()}
	mpver := NewTuple(Int(MicroPythonVersion[0]), Int(MicroPythonVersion[1]), Int(MicroPythonVersion[2]), NewStr(""))
	impl.Dict.SetString("name", NewStr("micropython"))
	impl.Dict.SetString("version", mpver)
	impl.Dict.SetString("_machine", NewStr("upy "+Version+" on "+runtime.GOOS+"/"+runtime.GOARCH+" with "+runtime.Version()))
	// .mpy version 6, no native architecture: upy runs bytecode only.
	impl.Dict.SetString("_mpy", Int(6))
	impl.Dict.SetString("_build", NewStr("upy"))
	impl.Dict.SetString("_thread", NewStr("GIL"))
	impl.Dict.SetString("_upy", NewStr(Version))
	impl.Dict.SetString("cache_tag", None)
	m.Set("implementation", impl)
	m.Set("platform", NewStr(runtime.GOOS))
	m.Set("byteorder", NewStr("little"))
	m.Set("maxsize", Int(math.MaxInt64))
	m.Set("maxunicode", Int(0x10ffff))
	m.Set("executable", NewStr(executablePath()))
	m.Set("float_info", NewStructSeq(floatInfoType, Float(math.MaxFloat64), Int(1024), Int(308),
		Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)))
	m.Set("int_info", NewStructSeq(intInfoType, Int(30), Int(4), Int(4300), Int(640)))
	m.Set("hash_info", NewStructSeq(hashInfoType, Int(64), Int(1<<61-1), Int(314159), Int(0), Int(1000003), NewStr("siphash13"), Int(64), Int(128), Int(0)))
	m.Set("float_repr_style", NewStr("short"))
	m.Set("ps1", NewStr(">>> "))
	m.Set("ps2", NewStr("... "))
	m.Set("prefix", NewStr(""))
	m.Set("exec_prefix", NewStr(""))
	m.Set("dont_write_bytecode", True)
	names := BuiltinModuleNames()
	bn := make([]Object, 0, len(names)+2)
	for _, n := range append([]string{"builtins", "sys"}, names...) {
		bn = append(bn, NewStr(n))
	}
	m.Set("builtin_module_names", NewTuple(bn...))
	m.SetFunc("exit", sysExit)
	// The switch interval is kept for programs that set and read it; the
	// runtime's thread switching does not depend on it.
	switchInterval := Float(0.005)
	m.SetFunc("getswitchinterval", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("getswitchinterval", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return switchInterval, nil
	})
	m.SetFunc("setswitchinterval", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("setswitchinterval", args, kw, 1, 1); err != nil {
			return nil, err
		}
		f, err := ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		if !(f > 0) {
			return nil, Errorf(ValueError, "switch interval must be strictly positive")
		}
		switchInterval = Float(f)
		return None, nil
	})
	m.SetFunc("exc_info", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e := t.ExcInfo
		if e == nil {
			return NewTuple(None, None, None), nil
		}
		var tb Object = None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		return NewTuple(e.Cls, e, tb), nil
	})
	m.SetFunc("exception", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if t.ExcInfo == nil {
			return None, nil
		}
		return t.ExcInfo, nil
	})
	m.SetFunc("print_exception", sysPrintException)
	m.SetFunc("getrecursionlimit", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return Int(t.Interp.RecursionLimit), nil
	})
	m.SetFunc("setrecursionlimit", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, Errorf(ValueError, "recursion limit must be greater or equal than 1")
		}
		t.Interp.RecursionLimit = n
		return None, nil
	})
	m.SetFunc("intern", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("intern", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "intern() argument must be str, not %s", TypeName(args[0]))
		}
		return Intern(s.S), nil
	})
	m.SetFunc("getsizeof", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "getsizeof() missing required argument 'object' (pos 1)")
		}
		return Int(SizeOf(args[0])), nil
	})
	m.SetFunc("getdefaultencoding", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return NewStr("utf-8"), nil })
	m.SetFunc("getfilesystemencoding", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return NewStr("utf-8"), nil })
	m.SetFunc("_getframe", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		depth := 0
		if len(args) > 0 {
			var err error
			if depth, err = IndexInt(t, args[0]); err != nil {
				return nil, err
			}
		}
		return t.GetFrame(depth)
	})
	m.SetFunc("atexit", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		// MicroPython's sys.atexit(func): one function, replaced by later calls.
		if err := CheckArgs("atexit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		prev := Object(None)
		if len(t.Interp.atExit) > 0 {
			prev = t.Interp.atExit[0]
		}
		t.Interp.atExit = []Object{args[0]}
		return prev, nil
	})
	m.SetFunc("settrace", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return None, nil })
	m.SetFunc("gettrace", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return None, nil })
	m.SetFunc("breakpointhook", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		// upy has no debugger: PYTHONBREAKPOINT=module.func names one to
		// call (as CPython), "0" or nothing skips the breakpoint.
		hook := os.Getenv("PYTHONBREAKPOINT")
		if hook == "" || hook == "0" {
			return None, nil
		}
		i := strings.LastIndexByte(hook, '.')
		if i <= 0 {
			return None, nil
		}
		// CPython warns and goes on when the hook cannot be found.
		mod, err := t.Import(hook[:i])
		var fn Object
		if err == nil {
			fn, err = GetAttr(t, mod, Intern(hook[i+1:]))
		}
		if err != nil {
			os.Stderr.WriteString("RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: \"" + hook + "\"\n")
			return None, nil
		}
		return t.Call(fn, args, kw)
	})
	m.Set("__breakpointhook__", m.Get("breakpointhook"))
	m.SetFunc("displayhook", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("displayhook", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return None, DisplayValue(t, args[0])
	})
	m.SetFunc("excepthook", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("excepthook", args, kw, 3, 3); err != nil {
			return nil, err
		}
		if e, ok := args[1].(*Exception); ok {
			PrintTraceback(t, e, t.Interp.Sys.Get("stderr"))
		}
		return None, nil
	})
	m.Set("__displayhook__", m.Get("displayhook"))
	m.Set("__excepthook__", m.Get("excepthook"))
	// upy's importer is not pluggable; the lists exist for programs that
	// inspect them (and stay empty).
	orig := make([]Object, len(os.Args))
	for i, a := range os.Args {
		orig[i] = NewStr(a)
	}
	m.Set("orig_argv", NewList(orig...))
	std := &Set{Frozen: true}
	for _, n := range append(BuiltinModuleNames(), LibModuleNames()...) {
		if !strings.HasPrefix(n, "_") || n == "_thread" {
			std.Add(nil, NewStr(n))
		}
	}
	m.Set("stdlib_module_names", std)
	m.Set("meta_path", NewList())
	m.Set("path_hooks", NewList())
	m.SetFunc("get_int_max_str_digits", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return Int(IntMaxStrDigits), nil
	})
	m.SetFunc("set_int_max_str_digits", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		var n int
		if err := UnpackArgs(t, "set_int_max_str_digits", args, kw, "maxdigits", &n); err != nil {
			return nil, err
		}
		if n != 0 && n < 640 {
			return nil, Errorf(ValueError, "maxdigits must be 0 or larger than 640")
		}
		IntMaxStrDigits = n
		return None, nil
	})
	m.SetFunc("is_finalizing", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return False, nil })
	m.SetFunc("getswitchinterval", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("getswitchinterval", args, kw, 0, 0); err != nil {
			return nil, err
		}
		if t.Interp.switchInterval == 0 {
			return Float(0.005), nil
		}
		return Float(t.Interp.switchInterval), nil
	})
	m.SetFunc("setswitchinterval", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("setswitchinterval", args, kw, 1, 1); err != nil {
			return nil, err
		}
		v, err := ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		if !(v > 0) {
			return nil, Errorf(ValueError, "switch interval must be strictly positive")
		}
		t.Interp.switchInterval = v
		return None, nil
	})
	m.Set("api_version", Int(1013)) // CPython 3.11's
	return m
}

// IntMaxStrDigits is sys.get_int_max_str_digits() (0: no limit).
var IntMaxStrDigits = 4300

func sysVersion() string {
	return intToString(int64(PythonVersion[0])) + "." + intToString(int64(PythonVersion[1])) + "." + intToString(int64(PythonVersion[2])) +
		"; upy " + Version + " (MicroPython " + intToString(int64(MicroPythonVersion[0])) + "." + intToString(int64(MicroPythonVersion[1])) +
		" compatible) [" + runtime.Version() + "]"
}

func executablePath() string {
	p, err := os.Executable()
	if err != nil {
		return "upy"
	}
	return p
}

func sysExit(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("exit", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		if tu, ok := args[0].(*Tuple); ok {
			// As PyErr_SetObject: a tuple value is the exception's args.
			return nil, NewException(SystemExit, tu.Items...)
		}
	}
	return nil, NewException(SystemExit, args...)
}

// sysPrintException is MicroPython's sys.print_exception(exc, file=sys.stdout)
// and also accepts CPython's traceback-style call with a class first.
func sysPrintException(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	var exc, file Object = None, None
	if err := UnpackArgs(t, "print_exception", args, kw, "exc", &exc, "file?", &file); err != nil {
		return nil, err
	}
	e, ok := exc.(*Exception)
	if !ok {
		return nil, Errorf(TypeError, "print_exception() argument must be an exception, not %s", TypeName(exc))
	}
	if file == None {
		file = t.Interp.Sys.Get("stdout")
	}
	return None, PrintTraceback(t, e, file)
}

// SizeOf approximates sys.getsizeof.
func SizeOf(o Object) int {
	switch v := o.(type) {
	case *Str:
		return 49 + len(v.S)
	case *Bytes:
		return 33 + len(v.B)
	case *ByteArray:
		return 57 + len(v.B)
	case *List:
		return 56 + 8*cap(v.Items)
	case *Tuple:
		return 40 + 8*len(v.Items)
	case *Dict:
		return 64 + 24*len(v.entries) + 4*len(v.index)
	case Int, Bool:
		return 28
	case *BigInt:
		return 24 + 4*((v.V.BitLen()+29)/30)
	case Float:
		return 24
	}
	return 48
}
