package py

import (
	"slices"
	"strings"

	"upy/compile"
)

// CallFunction calls a Python function from Go.
func (t *Thread) CallFunction(fn *Function, args []Object, kw []Kwarg) (Object, error) {
	f, err := t.bind(fn, args, kw)
	if err != nil {
		return nil, err
	}
	if fn.Code.C.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGen) != 0 {
		return newGenerator(f), nil
	}
	return t.runEntry(f)
}

func plural2(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return intToString(int64(n)) + " " + word + "s"
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// tooManyPositional is CPython's error for surplus positional arguments.
func tooManyPositional(fn *Function, given int, fast []Object) error {
	c := fn.Code.C
	nargs := c.ArgCount
	ndef := len(fn.Defaults)
	kwonly := 0
	for i := nargs; i < nargs+c.KwOnlyCount; i++ {
		if fast[i] != nil {
			kwonly++
		}
	}
	var takes string
	if ndef > 0 {
		takes = "from " + intToString(int64(nargs-ndef)) + " to " + intToString(int64(nargs)) + " positional arguments"
	} else {
		takes = plural2(nargs, "positional argument")
	}
	extra := ""
	if kwonly > 0 {
		s := "s"
		if given == 1 {
			s = ""
		}
		extra = " positional argument" + s + " (and " + plural2(kwonly, "keyword-only argument") + ")"
	}
	was := "were"
	if given == 1 && kwonly == 0 {
		was = "was"
	}
	return Errorf(TypeError, "%s() takes %s but %d%s %s given", fn.QualName, takes, given, extra, was)
}

// bind creates the frame of a call, binding arguments to parameters with
// CPython's error messages.
func (t *Thread) bind(fn *Function, args []Object, kw []Kwarg) (*Frame, error) {
	code := fn.Code
	c := code.C
	f := initFrame(t.allocFrame(), code, fn, fn.Globals, nil, nil)
	fast := f.fastSlots()
	nargs := c.ArgCount
	name := fn.QualName
	// fast path: exact positional call
	if len(kw) == 0 && len(args) == nargs && c.Flags&(compile.FlagVarArgs|compile.FlagVarKw) == 0 && c.KwOnlyCount == 0 {
		copy(fast, args)
		t.initCells(f)
		return f, nil
	}
	n := len(args)
	if n > nargs {
		n = nargs
	}
	copy(fast, args[:n])
	slot := nargs + c.KwOnlyCount
	if c.Flags&compile.FlagVarArgs != 0 {
		if len(args) > nargs {
			fast[slot] = NewTuple(append([]Object(nil), args[nargs:]...)...)
		} else {
			fast[slot] = EmptyTuple
		}
		slot++
	}
	// CPython reports keyword errors before too many positional ones.
	tooMany := len(args) > nargs && c.Flags&compile.FlagVarArgs == 0
	var kwdict *Dict
	if c.Flags&compile.FlagVarKw != 0 {
		kwdict = NewDict()
		fast[slot] = kwdict
	}
	var posOnlyAsKw []string
	for _, k := range kw {
		i, ok := code.kwnames[k.Name]
		if !ok || i >= nargs+c.KwOnlyCount || i < c.PosOnlyCount {
			if kwdict != nil {
				kwdict.SetStr(NewStr(k.Name), k.Value)
				continue
			}
			if ok && i < c.PosOnlyCount {
				posOnlyAsKw = append(posOnlyAsKw, k.Name)
				continue
			}
			for _, k2 := range kw { // positional-only names are reported first
				if j, ok2 := code.kwnames[k2.Name]; ok2 && j < c.PosOnlyCount && !slices.Contains(posOnlyAsKw, k2.Name) {
					posOnlyAsKw = append(posOnlyAsKw, k2.Name)
				}
			}
			if len(posOnlyAsKw) > 0 {
				return nil, Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posOnlyAsKw, ", "))
			}
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
		if fast[i] != nil {
			return nil, Errorf(TypeError, "%s() got multiple values for argument '%s'", name, k.Name)
		}
		fast[i] = k.Value
	}
	if len(posOnlyAsKw) > 0 {
		return nil, Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posOnlyAsKw, ", "))
	}
	if tooMany {
		return nil, tooManyPositional(fn, len(args), fast)
	}
	// defaults for positional parameters
	ndef := len(fn.Defaults)
	var missing []string
	for i := len(args); i < nargs; i++ {
		if fast[i] != nil {
			continue
		}
		if d := i - (nargs - ndef); d >= 0 {
			fast[i] = fn.Defaults[d]
		} else {
			missing = append(missing, c.VarNames[i])
		}
	}
	if len(missing) > 0 {
		return nil, Errorf(TypeError, "%s() missing %s: %s", name, plural2(len(missing), "required positional argument"), quoteList(missing))
	}
	for i := nargs; i < nargs+c.KwOnlyCount; i++ {
		if fast[i] != nil {
			continue
		}
		if fn.KwDefaults != nil {
			if v := fn.KwDefaults.GetString(c.VarNames[i]); v != nil {
				fast[i] = v
				continue
			}
		}
		missing = append(missing, c.VarNames[i])
	}
	if len(missing) > 0 {
		return nil, Errorf(TypeError, "%s() missing %s: %s", name, plural2(len(missing), "required keyword-only argument"), quoteList(missing))
	}
	t.initCells(f)
	return f, nil
}

// initCells moves parameters that are captured by closures into cells.
func (t *Thread) initCells(f *Frame) {
	for i, arg := range f.code.C.Cell2Arg {
		if arg >= 0 {
			f.cells[i].V = f.fastSlots()[arg]
			f.fastSlots()[arg] = nil
		}
	}
}

// RunCode executes module, exec or eval code with the given namespaces.
func (t *Thread) RunCode(code *Code, globals, locals *Dict) (Object, error) {
	if globals.GetString("__builtins__") == nil {
		globals.SetString("__builtins__", t.Interp.Builtins)
	}
	f := newFrame(code, nil, globals, locals, nil)
	return t.runEntry(f)
}

// runClassBody runs a class body function with ns as its locals and
// returns the body's result (the __class__ cell or None).
func (t *Thread) runClassBody(fn *Function, ns *Dict) (Object, error) {
	f := newFrame(fn.Code, fn, fn.Globals, ns, nil)
	return t.runEntry(f)
}

// runEntry runs f (and the Python frames it calls) until it returns.
func (t *Thread) runEntry(f *Frame) (Object, error) {
	if err := t.Enter(); err != nil {
		return nil, err
	}
	f.entry = true
	f.back = t.Frame
	r, _, err := t.eval(f)
	t.Leave()
	if f.fn != nil && f.locals == nil {
		t.recycle(f)
	}
	return r, err
}
