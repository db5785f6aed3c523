package py

import (
	"math/big"

	"upy/compile"
	"upy/syntax"
)

// Code is a compiled code object: compile.Code plus its constants and
// names converted to runtime objects once.
type Code struct {
	C        *compile.Code
	Consts   []Object
	Names    []*Str
	ins      []uint32
	nlocals  int
	ncells   int
	kwnames  map[string]int // parameter name → index, for keyword binding
	varNames []*Str
	caches   []inlineCache // per instruction; see inline_cache.go

	// simpleArgc is the number of arguments of a plain function (only
	// positional-or-keyword parameters, no cells, not a generator), whose
	// frame a call with exactly that many positional arguments can fill
	// by copying; -1 for other code.
	simpleArgc int
	frameSize  int  // len(Frame.buf)
	gen        bool // a generator, coroutine or async generator (C.Flags has genFlags; here one load nearer for the call path)
}

func (*Code) Type() *Type { return CodeType }

// NewCode converts a compiled code object.
func NewCode(c *compile.Code) *Code {
	code := &Code{C: c, ins: fuse(c.Instructions), nlocals: len(c.VarNames), ncells: len(c.CellVars) + len(c.FreeVars)}
	code.frameSize = code.nlocals + max(c.StackSize, 1) // stackArr must point into buf
	code.simpleArgc = -1
	code.gen = c.Flags&genFlags != 0
	if c.Flags&(compile.FlagVarArgs|compile.FlagVarKw|genFlags) == 0 && c.KwOnlyCount == 0 && code.ncells == 0 {
		code.simpleArgc = c.ArgCount
	}
	code.Consts = make([]Object, len(c.Consts))
	for i, k := range c.Consts {
		code.Consts[i] = constObject(k)
	}
	code.Names = make([]*Str, len(c.Names))
	for i, n := range c.Names {
		code.Names[i] = Intern(n)
	}
	code.varNames = make([]*Str, len(c.VarNames))
	code.kwnames = make(map[string]int, len(c.VarNames))
	for i, n := range c.VarNames {
		code.varNames[i] = Intern(n)
		code.kwnames[n] = i
	}
	return code
}

func constObject(k any) Object {
	switch v := k.(type) {
	case nil:
		return None
	case bool:
		return NewBool(v)
	case int64:
		return Int(v)
	case *big.Int:
		return NewBig(v)
	case float64:
		return Float(v)
	case complex128:
		return Complex(v)
	case string:
		return NewStr(v)
	case []byte:
		return NewBytes(v)
	case syntax.Ellipsis:
		return Ellipsis
	case *compile.Code:
		return NewCode(v)
	case compile.FrozenSet:
		// CPython builds the constant, then rebuilds it from its own
		// iteration order when merging constants: do the same so that
		// iteration order matches.
		first := &Set{Frozen: true}
		for _, x := range v {
			first.Add(nil, constObject(x))
		}
		second := &Set{Frozen: true}
		for _, x := range first.Items() {
			second.Add(nil, x)
		}
		return second
	case compile.Tuple:
		items := make([]Object, len(v))
		for i, x := range v {
			items[i] = constObject(x)
		}
		return NewTuple(items...)
	}
	return None
}

// line returns the source line of instruction pc.
func (c *Code) line(pc int) int {
	if pc < 0 {
		pc = 0
	}
	if pc >= len(c.C.Lines) {
		if len(c.C.Lines) == 0 {
			return c.C.FirstLine
		}
		pc = len(c.C.Lines) - 1
	}
	return int(c.C.Lines[pc])
}

// span returns the source range (past its line) of instruction pc.
func (c *Code) span(pc int) compile.Span {
	if pc < 0 || pc >= len(c.C.Spans) {
		return compile.Span{}
	}
	return c.C.Spans[pc]
}

// CompileSource parses and compiles source text. Syntax errors become
// SyntaxError (or IndentationError/TabError) exceptions.
func CompileSource(filename string, src []byte, mode syntax.Mode, optimize int) (*Code, error) {
	return CompileSourceFlags(filename, src, mode, optimize, 0)
}

// CompileSourceFlags is CompileSource with compile()'s future flags.
func CompileSourceFlags(filename string, src []byte, mode syntax.Mode, optimize, flags int) (*Code, error) {
	mod, expr, err := syntax.Parse(filename, src, mode)
	if err != nil {
		return nil, syntaxErrorObject(err)
	}
	c, err := compile.CompileFlags(filename, mod, expr, mode, optimize, flags)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok && se.ByteCols {
			se.FixColumns(src)
		}
		return nil, syntaxErrorObject(err)
	}
	return NewCode(c), nil
}

func syntaxErrorObject(err error) *Exception {
	se, ok := err.(*syntax.Error)
	if !ok {
		return Errorf(SyntaxError, "%v", err)
	}
	cls := SyntaxError
	switch se.Kind {
	case "IndentationError":
		cls = IndentationError
	case "TabError":
		cls = TabError
	}
	var text Object = None
	if se.Text != "" {
		text = NewStr(se.Text)
	}
	end := se.EndCol
	info := NewTuple(NewStr(se.Filename), Int(se.Line), Int(se.Col), text, Int(se.Line), Int(end))
	e := NewException(cls, NewStr(se.Msg), info)
	e.SetAttr("msg", NewStr(se.Msg))
	e.SetAttr("filename", NewStr(se.Filename))
	e.SetAttr("lineno", Int(se.Line))
	e.SetAttr("offset", Int(se.Col))
	e.SetAttr("text", text)
	e.SetAttr("end_lineno", Int(se.Line))
	e.SetAttr("end_offset", Int(end))
	return e
}

func init() {
	CodeType.AddGetSet("co_name", func(t *Thread, self Object) (Object, error) { return NewStr(self.(*Code).C.Name), nil }, nil)
	CodeType.AddGetSet("co_qualname", func(t *Thread, self Object) (Object, error) { return NewStr(self.(*Code).C.QualName), nil }, nil)
	CodeType.AddGetSet("co_filename", func(t *Thread, self Object) (Object, error) { return NewStr(self.(*Code).C.Filename), nil }, nil)
	CodeType.AddGetSet("co_firstlineno", func(t *Thread, self Object) (Object, error) { return Int(self.(*Code).C.FirstLine), nil }, nil)
	CodeType.AddGetSet("co_argcount", func(t *Thread, self Object) (Object, error) { return Int(self.(*Code).C.ArgCount), nil }, nil)
	CodeType.AddGetSet("co_kwonlyargcount", func(t *Thread, self Object) (Object, error) { return Int(self.(*Code).C.KwOnlyCount), nil }, nil)
	CodeType.AddGetSet("co_posonlyargcount", func(t *Thread, self Object) (Object, error) { return Int(self.(*Code).C.PosOnlyCount), nil }, nil)
	CodeType.AddGetSet("co_nlocals", func(t *Thread, self Object) (Object, error) { return Int(len(self.(*Code).varNames)), nil }, nil)
	strTuple := func(names []string) Object {
		items := make([]Object, len(names))
		for i, n := range names {
			items[i] = NewStr(n)
		}
		return NewTuple(items...)
	}
	CodeType.AddGetSet("co_cellvars", func(t *Thread, self Object) (Object, error) { return strTuple(self.(*Code).C.CellVars), nil }, nil)
	CodeType.AddGetSet("co_freevars", func(t *Thread, self Object) (Object, error) { return strTuple(self.(*Code).C.FreeVars), nil }, nil)
	CodeType.AddGetSet("co_flags", func(t *Thread, self Object) (Object, error) {
		return Int(cpythonCodeFlags(self.(*Code).C.Flags)), nil
	}, nil)
	CodeType.AddGetSet("co_varnames", func(t *Thread, self Object) (Object, error) {
		c := self.(*Code)
		items := make([]Object, len(c.varNames))
		for i, n := range c.varNames {
			items[i] = n
		}
		return NewTuple(items...), nil
	}, nil)
	CodeType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		c := args[0].(*Code)
		return NewStr("<code object " + c.C.Name + " at " + hexID(c) + ", file \"" + c.C.Filename + "\", line " + intToString(int64(c.C.FirstLine)) + ">"), nil
	})
}

// cpythonCodeFlags translates the compiler's code flags to CPython's
// co_flags bits (CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, ...), which
// programs and the inspect module test.
func cpythonCodeFlags(f int) int {
	r := 0
	if f&(compile.FlagModule|compile.FlagClassBody) == 0 {
		r |= 1 | 2
	}
	for _, m := range [...][2]int{
		{compile.FlagVarArgs, 4}, {compile.FlagVarKw, 8}, {compile.FlagNested, 16},
		{compile.FlagGenerator, 32}, {compile.FlagCoroutine, 128}, {compile.FlagAsyncGen, 512},
		{compile.FlagFutureAnnotations, compile.CoFutureAnnotations},
	} {
		if f&m[0] != 0 {
			r |= m[1]
		}
	}
	return r
}
