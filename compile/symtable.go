package compile

import (
	"slices"

	"upy/syntax"
)

type scopeKind int

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunction
	scopeComprehension // a function scope for list/set/dict comps and genexps
)

// scope holds what the compiler needs to know about one code block.
type scope struct {
	kind     scopeKind
	parent   *scope
	node     syntax.Node
	name     string
	params   []string
	bound    map[string]bool // assigned, imported, defined or a parameter
	globals  map[string]bool // declared global
	nonlocal map[string]bool // declared nonlocal
	// nonlocalAt is the first nonlocal statement of each name (errors
	// point at it).
	nonlocalAt map[string]syntax.Node
	globalAt   map[string]syntax.Node // the same for global statements
	used       map[string]bool
	children   []*scope
	order      []string // locals in first-binding order (after parameters)

	cells map[string]bool // locals captured by inner scopes
	frees map[string]bool // variables of enclosing scopes

	generator bool
	coroutine bool
	usesSuper bool // uses super() or __class__: needs the __class__ cell
	hasAnnot  bool
	// inCompIter counts the comprehension iterables being visited in
	// this scope, where an assignment expression is not allowed.
	inCompIter int
}

func newScope(kind scopeKind, parent *scope, node syntax.Node, name string) *scope {
	s := &scope{kind: kind, parent: parent, node: node, name: name,
		bound: map[string]bool{}, globals: map[string]bool{}, nonlocal: map[string]bool{}, nonlocalAt: map[string]syntax.Node{}, globalAt: map[string]syntax.Node{},
		used: map[string]bool{}, cells: map[string]bool{}, frees: map[string]bool{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) isFunction() bool { return s.kind == scopeFunction || s.kind == scopeComprehension }

func (s *scope) bind(name string) {
	if !s.bound[name] {
		s.bound[name] = true
		s.order = append(s.order, name)
	}
}

// local reports whether name is a local variable of a function scope.
func (s *scope) local(name string) bool {
	return s.bound[name] && !s.globals[name] && !s.nonlocal[name]
}

// builder walks the tree and builds scopes.
type builder struct {
	filename string
	scopes   map[syntax.Node]*scope
	cur      *scope
	err      error
	// futures are the __future__ imports at the start of the module
	futures           map[syntax.Stmt]bool
	annotationsFuture bool
	stmtNode          syntax.Stmt // the statement being visited
}

// forbidDebug reports binding the name __debug__, which CPython's
// compiler refuses everywhere (at the statement unless at is given).
func (b *builder) forbidDebug(name string, at syntax.Node) {
	if name == "__debug__" {
		if at == nil {
			at = b.stmtNode
		}
		b.errorAt(at, "cannot assign to __debug__")
	}
}

func (b *builder) errorAt(n syntax.Node, msg string) {
	if b.err == nil {
		b.err = nodeError(b.filename, n, 1, msg)
	}
}

// nodeError is a SyntaxError found after parsing, on node n (or line
// when n is nil). Its columns count bytes: the runtime, which has the
// source, converts them (syntax.Error.FillText).
func nodeError(filename string, n syntax.Node, line int32, msg string) *syntax.Error {
	p := syntax.Pos{Line: line}
	endCol := int(p.Col) + 2
	if n != nil {
		p = n.Start()
		endCol = int(p.Col) + 2
		if end := n.End(); end.Line == p.Line && end.Col > p.Col {
			endCol = int(end.Col) + 1
		}
	}
	return &syntax.Error{Kind: "SyntaxError", Filename: filename, Line: int(p.Line), Col: int(p.Col) + 1, EndCol: endCol, Msg: msg, ByteCols: true}
}

func (b *builder) push(kind scopeKind, node syntax.Node, name string) *scope {
	s := newScope(kind, b.cur, node, name)
	b.scopes[node] = s
	b.cur = s
	return s
}

func (b *builder) pop() { b.cur = b.cur.parent }

func (b *builder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *builder) declare(names []string, global bool, n syntax.Node) {
	s := b.cur
	kind := "nonlocal"
	if global {
		kind = "global"
	}
	if !global && s.kind == scopeModule {
		b.errorAt(n, "nonlocal declaration not allowed at module level")
	}
	for _, name := range names {
		// CPython's order: parameter, then use, then assignment; the
		// global/nonlocal conflict is found after these.
		switch {
		case slices.Contains(s.params, name):
			b.errorAt(n, "name '"+name+"' is parameter and "+kind)
		case s.used[name]:
			b.errorAt(n, "name '"+name+"' is used prior to "+kind+" declaration")
		case s.bound[name]:
			b.errorAt(n, "name '"+name+"' is assigned to before "+kind+" declaration")
		}
		// CPython points at the first of the two declarations.
		if global {
			if s.nonlocal[name] {
				b.errorAt(s.nonlocalAt[name], "name '"+name+"' is nonlocal and global")
			}
			s.globals[name] = true
			if s.globalAt[name] == nil {
				s.globalAt[name] = n
			}
		} else {
			if s.globals[name] {
				b.errorAt(s.globalAt[name], "name '"+name+"' is nonlocal and global")
			}
			s.nonlocal[name] = true
			if s.nonlocalAt[name] == nil {
				s.nonlocalAt[name] = n
			}
		}
	}
}

func (b *builder) stmt(st syntax.Stmt) {
	outer := b.stmtNode
	b.stmtNode = st
	defer func() { b.stmtNode = outer }()
	switch s := st.(type) {
	case *syntax.FunctionDef:
		b.forbidDebug(s.Name, nil)
		for _, d := range s.DecoratorList {
			b.expr(d)
		}
		b.args(s.Args)
		if s.Returns != nil {
			b.annotation(s.Returns)
		}
		b.cur.bind(bindingName(s.Name, s.Binding))
		fs := b.push(scopeFunction, s, s.Name)
		fs.coroutine = s.IsAsync
		b.params(fs, s.Args)
		b.stmts(s.Body)
		b.pop()
	case *syntax.ClassDef:
		b.forbidDebug(s.Name, nil)
		for _, d := range s.DecoratorList {
			b.expr(d)
		}
		for _, e := range s.Bases {
			b.expr(e)
		}
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.cur.bind(bindingName(s.Name, s.Binding))
		b.push(scopeClass, s, s.Name)
		b.stmts(s.Body)
		b.pop()
	case *syntax.Return:
		if !b.cur.isFunction() {
			b.errorAt(s, "'return' outside function")
		}
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			if n, ok := t.(*syntax.Name); ok && n.Id == "__debug__" {
				b.errorAt(n, "cannot delete __debug__")
			}
			b.target(t)
		}
	case *syntax.Assign:
		b.expr(s.Value)
		for _, t := range s.Targets {
			b.target(t)
		}
	case *syntax.AugAssign:
		b.expr(s.Value)
		if n, ok := s.Target.(*syntax.Name); ok {
			b.cur.used[n.Id] = true
		}
		if a, ok := s.Target.(*syntax.Attribute); ok {
			b.expr(a) // CPython lets x.__debug__ += 1 through
		} else {
			b.target(s.Target)
		}
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			b.forbidDebug(n.Id, nil)
		}
		if n, ok := s.Target.(*syntax.Name); ok && s.Simple {
			if b.cur.globals[n.Id] && s.Value == nil {
				// fine
			}
			b.cur.hasAnnot = true
		}
		if b.cur.kind != scopeFunction || b.annotationsFuture {
			b.annotation(s.Annotation)
		}
		if s.Value != nil {
			b.expr(s.Value)
			b.target(s.Target)
		} else if n, ok := s.Target.(*syntax.Name); ok {
			if b.cur.isFunction() {
				b.cur.bind(n.Id)
			}
		} else {
			b.expr(s.Target)
		}
	case *syntax.For:
		b.expr(s.Iter)
		b.target(s.Target)
		b.stmts(s.Body)
		b.stmts(s.OrElse)
		if s.IsAsync && !b.cur.coroutine {
			b.errorAt(s, "'async for' outside async function")
		}
	case *syntax.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.OrElse)
	case *syntax.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.OrElse)
	case *syntax.With:
		for _, it := range s.Items {
			b.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				b.target(it.OptionalVars)
			}
		}
		b.stmts(s.Body)
		if s.IsAsync && !b.cur.coroutine {
			b.errorAt(s, "'async with' outside async function")
		}
	case *syntax.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
		}
		if s.Cause != nil {
			b.expr(s.Cause)
		}
	case *syntax.Try:
		b.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				b.expr(h.Type)
			}
			if h.Name != "" {
				b.cur.bind(h.Name)
			}
			b.stmts(h.Body)
		}
		b.stmts(s.OrElse)
		b.stmts(s.FinalBody)
	case *syntax.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
				if i := indexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
			}
			b.forbidDebug(name, nil)
			b.cur.bind(name)
		}
	case *syntax.ImportFrom:
		if s.Module == "__future__" && s.Level == 0 && !b.futures[s] {
			b.errorAt(s, "from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range s.Names {
			if a.Name == "*" {
				if b.cur.kind != scopeModule {
					b.errorAt(s, "import * only allowed at module level")
				}
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			b.forbidDebug(name, nil)
			b.cur.bind(name)
		}
	case *syntax.Global:
		b.declare(s.Names, true, s)
	case *syntax.Nonlocal:
		b.declare(s.Names, false, s)
	case *syntax.ExprStmt:
		b.expr(s.Value)
	}
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// args visits defaults and annotations (evaluated in the enclosing scope).
func (b *builder) args(a *syntax.Arguments) {
	for _, d := range a.Defaults {
		b.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			b.expr(d)
		}
	}
	for _, list := range [][]*syntax.Arg{a.PosOnlyArgs, a.Args, a.KwOnlyArgs} {
		for _, p := range list {
			if p.Annotation != nil {
				b.annotation(p.Annotation)
			}
		}
	}
	if a.VarArg != nil && a.VarArg.Annotation != nil {
		b.annotation(a.VarArg.Annotation)
	}
	if a.KwArg != nil && a.KwArg.Annotation != nil {
		b.annotation(a.KwArg.Annotation)
	}
}

func (b *builder) params(s *scope, a *syntax.Arguments) {
	add := func(p *syntax.Arg) {
		b.forbidDebug(p.Name, nil)
		s.params = append(s.params, p.Name)
		s.bind(p.Name)
	}
	for _, p := range a.PosOnlyArgs {
		add(p)
	}
	for _, p := range a.Args {
		add(p)
	}
	for _, p := range a.KwOnlyArgs {
		add(p)
	}
	if a.VarArg != nil {
		add(a.VarArg)
	}
	if a.KwArg != nil {
		add(a.KwArg)
	}
}

// target records names bound by an assignment target.
func (b *builder) target(e syntax.Expr) {
	switch t := e.(type) {
	case *syntax.Name:
		b.cur.bind(t.Id)
	case *syntax.Tuple:
		for _, x := range t.Elts {
			b.target(x)
		}
	case *syntax.List:
		for _, x := range t.Elts {
			b.target(x)
		}
	case *syntax.Starred:
		b.target(t.Value)
	case *syntax.Attribute:
		if t.Ctx == syntax.Store {
			b.forbidDebug(t.Attr, nil)
		}
		b.expr(e)
	default:
		b.expr(e)
	}
}

func (b *builder) comprehension(node syntax.Expr, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	// The first iterable is evaluated in the enclosing scope.
	b.compIter(gens[0].Iter)
	cs := b.push(scopeComprehension, node, "<comp>")
	cs.params = []string{".0"}
	cs.bind(".0")
	for i, g := range gens {
		if i > 0 {
			b.compIter(g.Iter)
		}
		b.target(g.Target)
		for _, c := range g.Ifs {
			b.expr(c)
		}
		if g.IsAsync {
			cs.coroutine = true
		}
	}
	for _, e := range elts {
		b.expr(e)
	}
	_, genexp := node.(*syntax.GeneratorExp)
	cs.generator = genexp
	b.pop()
	if cs.coroutine && !genexp {
		// an asynchronous list/set/dict comprehension is awaited where it
		// stands: in an async function or in another comprehension, which
		// then is asynchronous itself
		switch p := cs.parent; {
		case p.kind == scopeComprehension:
			p.coroutine = true
		case p.kind != scopeFunction || !p.coroutine:
			b.errorAt(node, "asynchronous comprehension outside of an asynchronous function")
		}
	}
}

// annotation visits an annotation, which under `from __future__ import
// annotations` is never evaluated: it binds and uses nothing.
func (b *builder) annotation(e syntax.Expr) {
	if b.annotationsFuture {
		b.checkPostponedAnnotation(e)
		return
	}
	b.expr(e)
}

// compIter visits a comprehension's iterable.
func (b *builder) compIter(e syntax.Expr) {
	b.cur.inCompIter++
	b.expr(e)
	b.cur.inCompIter--
}

func (b *builder) expr(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Name:
		b.cur.used[x.Id] = true
		if x.Id == "super" || x.Id == "__class__" {
			b.cur.usesSuper = true
		}
		if x.Ctx == syntax.Store {
			b.cur.bind(x.Id)
		}
	case *syntax.BoolOp:
		for _, v := range x.Values {
			b.expr(v)
		}
	case *syntax.NamedExpr:
		b.forbidDebug(x.Target.Id, x.Target)
		if b.cur.inCompIter > 0 {
			b.errorAt(x, "assignment expression cannot be used in a comprehension iterable expression")
		}
		b.expr(x.Value)
		for c := b.cur; c.kind == scopeComprehension; c = c.parent {
			if c.bound[x.Target.Id] {
				b.errorAt(x, "assignment expression cannot rebind comprehension iteration variable '"+x.Target.Id+"'")
			}
		}
		// In a comprehension the target binds in the enclosing function.
		s := b.cur
		for s.kind == scopeComprehension {
			if s.bound[x.Target.Id] && s.params == nil {
				break
			}
			s = s.parent
		}
		if s.kind == scopeClass && s != b.cur {
			b.errorAt(x, "assignment expression within a comprehension cannot be used in a class body")
		}
		for c := b.cur; c != s; c = c.parent {
			if s.kind == scopeModule {
				c.globals[x.Target.Id] = true
			} else {
				c.nonlocal[x.Target.Id] = true
			}
		}
		s.bind(x.Target.Id)
		b.cur.used[x.Target.Id] = true
	case *syntax.BinOp:
		b.expr(x.Left)
		b.expr(x.Right)
	case *syntax.UnaryOp:
		b.expr(x.Operand)
	case *syntax.Lambda:
		b.args(x.Args)
		ls := b.push(scopeFunction, x, "<lambda>")
		b.params(ls, x.Args)
		b.expr(x.Body)
		b.pop()
	case *syntax.IfExp:
		b.expr(x.Test)
		b.expr(x.Body)
		b.expr(x.OrElse)
	case *syntax.Dict:
		for i, k := range x.Keys {
			if k != nil {
				b.expr(k)
			}
			b.expr(x.Values[i])
		}
	case *syntax.Set:
		for _, v := range x.Elts {
			b.expr(v)
		}
	case *syntax.ListComp:
		b.comprehension(x, x.Generators, x.Elt)
	case *syntax.SetComp:
		b.comprehension(x, x.Generators, x.Elt)
	case *syntax.DictComp:
		b.comprehension(x, x.Generators, x.Key, x.Value)
	case *syntax.GeneratorExp:
		b.comprehension(x, x.Generators, x.Elt)
	case *syntax.Await:
		if b.cur.kind == scopeComprehension {
			// await makes the comprehension asynchronous (checked when it
			// is finished)
			b.cur.coroutine = true
			b.expr(x.Value)
			break
		}
		if b.cur.kind == scopeModule || b.cur.kind == scopeClass {
			b.errorAt(x, "'await' outside function")
		}
		if !b.cur.isFunction() || !b.inAsync() {
			b.errorAt(x, "'await' outside async function")
		}
		b.expr(x.Value)
	case *syntax.Yield:
		b.markYield(x)
		if x.Value != nil {
			b.expr(x.Value)
		}
	case *syntax.YieldFrom:
		b.markYield(x)
		if b.cur.coroutine {
			b.errorAt(x, "'yield from' inside async function")
		}
		b.expr(x.Value)
	case *syntax.Compare:
		b.expr(x.Left)
		for _, c := range x.Comparators {
			b.expr(c)
		}
	case *syntax.Call:
		b.expr(x.Func)
		for _, a := range x.Args {
			b.expr(a)
		}
		for _, k := range x.Keywords {
			b.forbidDebug(k.Arg, nil)
			b.expr(k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(x.Value)
		if x.FormatSpec != nil {
			b.expr(x.FormatSpec)
		}
	case *syntax.JoinedStr:
		for _, v := range x.Values {
			b.expr(v)
		}
	case *syntax.Attribute:
		b.expr(x.Value)
	case *syntax.Subscript:
		b.expr(x.Value)
		b.expr(x.Slice)
	case *syntax.Starred:
		if x.Ctx == syntax.Store {
			b.target(x.Value)
		} else {
			b.expr(x.Value)
		}
	case *syntax.List:
		for _, v := range x.Elts {
			if x.Ctx == syntax.Store {
				b.target(v)
			} else {
				b.expr(v)
			}
		}
	case *syntax.Tuple:
		for _, v := range x.Elts {
			if x.Ctx == syntax.Store {
				b.target(v)
			} else {
				b.expr(v)
			}
		}
	case *syntax.Slice:
		for _, v := range []syntax.Expr{x.Lower, x.Upper, x.Step} {
			if v != nil {
				b.expr(v)
			}
		}
	}
}

// inAsync reports whether await is allowed here: in an async function,
// or in a comprehension inside one.
func (b *builder) inAsync() bool {
	for s := b.cur; s != nil; s = s.parent {
		if s.kind == scopeFunction {
			return s.coroutine
		}
		if s.kind == scopeComprehension {
			if s.coroutine {
				return true
			}
			continue
		}
		return false
	}
	return false
}

func (b *builder) markYield(n syntax.Node) {
	s := b.cur
	if !s.isFunction() {
		b.errorAt(n, "'yield' outside function")
		return
	}
	if s.kind == scopeComprehension {
		b.errorAt(n, "'yield' inside list comprehension")
		return
	}
	s.generator = true
}

// unbound is a nonlocal declaration with no binding.
type unbound struct {
	name string
	at   syntax.Node
}

// earlier keeps the unbound declaration that comes first in the source.
func earlier(a, b *unbound) *unbound {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	pa, pb := a.at.Start(), b.at.Start()
	if pb.Line < pa.Line || pb.Line == pa.Line && pb.Col < pa.Col {
		return b
	}
	return a
}

// resolve computes cells and free variables for the whole tree. It
// returns the first nonlocal declaration with no binding, if any.
func resolve(s *scope) (badNonlocal *unbound) {
	for _, c := range s.children {
		badNonlocal = earlier(badNonlocal, resolve(c))
	}
	if !s.isFunction() && s.kind != scopeClass {
		return badNonlocal
	}
	names := map[string]bool{}
	for n := range s.used {
		names[n] = true
	}
	for n := range s.nonlocal {
		names[n] = true
	}
	if s.usesSuper && s.isFunction() {
		names["__class__"] = true
	}
	for n := range names {
		if s.isFunction() && s.local(n) || s.globals[n] {
			continue
		}
		if s.kind == scopeClass && s.bound[n] && !s.nonlocal[n] {
			continue
		}
		// Find the binding in an enclosing function scope.
		var def *scope
		for p := s.parent; p != nil; p = p.parent {
			if n == "__class__" && p.kind == scopeClass {
				def = p
				break
			}
			if p.kind == scopeClass {
				continue
			}
			if p.kind == scopeModule {
				break
			}
			if p.globals[n] {
				break
			}
			if p.local(n) {
				def = p
				break
			}
		}
		if def == nil {
			if s.nonlocal[n] {
				badNonlocal = earlier(badNonlocal, &unbound{n, s.nonlocalAt[n]})
			}
			continue
		}
		def.cells[n] = true
		for p := s; p != def; p = p.parent {
			p.frees[n] = true
		}
	}
	return badNonlocal
}
