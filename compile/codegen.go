package compile

import (
	"math/big"
	"sort"
	"strings"

	"upy/syntax"
)

// fblockKind is the kind of a block the compiler must unwind on
// break/continue/return.
type fblockKind int

const (
	fbLoop       fblockKind = iota // while loop
	fbFor                          // for loop: the iterator is on the stack
	fbAsyncFor                     // async for: the async iterator is on the stack
	fbTryExcept                    // inside try: with a SETUP_FINALLY block
	fbFinallyTry                   // inside try of try/finally: finally body must run
	fbFinallyEnd                   // inside the finally body run on an exception
	fbWith                         // inside with: __exit__ on the stack
	fbAsyncWith                    // inside async with
	fbHandler                      // inside an except handler body
)

type fblock struct {
	kind      fblockKind
	start     int // continue target (loops)
	end       int // break target
	finalBody []syntax.Stmt
	name      string // handler `as` name
}

type unit struct {
	code     *Code
	scope    *scope
	constIdx map[any]int
	names    map[string]int
	varIdx   map[string]int
	cellIdx  map[string]int
	labels   []int // label → instruction index (-1 until set)
	fixups   []int // instruction indices whose argument is a label
	line     int32
	span     Span // the rest of the current node's range (see setLine)
	fblocks  []fblock
	qualname string
	parent   *unit
	isLambda bool
}

type compiler struct {
	filename    string
	scopes      map[syntax.Node]*scope
	u           *unit
	optimize    int
	interactive bool
	err         error
	// annotationsFuture: `from __future__ import annotations` stores
	// annotations as their source text, unevaluated
	annotationsFuture bool
}

// compileError is raised (by panic) to abort compilation; it is always a
// *syntax.Error.
type compileError struct{ err *syntax.Error }

func (c *compiler) errorAt(n syntax.Node, msg string) {
	panic(compileError{nodeError(c.filename, n, c.u.line, msg)})
}

// Compile compiles a parsed module (mode exec or single) or expression
// (mode eval).
func Compile(filename string, mod *syntax.Module, expr syntax.Expr, mode syntax.Mode, optimize int) (code *Code, err error) {
	return CompileFlags(filename, mod, expr, mode, optimize, 0)
}

// CompileFlags is Compile with compile()'s future flags (CoFutureAnnotations).
func CompileFlags(filename string, mod *syntax.Module, expr syntax.Expr, mode syntax.Mode, optimize, flags int) (code *Code, err error) {
	b := &builder{filename: filename, scopes: map[syntax.Node]*scope{}}
	b.annotationsFuture = flags&CoFutureAnnotations != 0
	root := &syntax.Module{}
	if mod != nil {
		root = mod
	}
	mangleStmts(root.Body, "")
	top := newScope(scopeModule, nil, nil, "<module>")
	b.cur = top
	if mode == syntax.ModeEval {
		b.expr(expr)
	} else {
		if b.futures, err = leadingFutures(filename, root.Body); err != nil {
			return nil, err
		}
		for st := range b.futures {
			for _, a := range st.(*syntax.ImportFrom).Names {
				b.annotationsFuture = b.annotationsFuture || a.Name == "annotations"
			}
		}
		b.stmts(root.Body)
	}
	if b.err != nil {
		return nil, b.err
	}
	if bad := resolve(top); bad != nil {
		return nil, nodeError(filename, bad.at, 1, "no binding for nonlocal '"+bad.name+"' found")
	}
	c := &compiler{filename: filename, scopes: b.scopes, optimize: optimize, interactive: mode == syntax.ModeSingle}
	c.annotationsFuture = b.annotationsFuture
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			code, err = nil, ce.err
		}
	}()
	c.enter(top, "<module>", 1)
	c.u.code.Flags |= FlagModule
	if mode == syntax.ModeEval {
		c.expr(expr)
		c.emit(RETURN_VALUE, 0)
	} else {
		c.setupAnnotations(root.Body)
		if doc := docstring(root.Body); doc != nil && mode == syntax.ModeExec {
			c.u.code.Docstring = *doc
			c.loadConst(*doc)
			c.storeName("__doc__")
		}
		c.stmts(root.Body)
		c.loadConst(nil)
		c.emit(RETURN_VALUE, 0)
	}
	return c.leave(), nil
}

func docstring(body []syntax.Stmt) *string {
	if len(body) == 0 {
		return nil
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := es.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return &s
			}
		}
	}
	return nil
}

// enter starts compiling a new code unit for scope s.
func (c *compiler) enter(s *scope, name string, line int32) {
	u := &unit{
		scope:    s,
		constIdx: map[any]int{},
		names:    map[string]int{},
		varIdx:   map[string]int{},
		cellIdx:  map[string]int{},
		parent:   c.u,
		line:     line,
	}
	u.code = &Code{Name: name, Filename: c.filename, FirstLine: int(line)}
	// qualified name
	if c.u == nil || c.u.scope.kind == scopeModule {
		u.qualname = name
	} else if c.u.scope.kind == scopeClass {
		u.qualname = c.u.qualname + "." + name
	} else {
		u.qualname = c.u.qualname + ".<locals>." + name
	}
	u.code.QualName = u.qualname
	if s.isFunction() {
		for _, p := range s.params {
			u.varIdx[p] = len(u.code.VarNames)
			u.code.VarNames = append(u.code.VarNames, p)
		}
		for _, n := range s.order {
			if s.local(n) {
				if _, ok := u.varIdx[n]; !ok {
					u.varIdx[n] = len(u.code.VarNames)
					u.code.VarNames = append(u.code.VarNames, n)
				}
			}
		}
	}
	cells := sortedKeys(s.cells)
	frees := sortedKeys(s.frees)
	for _, n := range cells {
		u.cellIdx[n] = len(u.cellIdx)
		arg := -1
		if s.isFunction() {
			for i, p := range s.params {
				if p == n {
					arg = i
				}
			}
		}
		u.code.Cell2Arg = append(u.code.Cell2Arg, arg)
	}
	for _, n := range frees {
		u.cellIdx[n] = len(u.cellIdx)
	}
	u.code.CellVars = cells
	u.code.FreeVars = frees
	if s.generator {
		u.code.Flags |= FlagGenerator
	}
	if s.coroutine {
		if s.generator {
			u.code.Flags |= FlagAsyncGen
			u.code.Flags &^= FlagGenerator
		} else {
			u.code.Flags |= FlagCoroutine
		}
	}
	if s.kind == scopeClass {
		u.code.Flags |= FlagClassBody
	}
	if c.u != nil && c.u.scope.isFunction() {
		u.code.Flags |= FlagNested
	}
	c.u = u
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// leave finishes the current unit: resolves labels and returns the code.
func (c *compiler) leave() *Code {
	u := c.u
	if c.annotationsFuture {
		u.code.Flags |= FlagFutureAnnotations
	}
	for _, i := range u.fixups {
		ins := u.code.Instructions[i]
		target := u.labels[Arg(ins)]
		u.code.Instructions[i] = uint32(Op(ins)) | uint32(target)<<8
	}
	u.code.StackSize = maxStackDepth(u.code.Instructions)
	c.u = u.parent
	return u.code
}

func (c *compiler) emit(op Opcode, arg int) int {
	u := c.u
	u.code.Instructions = append(u.code.Instructions, uint32(op)|uint32(arg)<<8)
	u.code.Lines = append(u.code.Lines, u.line)
	u.code.Spans = append(u.code.Spans, u.span)
	return len(u.code.Instructions) - 1
}

func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

func (c *compiler) setLabel(l int) { c.u.labels[l] = len(c.u.code.Instructions) }

func (c *compiler) emitJump(op Opcode, label int) {
	i := c.emit(op, label)
	c.u.fixups = append(c.u.fixups, i)
}

// constKey makes constants usable as map keys without merging values that
// compare equal across types (1, 1.0, True) or -0.0 and 0.0.
type constKey struct {
	kind string
	s    string
}

func keyOf(v any) (any, bool) {
	switch x := v.(type) {
	case nil:
		return constKey{"none", ""}, true
	case bool:
		if x {
			return constKey{"bool", "1"}, true
		}
		return constKey{"bool", "0"}, true
	case int64:
		return constKey{"int", itoa64(x)}, true
	case string:
		return constKey{"str", x}, true
	case *big.Int:
		return constKey{"big", x.String()}, true
	case []byte:
		return constKey{"bytes", string(x)}, true
	}
	return nil, false
}

func itoa64(n int64) string { return big.NewInt(n).String() }

func (c *compiler) constIndex(v any) int {
	u := c.u
	if k, ok := keyOf(v); ok {
		if i, ok := u.constIdx[k]; ok {
			return i
		}
		u.constIdx[k] = len(u.code.Consts)
	}
	u.code.Consts = append(u.code.Consts, v)
	return len(u.code.Consts) - 1
}

func (c *compiler) loadConst(v any) { c.emit(LOAD_CONST, c.constIndex(v)) }

func (c *compiler) nameIndex(n string) int {
	u := c.u
	if i, ok := u.names[n]; ok {
		return i
	}
	u.names[n] = len(u.code.Names)
	u.code.Names = append(u.code.Names, n)
	return len(u.code.Names) - 1
}

// setLine makes n the node the next instructions are compiled for: their
// line and source range are n's.
func (c *compiler) setLine(n syntax.Node) {
	if n != nil {
		if start := n.Start(); start.Line > 0 {
			end := n.End()
			c.u.line = start.Line
			c.u.span = Span{Col: start.Col, EndLine: end.Line, EndCol: end.Col}
		}
	}
}

// setAttrLine makes n (an attribute access a, or a method call on it) the
// node of the next instructions, as setLine, except that when a spans
// lines the range starts at the attribute's name, as CPython 3.11 does:
// in "x\n.m()" an error is reported on the line of ".m()".
func (c *compiler) setAttrLine(a *syntax.Attribute, n syntax.Node) {
	c.setLine(n)
	if start, end := a.Start(), a.End(); end.Line > start.Line {
		c.u.line = end.Line
		c.u.span.Col = end.Col - int32(len(a.Attr))
	}
}

// ---- names ----

type access int

const (
	accFast access = iota
	accDeref
	accClassDeref
	accGlobal
	accName
)

func (c *compiler) access(name string) (access, int) {
	u := c.u
	s := u.scope
	switch s.kind {
	case scopeModule:
		return accName, c.nameIndex(name)
	case scopeClass:
		if s.globals[name] {
			return accGlobal, c.nameIndex(name)
		}
		if s.frees[name] {
			if s.nonlocal[name] {
				return accDeref, u.cellIdx[name]
			}
			if !s.bound[name] {
				return accClassDeref, u.cellIdx[name]
			}
		}
		return accName, c.nameIndex(name)
	}
	if i, ok := u.cellIdx[name]; ok {
		return accDeref, i
	}
	if s.local(name) {
		return accFast, u.varIdx[name]
	}
	return accGlobal, c.nameIndex(name)
}

func (c *compiler) loadName(name string) {
	a, i := c.access(name)
	switch a {
	case accFast:
		c.emit(LOAD_FAST, i)
	case accDeref:
		c.emit(LOAD_DEREF, i)
	case accClassDeref:
		c.emit(LOAD_CLASSDEREF, i)
	case accGlobal:
		c.emit(LOAD_GLOBAL, i)
	default:
		c.emit(LOAD_NAME, i)
	}
}

func (c *compiler) storeName(name string) {
	a, i := c.access(name)
	switch a {
	case accFast:
		c.emit(STORE_FAST, i)
	case accDeref, accClassDeref:
		c.emit(STORE_DEREF, i)
	case accGlobal:
		c.emit(STORE_GLOBAL, i)
	default:
		c.emit(STORE_NAME, i)
	}
}

func (c *compiler) deleteName(name string) {
	a, i := c.access(name)
	switch a {
	case accFast:
		c.emit(DELETE_FAST, i)
	case accDeref, accClassDeref:
		c.emit(DELETE_DEREF, i)
	case accGlobal:
		c.emit(DELETE_GLOBAL, i)
	default:
		c.emit(DELETE_NAME, i)
	}
}

// ---- statements ----

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) setupAnnotations(body []syntax.Stmt) {
	if c.u.scope.hasAnnot {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
}

func (c *compiler) stmt(st syntax.Stmt) {
	c.setLine(st)
	switch s := st.(type) {
	case *syntax.ExprStmt:
		if c.interactive && c.u.scope.kind == scopeModule {
			c.expr(s.Value)
			c.emit(PRINT_EXPR, 0)
			return
		}
		if k, ok := s.Value.(*syntax.Constant); ok {
			_ = k
			return // a lone constant (docstring-like) has no effect
		}
		c.expr(s.Value)
		c.emit(POP_TOP, 2) // arg 2: a discarded expression value (see genDropped)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(DUP_TOP, 0)
			}
			c.store(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.Pass:
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.delete(t)
		}
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		if s.IsAsync {
			c.asyncFor(s)
		} else {
			c.forStmt(s)
		}
	case *syntax.Break:
		c.breakContinue(s, true)
	case *syntax.Continue:
		c.breakContinue(s, false)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n = 1
			if s.Cause != nil {
				c.expr(s.Cause)
				n = 2
			}
		}
		c.emit(RAISE_VARARGS, n)
	case *syntax.Try:
		c.tryStmt(s)
	case *syntax.With:
		c.withStmt(s, 0)
	case *syntax.Assert:
		if c.optimize > 0 {
			return
		}
		end := c.newLabel()
		c.expr(s.Test)
		if _, ok := s.Test.(*syntax.Compare); ok {
			// CPython's raise of a failed comparison carries the
			// comparison's position (tracebacks underline it).
			c.setLine(s.Test)
		}
		c.emitJump(POP_JUMP_IF_TRUE, end)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.setLabel(end)
	case *syntax.Import:
		for _, a := range s.Names {
			c.loadConst(int64(0))
			c.loadConst(nil)
			c.emit(IMPORT_NAME, c.nameIndex(a.Name))
			if a.AsName != "" {
				parts := strings.Split(a.Name, ".")
				for _, p := range parts[1:] {
					c.emit(LOAD_ATTR, c.nameIndex(p))
				}
				c.storeName(a.AsName)
			} else {
				top := a.Name
				if i := strings.IndexByte(top, '.'); i >= 0 {
					top = top[:i]
				}
				c.storeName(top)
			}
		}
	case *syntax.ImportFrom:
		c.loadConst(int64(s.Level))
		names := make(Tuple, len(s.Names))
		for i, a := range s.Names {
			names[i] = a.Name
		}
		c.loadConst(names)
		c.emit(IMPORT_NAME, c.nameIndex(s.Module))
		if len(s.Names) == 1 && s.Names[0].Name == "*" {
			c.emit(IMPORT_STAR, 0)
			return
		}
		for _, a := range s.Names {
			c.emit(IMPORT_FROM, c.nameIndex(a.Name))
			if a.AsName != "" {
				c.storeName(a.AsName)
			} else {
				c.storeName(a.Name)
			}
		}
		c.emit(POP_TOP, 0)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.FunctionDef:
		c.funcDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	default:
		c.errorAt(st, "unsupported statement")
	}
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := int(s.Op) + 16
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.loadName(t.Id)
		c.expr(s.Value)
		c.emit(BINARY_OP, op)
		c.storeName(t.Id)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(DUP_TOP, 0)
		c.emit(LOAD_ATTR, c.nameIndex(t.Attr))
		c.expr(s.Value)
		c.emit(BINARY_OP, op)
		c.emit(ROT_TWO, 0)
		c.emit(STORE_ATTR, c.nameIndex(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.subscriptIndex(t.Slice)
		c.emit(DUP_TOP_TWO, 0)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.emit(BINARY_OP, op)
		c.emit(ROT_THREE, 0)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.errorAt(s, "illegal expression for augmented assignment")
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.store(s.Target)
	}
	n, ok := s.Target.(*syntax.Name)
	if ok && s.Simple && !c.u.scope.isFunction() {
		c.annotation(s.Annotation)
		c.emit(LOAD_NAME, c.nameIndex("__annotations__"))
		c.loadConst(n.Id)
		c.emit(STORE_SUBSCR, 0)
	} else if !c.u.scope.isFunction() && !c.annotationsFuture {
		// the annotation of a complex target is evaluated, then dropped
		c.expr(s.Annotation)
		c.emit(POP_TOP, 0)
	}
}

// annotation pushes an annotation's value: the expression's value, or
// its text under `from __future__ import annotations`.
func (c *compiler) annotation(e syntax.Expr) {
	if c.annotationsFuture {
		c.loadConst(syntax.Unparse(e))
		return
	}
	c.expr(e)
}

func (c *compiler) ifStmt(s *syntax.If) {
	end := c.newLabel()
	if k, ok := s.Test.(*syntax.Constant); ok {
		if truthy, known := constTruth(k.Value); known {
			if truthy {
				c.stmts(s.Body)
			} else {
				c.stmts(s.OrElse)
			}
			return
		}
	}
	other := c.newLabel()
	c.jumpIf(s.Test, false, other)
	c.stmts(s.Body)
	if len(s.OrElse) > 0 {
		c.emitJump(JUMP, end)
	}
	c.setLabel(other)
	c.stmts(s.OrElse)
	c.setLabel(end)
}

func constTruth(v any) (bool, bool) {
	switch x := v.(type) {
	case nil:
		return false, true
	case bool:
		return x, true
	case int64:
		return x != 0, true
	case string:
		return x != "", true
	}
	return false, false
}

// jumpIf jumps to label when the truth of e equals cond.
func (c *compiler) jumpIf(e syntax.Expr, cond bool, label int) {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand, !cond, label)
			return
		}
	case *syntax.BoolOp:
		if (x.Op == syntax.And) != cond {
			// and-false / or-true: jump as soon as one operand decides
			for _, v := range x.Values {
				c.jumpIf(v, cond, label)
			}
			return
		}
		next := c.newLabel()
		for _, v := range x.Values[:len(x.Values)-1] {
			c.jumpIf(v, !cond, next)
		}
		c.jumpIf(x.Values[len(x.Values)-1], cond, label)
		c.setLabel(next)
		return
	}
	c.expr(e)
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, label)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, label)
	}
}

func (c *compiler) whileStmt(s *syntax.While) {
	start, end, orelse := c.newLabel(), c.newLabel(), c.newLabel()
	c.setLabel(start)
	infinite := false
	if k, ok := s.Test.(*syntax.Constant); ok {
		if t, known := constTruth(k.Value); known && t {
			infinite = true
		}
	}
	if !infinite {
		c.jumpIf(s.Test, false, orelse)
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbLoop, start: start, end: end})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setLine(s)
	c.emitJump(JUMP, start)
	c.setLabel(orelse)
	c.stmts(s.OrElse)
	c.setLabel(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(GET_ITER, 0)
	c.setLabel(start)
	c.emitJump(FOR_ITER, cleanup)
	c.store(s.Target)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, start: start, end: end})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setLine(s)
	c.emitJump(JUMP, start)
	c.setLabel(cleanup)
	c.stmts(s.OrElse)
	c.setLabel(end)
}

func (c *compiler) asyncFor(s *syntax.For) {
	start, handler, end, orelse := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(GET_AITER, 0)
	c.setLabel(start)
	c.emitJump(SETUP_FINALLY, handler)
	c.emit(GET_ANEXT, 0)
	c.loadConst(nil)
	c.emit(YIELD_FROM, 0)
	c.emit(POP_BLOCK, 0)
	c.store(s.Target)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbAsyncFor, start: start, end: end})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emitJump(JUMP, start)
	c.setLabel(handler)
	c.emit(END_ASYNC_FOR, 0) // StopAsyncIteration: pops everything; else re-raises
	c.setLabel(orelse)
	c.stmts(s.OrElse)
	c.setLabel(end)
}

// unwind emits the clean-up of one fblock for a jump out of it.
func (c *compiler) unwind(fb fblock) {
	switch fb.kind {
	case fbFor, fbAsyncFor:
		c.emit(POP_TOP, 1) // arg 1: the loop's iterator (see genDropped)
	case fbTryExcept:
		c.emit(POP_BLOCK, 0)
	case fbFinallyTry:
		c.emit(POP_BLOCK, 0)
		// The finally body runs outside its own fblock.
		saved := c.u.fblocks
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks):len(c.u.fblocks)]
		c.stmts(fb.finalBody)
		c.u.fblocks = saved
	case fbFinallyEnd:
		c.emit(POP_TOP, 0) // the exception
		c.emit(POP_EXCEPT, 0)
	case fbWith, fbAsyncWith:
		c.emit(POP_BLOCK, 0)
		c.loadConst(nil)
		c.emit(DUP_TOP, 0)
		c.emit(DUP_TOP, 0)
		c.emit(CALL, 3)
		if fb.kind == fbAsyncWith {
			c.emit(GET_AWAITABLE, 0)
			c.loadConst(nil)
			c.emit(YIELD_FROM, 0)
		}
		c.emit(POP_TOP, 0)
	case fbHandler:
		c.emit(POP_EXCEPT, 0)
		if fb.name != "" {
			c.loadConst(nil)
			c.storeName(fb.name)
			c.deleteName(fb.name)
		}
	}
}

func (c *compiler) breakContinue(s syntax.Stmt, isBreak bool) {
	fbs := c.u.fblocks
	for i := len(fbs) - 1; i >= 0; i-- {
		fb := fbs[i]
		if fb.kind == fbLoop || fb.kind == fbFor || fb.kind == fbAsyncFor {
			if isBreak {
				c.unwindTo(i, true)
				c.emitJump(JUMP, fb.end)
			} else {
				c.unwindTo(i, false)
				c.emitJump(JUMP, fb.start)
			}
			return
		}
	}
	if isBreak {
		c.errorAt(s, "'break' outside loop")
	}
	c.errorAt(s, "'continue' not properly in loop")
}

// unwindTo unwinds the fblocks above index i (and i itself if inclusive).
func (c *compiler) unwindTo(i int, inclusive bool) {
	fbs := c.u.fblocks
	for j := len(fbs) - 1; j > i; j-- {
		c.u.fblocks = fbs[:j]
		c.unwind(fbs[j])
	}
	if inclusive {
		c.u.fblocks = fbs[:i]
		c.unwind(fbs[i])
	}
	c.u.fblocks = fbs
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if !c.u.scope.isFunction() {
		c.errorAt(s, "'return' outside function")
	}
	if s.Value != nil {
		if c.u.code.Flags&FlagAsyncGen != 0 {
			c.errorAt(s, "'return' with value in async generator")
		}
		c.expr(s.Value)
	} else {
		c.loadConst(nil)
	}
	if len(c.u.fblocks) == 0 {
		c.emit(RETURN_VALUE, 0)
		return
	}
	c.emit(SET_RETVAL, 0)
	c.unwindTo(-1, false)
	c.emit(LOAD_RETVAL, 0)
	c.emit(RETURN_VALUE, 0)
}

func (c *compiler) tryStmt(s *syntax.Try) {
	if len(s.FinalBody) == 0 {
		c.tryExcept(s)
		return
	}
	handler, end := c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyTry, finalBody: s.FinalBody})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(POP_BLOCK, 0)
	c.stmts(s.FinalBody)
	c.emitJump(JUMP, end)
	// exception path: stack [prev, exc], handler block active
	c.setLabel(handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyEnd})
	c.stmts(s.FinalBody)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(RERAISE, 0)
	c.setLabel(end)
}

func (c *compiler) tryExcept(s *syntax.Try) {
	handler, orelse, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(POP_BLOCK, 0)
	c.emitJump(JUMP, orelse)
	c.setLabel(handler)
	for i, h := range s.Handlers {
		c.setLine(h)
		next := c.newLabel()
		if h.Type == nil && i != len(s.Handlers)-1 {
			c.errorAt(h, "default 'except:' must be last")
		}
		if h.Type != nil {
			c.emit(DUP_TOP, 0)
			c.expr(h.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.emit(POP_TOP, 0)
		}
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandler, name: h.Name})
		c.stmts(h.Body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(POP_EXCEPT, 0)
		if h.Name != "" {
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
		}
		c.emitJump(JUMP, end)
		c.setLabel(next)
	}
	c.emit(RERAISE, 0)
	c.setLabel(orelse)
	c.stmts(s.OrElse)
	c.setLabel(end)
}

func (c *compiler) withStmt(s *syntax.With, i int) {
	if i == len(s.Items) {
		c.stmts(s.Body)
		return
	}
	item := s.Items[i]
	handler, end, suppress := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	kind := fbWith
	if s.IsAsync {
		kind = fbAsyncWith
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	} else {
		c.emit(BEFORE_WITH, 0)
	}
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	c.emitJump(SETUP_FINALLY, handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind})
	c.withStmt(s, i+1)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setLine(s)
	c.emit(POP_BLOCK, 0)
	c.loadConst(nil)
	c.emit(DUP_TOP, 0)
	c.emit(DUP_TOP, 0)
	c.emit(CALL, 3)
	if s.IsAsync {
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	}
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP, end)
	// exception: stack [exit, prev, exc]
	c.setLabel(handler)
	c.emit(WITH_EXCEPT_START, 0)
	if s.IsAsync {
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	}
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 0)
	c.setLabel(suppress)
	c.emit(POP_TOP, 0)    // exc
	c.emit(POP_EXCEPT, 0) // prev
	c.emit(POP_TOP, 0)    // exit
	c.setLabel(end)
}

// ---- functions and classes ----

// Function flags of MAKE_FUNCTION.
const (
	mfDefaults    = 1
	mfKwDefaults  = 2
	mfAnnotations = 4
	mfClosure     = 8
)

func (c *compiler) makeFunction(code *Code, s *scope, args *syntax.Arguments, returns syntax.Expr) {
	flags := 0
	if args != nil {
		if len(args.Defaults) > 0 {
			for _, d := range args.Defaults {
				c.expr(d)
			}
			c.emit(BUILD_TUPLE, len(args.Defaults))
			flags |= mfDefaults
		}
		nkw := 0
		for i, d := range args.KwDefaults {
			if d != nil {
				c.loadConst(args.KwOnlyArgs[i].Name)
				c.expr(d)
				nkw++
			}
		}
		if nkw > 0 {
			c.emit(BUILD_MAP, nkw)
			flags |= mfKwDefaults
		}
		nann := 0
		ann := func(name string, e syntax.Expr) {
			if e != nil {
				c.loadConst(name)
				c.annotation(e)
				nann++
			}
		}
		for _, list := range [][]*syntax.Arg{args.PosOnlyArgs, args.Args} {
			for _, a := range list {
				ann(a.Name, a.Annotation)
			}
		}
		if args.VarArg != nil {
			ann(args.VarArg.Name, args.VarArg.Annotation)
		}
		for _, a := range args.KwOnlyArgs {
			ann(a.Name, a.Annotation)
		}
		if args.KwArg != nil {
			ann(args.KwArg.Name, args.KwArg.Annotation)
		}
		ann("return", returns)
		if nann > 0 {
			c.emit(BUILD_MAP, nann)
			flags |= mfAnnotations
		}
	}
	if len(code.FreeVars) > 0 {
		for _, n := range code.FreeVars {
			i, ok := c.u.cellIdx[n]
			if !ok {
				c.errorAt(nil, "internal error: free variable '"+n+"' not found")
			}
			c.emit(LOAD_CLOSURE, i)
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= mfClosure
	}
	c.loadConst(code)
	c.loadConst(code.QualName)
	c.emit(MAKE_FUNCTION, flags)
}

func setArgCounts(code *Code, a *syntax.Arguments) {
	code.PosOnlyCount = len(a.PosOnlyArgs)
	code.ArgCount = len(a.PosOnlyArgs) + len(a.Args)
	code.KwOnlyCount = len(a.KwOnlyArgs)
	if a.VarArg != nil {
		code.Flags |= FlagVarArgs
	}
	if a.KwArg != nil {
		code.Flags |= FlagVarKw
	}
}

func (c *compiler) funcDef(s *syntax.FunctionDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	fs := c.scopes[s]
	c.enter(fs, s.Name, s.Pos.Line)
	setArgCounts(c.u.code, s.Args)
	body := s.Body
	if doc := docstring(body); doc != nil {
		c.u.code.Docstring = *doc
	}
	c.stmts(body)
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.setLine(s)
	c.makeFunction(code, fs, s.Args, s.Returns)
	for range s.DecoratorList {
		c.emit(CALL, 1)
	}
	c.storeName(bindingName(s.Name, s.Binding))
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	cs := c.scopes[s]
	c.enter(cs, s.Name, s.Pos.Line)
	c.u.code.Flags |= FlagClassBody
	c.emit(LOAD_NAME, c.nameIndex("__name__"))
	c.emit(STORE_NAME, c.nameIndex("__module__"))
	c.loadConst(c.u.qualname)
	c.emit(STORE_NAME, c.nameIndex("__qualname__"))
	c.setupAnnotations(s.Body)
	if doc := docstring(s.Body); doc != nil {
		c.loadConst(*doc)
		c.emit(STORE_NAME, c.nameIndex("__doc__"))
	}
	c.stmts(s.Body)
	if i, ok := c.u.cellIdx["__class__"]; ok && cs.cells["__class__"] {
		c.emit(LOAD_CLOSURE, i)
		c.emit(DUP_TOP, 0)
		c.emit(STORE_NAME, c.nameIndex("__classcell__"))
		c.emit(RETURN_VALUE, 0)
	} else {
		c.loadConst(nil)
		c.emit(RETURN_VALUE, 0)
	}
	code := c.leave()
	c.setLine(s)
	c.emit(LOAD_BUILD_CLASS, 0)
	c.makeFunction(code, cs, nil, nil)
	c.loadConst(s.Name)
	c.callArgs(2, s.Bases, s.Keywords)
	for range s.DecoratorList {
		c.emit(CALL, 1)
	}
	c.storeName(bindingName(s.Name, s.Binding))
}
