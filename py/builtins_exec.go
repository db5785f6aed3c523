package py

import (
	"bytes"

	"upy/compile"
	"upy/syntax"
)

// exec, eval, compile, input, globals/locals support.

// CurrentGlobals returns the globals of the innermost running frame
// (the __main__ module's dict outside any frame).
func (t *Thread) CurrentGlobals() *Dict {
	if t.Frame != nil {
		return t.Frame.Globals()
	}
	if t.Interp.Main != nil {
		return t.Interp.Main.Dict
	}
	return NewDict()
}

// CurrentLocals returns locals() of the innermost running frame.
func (t *Thread) CurrentLocals() *Dict {
	if t.Frame != nil {
		return t.Frame.Locals()
	}
	return t.CurrentGlobals()
}

func parseMode(mode string) (syntax.Mode, error) {
	switch mode {
	case "exec":
		return syntax.ModeExec, nil
	case "eval":
		return syntax.ModeEval, nil
	case "single":
		return syntax.ModeSingle, nil
	}
	return 0, Errorf(ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
}

// sourceBytes accepts str, bytes or bytearray source text.
func sourceBytes(fname string, o Object) ([]byte, error) {
	var b []byte
	switch v := o.(type) {
	case *Str:
		b = []byte(v.S)
	case *Bytes:
		b = v.B
	case *ByteArray:
		b = append([]byte(nil), v.B...)
	default:
		return nil, Errorf(TypeError, "%s() arg 1 must be a string, bytes or code object", fname)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, Errorf(SyntaxError, "source code string cannot contain null bytes")
	}
	return b, nil
}

func builtinCompile(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	var source Object
	var filename, mode string
	var flags, optimize int
	dontInherit := false
	optimize = -1
	if err := UnpackClinicArgs(t, "compile", args, kw, "source", &source, "filename", &filename, "mode", &mode,
		"flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize, "_feature_version?", new(int)); err != nil {
		return nil, err
	}
	m, err := parseMode(mode)
	if err != nil {
		return nil, err
	}
	if c, ok := source.(*Code); ok {
		return c, nil
	}
	src, err := sourceBytes("compile", source)
	if err != nil {
		return nil, err
	}
	if optimize < 0 {
		optimize = t.Interp.OptLevel
	}
	if !dontInherit {
		flags |= t.inheritedFutures()
	}
	return CompileSourceFlags(filename, src, m, optimize, flags&compile.CoFutureAnnotations)
}

// inheritedFutures are the future flags that compile(), exec() and eval()
// of source text take over from the calling code.
func (t *Thread) inheritedFutures() int {
	if t.Frame != nil && t.Frame.code.C.Flags&compile.FlagFutureAnnotations != 0 {
		return compile.CoFutureAnnotations
	}
	return 0
}

// execArgs resolves the globals/locals arguments of exec and eval.
func execArgs(t *Thread, fname string, g, l Object) (*Dict, *Dict, error) {
	var globals, locals *Dict
	if g == nil || g == None {
		globals = t.CurrentGlobals()
		if l == nil || l == None {
			locals = t.CurrentLocals()
		}
	} else {
		d, ok := g.(*Dict)
		if !ok {
			if fname == "eval" {
				if g.Type().Lookup(strGetitem) != nil {
					return nil, nil, Errorf(TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
				}
				return nil, nil, Errorf(TypeError, "globals must be a dict")
			}
			return nil, nil, Errorf(TypeError, "%s() globals must be a dict, not %s", fname, TypeName(g))
		}
		globals = d
	}
	if l != nil && l != None {
		d, ok := l.(*Dict)
		if inst, isInst := l.(*Instance); isInst && inst.Cls.Lookup(strGetitem) != nil {
			// a mapping: name lookups and stores go through its methods
			// (the dict a dict subclass holds, when it keeps dict's own)
			if base, isDict := inst.Base.(*Dict); isDict && !overridesDictItems(inst.Cls) && inst.Cls.Lookup(strMissing) == nil {
				d = base
			} else {
				d = NewDict()
				d.owner = inst
			}
			ok = true
		}
		if !ok {
			if fname == "exec" {
				return nil, nil, Errorf(TypeError, "locals must be a mapping or None, not %s", TypeName(l))
			}
			return nil, nil, Errorf(TypeError, "locals must be a mapping")
		}
		locals = d
	}
	if locals == nil {
		locals = globals
	}
	if globals.GetString("__builtins__") == nil {
		globals.SetString("__builtins__", t.Interp.Builtins)
	}
	return globals, locals, nil
}

func runSource(t *Thread, fname string, mode syntax.Mode, args []Object, kw []Kwarg) (Object, error) {
	var source, g, l Object
	if err := UnpackClinicArgs(t, fname, args, kw, "source", &source, "globals?", &g, "locals?", &l); err != nil {
		return nil, err
	}
	globals, locals, err := execArgs(t, fname, g, l)
	if err != nil {
		return nil, err
	}
	code, ok := source.(*Code)
	if !ok {
		src, err := sourceBytes(fname, source)
		if err != nil {
			return nil, err
		}
		if mode == syntax.ModeEval {
			src = trimLeadingSpace(src)
		}
		code, err = CompileSourceFlags("<string>", src, mode, t.Interp.OptLevel, t.inheritedFutures())
		if err != nil {
			return nil, err
		}
	}
	r, err := t.RunCode(code, globals, locals)
	if err != nil {
		return nil, err
	}
	if mode == syntax.ModeExec {
		return None, nil
	}
	return r, nil
}

// trimLeadingSpace drops the spaces and tabs eval() ignores.
func trimLeadingSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	return b
}

func builtinExec(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "exec() takes at least 1 positional argument (0 given)")
	}
	if len(args) > 3 {
		return nil, Errorf(TypeError, "exec() takes at most 3 positional arguments (%d given)", len(args))
	}
	return runSource(t, "exec", syntax.ModeExec, args, kw)
}

func builtinEval(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	// eval unpacks its arguments positionally (CPython's PyArg_UnpackTuple)
	if err := NoKwargs("eval", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 || len(args) > 3 {
		what := "least 1 argument"
		if len(args) > 3 {
			what = "most 3 arguments"
		}
		return nil, Errorf(TypeError, "eval expected at %s, got %d", what, len(args))
	}
	return runSource(t, "eval", syntax.ModeEval, args, kw)
}

func builtinInput(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("input", args, kw, 0, 1); err != nil {
		return nil, err
	}
	stdout := t.Interp.Sys.Get("stdout")
	if len(args) == 1 {
		s, err := StrOf(t, args[0])
		if err != nil {
			return nil, err
		}
		if err := WriteString(t, stdout, s); err != nil {
			return nil, err
		}
	}
	if ts, ok := stdout.(*TextStream); ok {
		ts.Flush()
	} else if stdout != nil {
		if _, err := t.CallMethod(stdout, "flush"); err != nil {
			return nil, err
		}
	}
	stdin := t.Interp.Sys.Get("stdin")
	var line string
	if ts, ok := stdin.(*TextStream); ok {
		var err error
		if line, err = ts.ReadLine(); err != nil {
			return nil, err
		}
	} else {
		r, err := t.CallMethod(stdin, "readline")
		if err != nil {
			return nil, err
		}
		s, ok := r.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "object.readline() returned non-string")
		}
		line = s.S
	}
	if line == "" {
		return nil, Errorf(EOFError, "EOF when reading a line")
	}
	if line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	return NewStr(line), nil
}
