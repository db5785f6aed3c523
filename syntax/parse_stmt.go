package syntax

import (
	"strconv"
)

// statement parses one statement line (a compound statement, or simple
// statements separated by ';').
func (p *parser) statement() []Stmt {
	p.enter()
	defer p.leave()
	if p.tok.kind == tName {
		switch p.tok.val {
		case "if":
			return []Stmt{p.ifStmt()}
		case "while":
			return []Stmt{p.whileStmt()}
		case "for":
			return []Stmt{p.forStmt(false, p.tok.pos)}
		case "try":
			return []Stmt{p.tryStmt()}
		case "with":
			return []Stmt{p.withStmt(false, p.tok.pos)}
		case "def":
			return []Stmt{p.funcDef(nil, false, p.tok.pos)}
		case "class":
			return []Stmt{p.classDef(nil, p.tok.pos)}
		case "match":
			if p.atMatchStmt() {
				return []Stmt{p.matchStmt()}
			}
		case "async":
			start := p.tok.pos
			p.advance()
			switch {
			case p.isKw("def"):
				return []Stmt{p.funcDef(nil, true, start)}
			case p.isKw("for"):
				return []Stmt{p.forStmt(true, start)}
			case p.isKw("with"):
				return []Stmt{p.withStmt(true, start)}
			}
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
	}
	if p.isOp("@") {
		return []Stmt{p.decorated()}
	}
	return p.simpleStmts()
}

func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.smallStmt())
		if p.isOp(";") {
			p.advance()
			if p.tok.kind == tNewline || p.tok.kind == tEOF {
				break
			}
			continue
		}
		break
	}
	if p.tok.kind != tNewline && p.tok.kind != tEOF {
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
	if p.tok.kind == tNewline {
		p.advance()
	}
	return out
}

// block parses the suite after a ':'.
func (p *parser) block(header string, headerLine int32) []Stmt {
	if p.tok.kind != tNewline {
		// simple statements on the same line
		return p.simpleStmts()
	}
	p.advance()
	if p.tok.kind != tIndent {
		p.sc.errorAt("IndentationError", p.tok.pos, "expected an indented block after "+header+" on line "+itoa(int(headerLine)))
		if p.tok.kind == tEOF {
			p.sc.err.Incomplete = true
		}
		panic(errBail)
	}
	p.advance()
	var body []Stmt
	for p.tok.kind != tDedent && p.tok.kind != tEOF {
		if p.tok.kind == tNewline {
			p.advance()
			continue
		}
		if p.tok.kind == tIndent {
			p.sc.unexpectedIndent(p.tok.pos)
			panic(errBail)
		}
		body = append(body, p.statement()...)
	}
	if p.tok.kind == tDedent {
		p.advance()
	}
	return body
}

func (p *parser) smallStmt() Stmt {
	start := p.tok.pos
	if p.tok.kind == tName {
		switch p.tok.val {
		case "pass":
			p.advance()
			return &Pass{span(start, p.prevEnd())}
		case "break":
			p.advance()
			return &Break{span(start, p.prevEnd())}
		case "continue":
			p.advance()
			return &Continue{span(start, p.prevEnd())}
		case "return":
			p.advance()
			var v Expr
			if !p.atStmtEnd() {
				v = p.testlistStarExpr()
			}
			return &Return{Span: span(start, p.prevEnd()), Value: v}
		case "raise":
			p.advance()
			r := &Raise{}
			if !p.atStmtEnd() {
				r.Exc = p.test()
				if p.isKw("from") {
					p.advance()
					r.Cause = p.test()
				}
			}
			r.Span = span(start, p.prevEnd())
			return r
		case "global", "nonlocal":
			kw := p.tok.val
			p.advance()
			names := []string{p.name()}
			for p.isOp(",") {
				p.advance()
				names = append(names, p.name())
			}
			if kw == "global" {
				return &Global{Span: span(start, p.prevEnd()), Names: names}
			}
			return &Nonlocal{Span: span(start, p.prevEnd()), Names: names}
		case "del":
			p.advance()
			targets := []Expr{}
			for {
				if p.isOp("*") {
					p.syntaxError(p.tok.pos, "cannot delete starred")
				}
				e := p.bitOr()
				if err := setContext(e, Del); err != "" {
					p.syntaxErrorSpan(e.Start(), e.End(), "cannot delete "+err)
				}
				targets = append(targets, e)
				if !p.isOp(",") {
					break
				}
				p.advance()
				if p.atStmtEnd() {
					break
				}
			}
			return &Delete{Span: span(start, p.prevEnd()), Targets: targets}
		case "assert":
			p.advance()
			a := &Assert{Test: p.test()}
			if p.isOp(",") {
				p.advance()
				a.Msg = p.test()
			}
			a.Span = span(start, p.prevEnd())
			return a
		case "yield":
			y := p.yieldExpr()
			if p.isOp("=") {
				p.syntaxError(y.Start(), "assignment to yield expression not possible")
			}
			return &ExprStmt{Span: span(start, p.prevEnd()), Value: y}
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImport()
		}
	}
	return p.exprStmt()
}

func (p *parser) atStmtEnd() bool {
	return p.tok.kind == tNewline || p.tok.kind == tEOF || p.isOp(";")
}

var augOps = map[string]Operator{
	"+=": Add, "-=": Sub, "*=": Mult, "@=": MatMult, "/=": Div, "%=": Mod, "**=": Pow,
	"<<=": LShift, ">>=": RShift, "|=": BitOr, "^=": BitXor, "&=": BitAnd, "//=": FloorDiv,
}

func (p *parser) exprStmt() Stmt {
	start := p.tok.pos
	first := p.testlistStarExpr()
	if p.tok.kind == tOp {
		if op, ok := augOps[p.tok.val]; ok {
			switch first.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.syntaxError(first.Start(), "'"+describe(first)+"' is an illegal expression for augmented assignment")
			}
			setContext(first, Store)
			p.advance()
			var v Expr
			if p.isKw("yield") {
				v = p.yieldExpr()
			} else {
				v = p.testlist()
			}
			return &AugAssign{Span: span(start, p.prevEnd()), Target: first, Op: op, Value: v}
		}
		if p.tok.val == ":" {
			p.advance()
			ann := p.test()
			a := &AnnAssign{Target: first, Annotation: ann}
			switch t := first.(type) {
			case *Name:
				a.Simple = !isParenthesized(p, t)
			case *Attribute, *Subscript:
			default:
				p.syntaxError(first.Start(), "only single target (not "+describeKind(first)+") can be annotated")
			}
			setContext(first, Store)
			if p.isOp("=") {
				p.advance()
				if p.isKw("yield") {
					a.Value = p.yieldExpr()
				} else {
					a.Value = p.testlistStarExpr()
				}
			}
			a.Span = span(start, p.prevEnd())
			return a
		}
		if p.tok.val == "=" {
			targets := []Expr{first}
			var value Expr
			for p.isOp("=") {
				p.advance()
				if p.isKw("yield") {
					value = p.yieldExpr()
					if p.isOp("=") {
						p.syntaxError(value.Start(), "assignment to yield expression not possible")
					}
				} else {
					value = p.testlistStarExpr()
				}
				if p.isOp("=") {
					targets = append(targets, value)
				}
			}
			for i, t := range targets {
				if msg := setContext(t, Store); msg != "" {
					extra := ""
					// CPython suggests '==' only for `target = value`
					// alone (its invalid_named_expression rule)
					if i == 0 && len(targets) == 1 && (bitwiseOrLevel(t) || isYield(t)) && msg != "__debug__" {
						extra = " here. Maybe you meant '==' instead of '='?"
					}
					p.syntaxError(t.Start(), "cannot assign to "+msg+extra)
				}
			}
			return &Assign{Span: span(start, p.prevEnd()), Targets: targets, Value: value}
		}
	}
	if n, ok := first.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpr() {
		p.syntaxError(n.Start(), "Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?")
	}
	return &ExprStmt{Span: span(start, p.prevEnd()), Value: first}
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	switch p.tok.kind {
	case tNumber, tString:
		return true
	case tName:
		return !keywords[p.tok.val] || p.tok.val == "None" || p.tok.val == "True" || p.tok.val == "False" || p.tok.val == "not" || p.tok.val == "lambda"
	case tOp:
		switch p.tok.val {
		case "(", "[", "{", "-", "+", "~", "...":
			return true
		}
	}
	return false
}

// isParenthesized reports whether the annotated name was written in
// parentheses, as in `(x): int` (then it is not "simple").
func isParenthesized(p *parser, n *Name) bool {
	text := p.sc.lineText(n.Pos.Line)
	for i := int(n.Pos.Col) - 1; i >= 0 && i < len(text); i-- {
		switch text[i] {
		case ' ', '\t':
			continue
		case '(':
			return true
		}
		return false
	}
	return false
}

func describeKind(e Expr) string {
	switch e.(type) {
	case *Tuple:
		return "tuple"
	case *List:
		return "list"
	}
	return "expression"
}

func describe(e Expr) string { return exprName(e) }

// exprName names an expression as CPython's error messages do.
func exprName(e Expr) string {
	switch t := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := t.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// bitwiseOrLevel reports whether an invalid assignment target is a
// bitwise_or expression, for which CPython suggests '=='.
func bitwiseOrLevel(e Expr) bool {
	switch t := e.(type) {
	case *Call, *BinOp, *Attribute, *Subscript, *ListComp, *SetComp, *DictComp, *Dict, *Set, *JoinedStr, *Await, *Name:
		return true
	case *UnaryOp:
		return t.Op != Not
	case *Constant:
		switch t.Value.(type) {
		case nil, bool:
			return false
		}
		return true
	}
	return false
}

// setContext marks an assignment or deletion target; it returns a
// description of an invalid target ("" when valid).
func setContext(e Expr, ctx ExprContext) string {
	switch t := e.(type) {
	case *Name:
		if ctx == Store && (t.Id == "__debug__") {
			return "__debug__"
		}
		t.Ctx = ctx
	case *Attribute:
		t.Ctx = ctx
	case *Subscript:
		t.Ctx = ctx
	case *Starred:
		if ctx == Del {
			return "starred"
		}
		t.Ctx = ctx
		return setContext(t.Value, ctx)
	case *Tuple:
		t.Ctx = ctx
		for _, x := range t.Elts {
			if m := setContext(x, ctx); m != "" {
				return m
			}
		}
	case *List:
		t.Ctx = ctx
		for _, x := range t.Elts {
			if m := setContext(x, ctx); m != "" {
				return m
			}
		}
	case *Call:
		return "function call"
	case *Constant:
		if t.Value == nil {
			return "None"
		}
		if b, ok := t.Value.(bool); ok {
			if b {
				return "True"
			}
			return "False"
		}
		if _, ok := t.Value.(Ellipsis); ok {
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *BinOp, *UnaryOp, *BoolOp:
		return "expression"
	case *Lambda:
		return "lambda"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *ListComp:
		return "list comprehension"
	case *DictComp:
		return "dict comprehension"
	case *SetComp:
		return "set comprehension"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *JoinedStr:
		return "f-string expression"
	default:
		return "expression"
	}
	return ""
}

func (p *parser) dottedName() string {
	n := p.name()
	for p.isOp(".") {
		p.advance()
		n += "." + p.name()
	}
	return n
}

func (p *parser) importStmt() Stmt {
	start := p.tok.pos
	p.advance()
	imp := &Import{}
	for {
		imp.Names = append(imp.Names, p.alias(p.dottedName))
		if !p.isOp(",") {
			break
		}
		p.advance()
	}
	imp.Span = span(start, p.prevEnd())
	return imp
}

// alias parses "NAME [as NAME]" of an import, the first name by name.
func (p *parser) alias(name func() string) *Alias {
	start := p.tok.pos
	a := &Alias{Name: name()}
	if p.isKw("as") {
		p.advance()
		a.AsName = p.name()
	}
	a.Span = span(start, p.prevEnd())
	return a
}

func (p *parser) fromImport() Stmt {
	start := p.tok.pos
	p.advance()
	level := 0
	for p.isOp(".") || p.isOp("...") {
		level += len(p.tok.val)
		p.advance()
	}
	mod := ""
	if !p.isKw("import") {
		mod = p.dottedName()
	}
	p.expectKw("import")
	imp := &ImportFrom{Module: mod, Level: level}
	if p.isOp("*") {
		as := p.tok.pos
		p.advance()
		imp.Names = []*Alias{{Span: span(as, p.prevEnd()), Name: "*"}}
		imp.Span = span(start, p.prevEnd())
		return imp
	}
	paren := false
	if p.isOp("(") {
		paren = true
		p.advance()
	}
	for {
		imp.Names = append(imp.Names, p.alias(p.name))
		if !p.isOp(",") {
			break
		}
		p.advance()
		if paren && p.isOp(")") {
			break
		}
		if !paren && p.atStmtEnd() {
			p.syntaxError(p.tok.pos, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expectOp(")")
	}
	imp.Span = span(start, p.prevEnd())
	return imp
}

func (p *parser) ifStmt() Stmt {
	start := p.tok.pos
	p.advance()
	s := &If{Test: p.namedExprTest()}
	p.expectOp(":")
	s.Body = p.block("'if' statement", start.Line)
	switch {
	case p.isKw("elif"):
		s.OrElse = []Stmt{p.ifStmt()}
	case p.isKw("else"):
		ep := p.tok.pos
		p.advance()
		p.expectOp(":")
		s.OrElse = p.block("'else' statement", ep.Line)
	}
	s.Span = span(start, p.prevEnd())
	return s
}

func (p *parser) whileStmt() Stmt {
	start := p.tok.pos
	p.advance()
	s := &While{Test: p.namedExprTest()}
	p.expectOp(":")
	s.Body = p.block("'while' statement", start.Line)
	if p.isKw("else") {
		ep := p.tok.pos
		p.advance()
		p.expectOp(":")
		s.OrElse = p.block("'else' statement", ep.Line)
	}
	s.Span = span(start, p.prevEnd())
	return s
}

func (p *parser) forStmt(async bool, start Pos) Stmt {
	p.advance() // for
	target := p.targetList()
	if msg := setContext(target, Store); msg != "" {
		p.syntaxError(target.Start(), "cannot assign to "+msg)
	}
	p.expectKw("in")
	s := &For{Target: target, Iter: p.testlistStarExpr(), IsAsync: async}
	p.expectOp(":")
	s.Body = p.block("'for' statement", start.Line)
	if p.isKw("else") {
		ep := p.tok.pos
		p.advance()
		p.expectOp(":")
		s.OrElse = p.block("'else' statement", ep.Line)
	}
	s.Span = span(start, p.prevEnd())
	return s
}

// targetList parses the target of a for statement or comprehension
// (stops before 'in').
func (p *parser) targetList() Expr {
	start := p.tok.pos
	first := p.starOrBitOr()
	if !p.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for p.isOp(",") {
		p.advance()
		if p.isKw("in") || p.isOp("=") {
			break
		}
		elts = append(elts, p.starOrBitOr())
	}
	return &Tuple{Span: span(start, p.prevEnd()), Elts: elts}
}

func (p *parser) starOrBitOr() Expr {
	if p.isOp("*") {
		start := p.tok.pos
		p.advance()
		return &Starred{Span: span(start, p.prevEnd()), Value: p.bitOr()}
	}
	return p.bitOr()
}

func (p *parser) tryStmt() Stmt {
	start := p.tok.pos
	p.advance()
	p.expectOp(":")
	s := &Try{Body: p.block("'try' statement", start.Line)}
	star := 0 // 1: except, 2: except*
	for p.isKw("except") {
		hp := p.tok.pos
		p.advance()
		h := &ExceptHandler{}
		kind := 1
		if p.isOp("*") {
			kind = 2
			p.advance()
			if p.isOp(":") {
				p.syntaxError(p.tok.pos, "expected one or more exception types")
			}
		}
		if star != 0 && star != kind {
			p.syntaxError(hp, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		star = kind
		if !p.isOp(":") {
			h.Type = p.test()
			if p.isOp(",") {
				elts := []Expr{h.Type}
				for p.isOp(",") {
					p.advance()
					elts = append(elts, p.test())
				}
				p.syntaxError(h.Type.Start(), "multiple exception types must be parenthesized")
			}
			if p.isKw("as") {
				p.advance()
				h.Name = p.name()
			}
		}
		p.expectOp(":")
		h.Body = p.block("'except' statement", hp.Line)
		h.Span = span(hp, p.prevEnd())
		s.Handlers = append(s.Handlers, h)
	}
	if p.isKw("else") {
		if len(s.Handlers) == 0 {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
		ep := p.tok.pos
		p.advance()
		p.expectOp(":")
		s.OrElse = p.block("'else' statement", ep.Line)
	}
	if p.isKw("finally") {
		fp := p.tok.pos
		p.advance()
		p.expectOp(":")
		s.FinalBody = p.block("'finally' statement", fp.Line)
	}
	if len(s.Handlers) == 0 && s.FinalBody == nil {
		p.syntaxError(p.tok.pos, "expected 'except' or 'finally' block")
	}
	s.Span = span(start, p.prevEnd())
	if star == 2 {
		p.nstar++
		s.Handlers = []*ExceptHandler{exceptStar(s.Handlers, p.nstar, s.Span)}
	}
	return s
}

// exceptStar rewrites the handlers of a try/except* statement into one
// plain handler that drives the $star_* builtins:
//
//	except BaseException as $excN:
//	    $stN = $star_begin($excN)
//	    $mN = $star_match($stN, T1)
//	    if $mN is not None:
//	        try:
//	            name = $mN
//	            body
//	        except BaseException as $hN:
//	            $star_raised($stN, $hN)
//	        finally:
//	            name = None; del name
//	    ...
//	    $star_end($stN)    # raises what is left
func exceptStar(hs []*ExceptHandler, n int, sp Span) *ExceptHandler {
	suffix := strconv.Itoa(n)
	name := func(id string, ctx ExprContext) *Name { return &Name{Span: sp, Id: id + suffix, Ctx: ctx} }
	call := func(fn string, args ...Expr) *Call {
		return &Call{Span: sp, Func: &Name{Span: sp, Id: fn, Ctx: Load}, Args: args}
	}
	body := []Stmt{&Assign{Span: sp, Targets: []Expr{name("$st", Store)}, Value: call("$star_begin", name("$exc", Load))}}
	for _, h := range hs {
		inner := []Stmt{}
		var final []Stmt
		if h.Name != "" {
			inner = append(inner, &Assign{Span: h.Span, Targets: []Expr{&Name{Span: h.Span, Id: h.Name, Ctx: Store}}, Value: name("$m", Load)})
			final = []Stmt{
				&Assign{Span: h.Span, Targets: []Expr{&Name{Span: h.Span, Id: h.Name, Ctx: Store}}, Value: &Constant{Span: h.Span}},
				&Delete{Span: h.Span, Targets: []Expr{&Name{Span: h.Span, Id: h.Name, Ctx: Del}}},
			}
		}
		inner = append(inner, h.Body...)
		try := &Try{Span: h.Span, Body: inner,
			Handlers: []*ExceptHandler{{Span: h.Span, Type: &Name{Span: h.Span, Id: "BaseException", Ctx: Load}, Name: "$h" + suffix,
				Body: []Stmt{&ExprStmt{Span: h.Span, Value: call("$star_raised", name("$st", Load), name("$h", Load))}}}},
			FinalBody: final}
		body = append(body,
			&Assign{Span: h.Span, Targets: []Expr{name("$m", Store)}, Value: call("$star_match", name("$st", Load), h.Type)},
			&If{Span: h.Span, Test: &Compare{Span: h.Span, Left: name("$m", Load), Ops: []CmpOp{IsNot}, Comparators: []Expr{&Constant{Span: h.Span}}},
				Body: []Stmt{try}})
	}
	body = append(body, &ExprStmt{Span: sp, Value: call("$star_end", name("$st", Load))})
	return &ExceptHandler{Span: hs[0].Span, Type: &Name{Span: sp, Id: "BaseException", Ctx: Load}, Name: "$exc" + suffix, Body: body}
}

func (p *parser) withStmt(async bool, start Pos) Stmt {
	p.advance() // with
	s := &With{IsAsync: async}
	// `with (a as b, c):` — parenthesized items, told apart from a
	// parenthesized expression by looking for 'as' at the top level.
	if p.isOp("(") && p.parenthesizedWithItems() {
		p.advance()
		for !p.isOp(")") {
			s.Items = append(s.Items, p.withItem())
			if !p.isOp(",") {
				break
			}
			p.advance()
		}
		p.expectOp(")")
	} else {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.isOp(",") {
				break
			}
			p.advance()
		}
	}
	p.expectOp(":")
	s.Body = p.block("'with' statement", start.Line)
	s.Span = span(start, p.prevEnd())
	return s
}

// parenthesizedWithItems scans ahead (without consuming) to see whether
// the parenthesis after 'with' holds items with 'as' or is followed by ':'.
func (p *parser) parenthesizedWithItems() bool {
	sc := *p.sc
	sc.pending = append([]token(nil), p.sc.pending...)
	sc.parens = append([]byte(nil), p.sc.parens...)
	sc.parenPos = append([]Pos(nil), p.sc.parenPos...)
	sc.indents = append([]int(nil), p.sc.indents...)
	toks := append([]token(nil), p.peeked...)
	next := func() token {
		if len(toks) > 0 {
			t := toks[0]
			toks = toks[1:]
			return t
		}
		return sc.next()
	}
	depth := 1
	sawAs := false
	for {
		t := next()
		if t.kind == tEOF || t.kind == tNewline && depth == 0 {
			return false
		}
		if t.kind == tOp {
			switch t.val {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
				if depth == 0 {
					t2 := next()
					return sawAs || t2.kind == tOp && t2.val == ":"
				}
			}
		}
		if depth == 1 && t.kind == tName && t.val == "as" {
			sawAs = true
		}
	}
}

func (p *parser) withItem() *WithItem {
	it := &WithItem{ContextExpr: p.test()}
	if p.isKw("as") {
		p.advance()
		t := p.starOrBitOr()
		if msg := setContext(t, Store); msg != "" {
			p.syntaxError(t.Start(), "cannot assign to "+msg)
		}
		it.OptionalVars = t
	}
	return it
}

func (p *parser) decorated() Stmt {
	start := p.tok.pos
	var decos []Expr
	for p.isOp("@") {
		p.advance()
		decos = append(decos, p.namedExprTest())
		if p.tok.kind != tNewline {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
		p.advance()
	}
	switch {
	case p.isKw("def"):
		return p.funcDef(decos, false, start)
	case p.isKw("class"):
		return p.classDef(decos, start)
	case p.isKw("async"):
		p.advance()
		if p.isKw("def") {
			return p.funcDef(decos, true, start)
		}
	}
	p.syntaxError(p.tok.pos, "invalid syntax")
	return nil
}

func (p *parser) funcDef(decos []Expr, async bool, start Pos) Stmt {
	line := p.tok.pos.Line
	p.advance() // def
	f := &FunctionDef{Name: p.name(), DecoratorList: decos, IsAsync: async}
	p.expectOp("(")
	f.Args = p.parameters(")", true)
	p.expectOp(")")
	if p.isOp("->") {
		arrow := p.tok.pos
		p.advance()
		if !p.startsExpr() {
			// no annotation: the optional '-> expr' does not match and
			// CPython wants the ':' where '->' stands
			p.syntaxError(arrow, "expected ':'")
		}
		f.Returns = p.test()
	}
	p.expectOp(":")
	saved := p.inFunc
	p.inFunc = true
	f.Body = p.block("function definition", line)
	p.inFunc = saved
	f.Span = span(start, p.prevEnd())
	return f
}

func (p *parser) classDef(decos []Expr, start Pos) Stmt {
	line := p.tok.pos.Line
	p.advance() // class
	c := &ClassDef{Name: p.name(), DecoratorList: decos}
	if p.isOp("(") {
		p.advance()
		p.classBases = true
		args, kws := p.callArgs()
		p.classBases = false
		c.Bases, c.Keywords = args, kws
		p.expectOp(")")
	}
	p.expectOp(":")
	c.Body = p.block("class definition", line)
	c.Span = span(start, p.prevEnd())
	return c
}

// parameters parses a parameter list up to the closing token. Annotations
// are allowed in def (not in lambda).
func (p *parser) parameters(closer string, annotations bool) *Arguments {
	a := &Arguments{}
	seenDefault, seenStar, seenSlash := false, false, false
	names := map[string]bool{}
	param := func() *Arg {
		start := p.tok.pos
		arg := &Arg{Name: p.name()}
		if names[arg.Name] {
			p.syntaxError(start, "duplicate argument '"+arg.Name+"' in function definition")
		}
		names[arg.Name] = true
		if annotations && p.isOp(":") {
			p.advance()
			arg.Annotation = p.test()
		}
		arg.Span = span(start, p.prevEnd())
		return arg
	}
	for !p.isOp(closer) {
		switch {
		case p.isOp("/"):
			if seenSlash || seenStar || len(a.Args) == 0 {
				p.syntaxError(p.tok.pos, "invalid syntax")
			}
			seenSlash = true
			a.PosOnlyArgs = a.Args
			a.Args = nil
			p.advance()
		case p.isOp("**"):
			p.advance()
			a.KwArg = param()
			if p.isOp(",") {
				p.advance()
			}
			if !p.isOp(closer) {
				p.syntaxError(p.tok.pos, "arguments cannot follow var-keyword argument")
			}
			return a
		case p.isOp("*"):
			if seenStar {
				p.syntaxError(p.tok.pos, "* argument may appear only once")
			}
			seenStar = true
			p.advance()
			if p.isOp(",") || p.isOp(closer) {
				if p.isOp(closer) || p.peek().kind == tOp && (p.peek().val == closer || p.peek().val == "**") {
					p.syntaxError(p.tok.pos, "named arguments must follow bare *")
				}
			} else {
				a.VarArg = param()
			}
		default:
			arg := param()
			if seenStar {
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				var d Expr
				if p.isOp("=") {
					p.advance()
					d = p.test()
				}
				a.KwDefaults = append(a.KwDefaults, d)
			} else {
				a.Args = append(a.Args, arg)
				if p.isOp("=") {
					p.advance()
					a.Defaults = append(a.Defaults, p.test())
					seenDefault = true
				} else if seenDefault {
					p.syntaxError(arg.Pos, "non-default argument follows default argument")
				}
			}
		}
		if !p.isOp(",") {
			break
		}
		p.advance()
	}
	return a
}

// isYield reports a yield expression; as the first target of an
// assignment it was written in parentheses (an unparenthesized one is
// refused as soon as the '=' after it is seen).
func isYield(e Expr) bool {
	switch e.(type) {
	case *Yield, *YieldFrom:
		return true
	}
	return false
}
