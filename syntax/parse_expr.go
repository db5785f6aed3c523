package syntax

import (
	"math/big"
	"strconv"
	"strings"
)

// testlistStarExpr: a, *b, c  (a tuple when there is a comma). As in
// CPython's star_expressions, an assignment expression must be
// parenthesized here.
func (p *parser) testlistStarExpr() Expr {
	start := p.tok.pos
	first := p.starOrTest()
	if !p.isOp(",") {
		// a lone starred assignment target is the compiler's error
		if _, ok := first.(*Starred); ok && !p.isOp("=") {
			p.syntaxError(first.Start(), "can't use starred expression here")
		}
		return first
	}
	elts := p.moreElements(first, p.exprEnd, p.starOrTest)
	return &Tuple{Span: span(start, p.prevEnd()), Elts: elts}
}

// starOrTest is starOrNamed without assignment expressions.
func (p *parser) starOrTest() Expr {
	if p.tok.kind == tName && !keywords[p.tok.val] {
		if nt := p.peek(); nt.kind == tOp && nt.val == ":=" {
			p.advance()
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
	}
	return p.starOrNamed()
}

// testlist: comma-separated tests (no stars).
func (p *parser) testlist() Expr {
	start := p.tok.pos
	first := p.test()
	if !p.isOp(",") {
		return first
	}
	elts := p.moreElements(first, p.exprEnd, p.test)
	return &Tuple{Span: span(start, p.prevEnd()), Elts: elts}
}

// exprEnd reports whether the current token cannot start an expression.
func (p *parser) exprEnd() bool {
	t := p.tok
	switch t.kind {
	case tNewline, tEOF, tIndent, tDedent:
		return true
	case tOp:
		switch t.val {
		case ")", "]", "}", "=", ":", ";", "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=":
			return true
		}
	case tName:
		return t.val == "in" || t.val == "for"
	}
	return false
}

func (p *parser) starOrNamed() Expr {
	if p.isOp("*") {
		start := p.tok.pos
		p.advance()
		return &Starred{Span: span(start, p.prevEnd()), Value: p.bitOr()}
	}
	return p.namedExprTest()
}

// namedExprTest: NAME := test | test
func (p *parser) namedExprTest() Expr {
	if p.tok.kind == tName && !keywords[p.tok.val] {
		if nt := p.peek(); nt.kind == tOp && nt.val == ":=" {
			start := p.tok.pos
			n := &Name{Id: p.tok.val, Ctx: Store}
			p.advance()
			n.Span = span(start, p.prevEnd())
			p.advance() // :=
			v := p.test()
			return &NamedExpr{Span: span(start, p.prevEnd()), Target: n, Value: v}
		}
	}
	e := p.test()
	if p.isOp(":=") {
		p.syntaxError(e.Start(), "cannot use assignment expressions with "+describeTarget(e))
	}
	return e
}

func describeTarget(e Expr) string {
	switch e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Tuple:
		return "tuple"
	}
	return "expression"
}

// test: or_test ['if' or_test 'else' test] | lambdef
func (p *parser) test() Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambda(true)
	}
	start := p.tok.pos
	e := p.orTest()
	if p.isKw("if") {
		p.advance()
		cond := p.orTest()
		if !p.isKw("else") {
			p.syntaxError(p.tok.pos, "expected 'else' after 'if' expression")
		}
		p.advance()
		orelse := p.test()
		return &IfExp{Span: span(start, p.prevEnd()), Test: cond, Body: e, OrElse: orelse}
	}
	return e
}

// testNoCond is a test without a conditional expression (comprehension ifs).
func (p *parser) testNoCond() Expr {
	if p.isKw("lambda") {
		return p.lambda(false)
	}
	return p.orTest()
}

func (p *parser) lambda(allowCond bool) Expr {
	start := p.tok.pos
	p.advance()
	args := p.parameters(":", false)
	p.expectOp(":")
	saved := p.inFunc
	p.inFunc = true
	var body Expr
	if allowCond {
		body = p.test()
	} else {
		body = p.testNoCond()
	}
	p.inFunc = saved
	return &Lambda{Span: span(start, p.prevEnd()), Args: args, Body: body}
}

func (p *parser) orTest() Expr {
	start := p.tok.pos
	e := p.andTest()
	if !p.isKw("or") {
		return e
	}
	vals := []Expr{e}
	for p.isKw("or") {
		p.advance()
		vals = append(vals, p.andTest())
	}
	return &BoolOp{Span: span(start, p.prevEnd()), Op: Or, Values: vals}
}

func (p *parser) andTest() Expr {
	start := p.tok.pos
	e := p.notTest()
	if !p.isKw("and") {
		return e
	}
	vals := []Expr{e}
	for p.isKw("and") {
		p.advance()
		vals = append(vals, p.notTest())
	}
	return &BoolOp{Span: span(start, p.prevEnd()), Op: And, Values: vals}
}

func (p *parser) notTest() Expr {
	if p.isKw("not") {
		p.enter()
		defer p.leave()
		start := p.tok.pos
		p.advance()
		return &UnaryOp{Span: span(start, p.prevEnd()), Op: Not, Operand: p.notTest()}
	}
	return p.comparison()
}

func (p *parser) compOp() (CmpOp, bool) {
	if p.tok.kind == tOp {
		switch p.tok.val {
		case "<":
			return Lt, true
		case ">":
			return Gt, true
		case "==":
			return Eq, true
		case ">=":
			return GtE, true
		case "<=":
			return LtE, true
		case "!=":
			return NotEq, true
		}
		return 0, false
	}
	if p.tok.kind == tName {
		switch p.tok.val {
		case "in":
			return In, true
		case "not":
			if nt := p.peek(); nt.kind == tName && nt.val == "in" {
				return NotIn, true
			}
		case "is":
			return Is, true
		}
	}
	return 0, false
}

func (p *parser) comparison() Expr {
	start := p.tok.pos
	e := p.bitOr()
	op, ok := p.compOp()
	if !ok {
		return e
	}
	c := &Compare{Left: e}
	for ok {
		p.advance()
		if op == NotIn {
			p.advance()
		} else if op == Is && p.isKw("not") {
			p.advance()
			op = IsNot
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitOr())
		op, ok = p.compOp()
	}
	c.Span = span(start, p.prevEnd())
	return c
}

var binLevels = []map[string]Operator{
	{"|": BitOr},
	{"^": BitXor},
	{"&": BitAnd},
	{"<<": LShift, ">>": RShift},
	{"+": Add, "-": Sub},
	{"*": Mult, "/": Div, "//": FloorDiv, "%": Mod, "@": MatMult},
}

func (p *parser) bitOr() Expr { return p.binary(0) }

func (p *parser) binary(level int) Expr {
	if level == len(binLevels) {
		return p.factor()
	}
	start := p.tok.pos
	e := p.binary(level + 1)
	for p.tok.kind == tOp {
		op, ok := binLevels[level][p.tok.val]
		if !ok {
			break
		}
		p.advance()
		r := p.binary(level + 1)
		e = &BinOp{Span: span(start, p.prevEnd()), Left: e, Op: op, Right: r}
	}
	return e
}

func (p *parser) factor() Expr {
	if p.tok.kind == tOp {
		var op UnaryOpKind
		switch p.tok.val {
		case "-":
			op = USub
		case "+":
			op = UAdd
		case "~":
			op = Invert
		default:
			return p.power()
		}
		p.enter()
		defer p.leave()
		start := p.tok.pos
		p.advance()
		operand := p.factor()
		return &UnaryOp{Span: span(start, p.prevEnd()), Op: op, Operand: operand}
	}
	return p.power()
}

func (p *parser) power() Expr {
	start := p.tok.pos
	var e Expr
	if p.isKw("await") {
		p.advance()
		e = &Await{Value: p.atomExpr()}
		e.(*Await).Span = span(start, p.prevEnd())
	} else {
		e = p.atomExpr()
	}
	if p.isOp("**") {
		p.advance()
		r := p.factor()
		return &BinOp{Span: span(start, p.prevEnd()), Left: e, Op: Pow, Right: r}
	}
	return e
}

// atomExpr: atom trailers*
func (p *parser) atomExpr() Expr {
	start := p.tok.pos
	e := p.atom()
	for {
		switch {
		case p.isOp("("):
			p.enter()
			p.advance()
			args, kws := p.callArgs()
			p.expectOp(")")
			p.leave()
			e = &Call{Span: span(start, p.prevEnd()), Func: e, Args: args, Keywords: kws}
		case p.isOp("["):
			p.enter()
			p.advance()
			idx := p.subscriptList()
			p.expectOp("]")
			p.leave()
			e = &Subscript{Span: span(start, p.prevEnd()), Value: e, Slice: idx}
		case p.isOp("."):
			p.advance()
			name := p.name()
			e = &Attribute{Span: span(start, p.prevEnd()), Value: e, Attr: name}
		default:
			return e
		}
	}
}

func (p *parser) subscriptList() Expr {
	start := p.tok.pos
	first := p.subscript()
	if !p.isOp(",") {
		return first
	}
	elts := p.moreElements(first, func() bool { return p.isOp("]") }, p.subscript)
	return &Tuple{Span: span(start, p.prevEnd()), Elts: elts}
}

func (p *parser) subscript() Expr {
	start := p.tok.pos
	var lower Expr
	if p.isOp("*") {
		return p.starOrNamed()
	}
	if !p.isOp(":") {
		lower = p.namedExprTest()
		if !p.isOp(":") {
			return lower
		}
	}
	s := &Slice{Lower: lower}
	p.advance() // :
	if !p.isOp(":") && !p.isOp("]") && !p.isOp(",") {
		s.Upper = p.test()
	}
	if p.isOp(":") {
		p.advance()
		if !p.isOp("]") && !p.isOp(",") {
			s.Step = p.test()
		}
	}
	s.Span = span(start, p.prevEnd())
	return s
}

// callArgs parses arguments up to ')'.
func (p *parser) callArgs() ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	seenKw := false
	for !p.isOp(")") {
		start := p.tok.pos
		switch {
		case p.isOp("*"):
			for _, k := range kws {
				if k.Arg == "" {
					p.syntaxError(start, "iterable argument unpacking follows keyword argument unpacking")
				}
			}
			p.advance()
			args = append(args, &Starred{Span: span(start, p.prevEnd()), Value: p.test()})
			if p.isKw("for") || p.isKw("async") {
				p.syntaxErrorSpan(start, p.prevEnd(), "iterable unpacking cannot be used in comprehension")
			}
		case p.isOp("**"):
			p.advance()
			v := p.test()
			kws = append(kws, &Keyword{Span: span(start, p.prevEnd()), Value: v})
			seenKw = true
		default:
			if p.tok.kind == tName && !keywords[p.tok.val] {
				if nt := p.peek(); nt.kind == tOp && nt.val == "=" {
					name := p.tok.val
					p.advance()
					p.advance()
					v := p.test()
					if p.isKw("for") || p.isKw("async") {
						p.syntaxErrorSpan(start, p.prevEnd(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
					}
					for _, k := range kws {
						if k.Arg == name {
							// CPython's compiler finds this one: no text
							p.sc.textless = true
							p.syntaxErrorSpan(start, p.prevEnd(), "keyword argument repeated: "+name)
						}
					}
					kws = append(kws, &Keyword{Span: span(start, p.prevEnd()), Arg: name, Value: v})
					seenKw = true
					break
				}
			}
			e := p.namedExprTest()
			if (p.isKw("for") || p.isKw("async")) && p.classBases {
				p.syntaxError(p.tok.pos, "invalid syntax")
			}
			if p.isKw("for") || p.isKw("async") {
				gens := p.compFor()
				e = &GeneratorExp{Span: span(start, p.prevEnd()), Elt: e, Generators: gens}
				if len(args) > 0 || len(kws) > 0 || p.isOp(",") && p.peek().kind != tOp {
					if !(p.isOp(")") || p.isOp(",") && p.peek().val == ")") {
						p.syntaxErrorSpan(start, p.prevEnd(), "Generator expression must be parenthesized")
					}
				}
			}
			if p.isOp("=") {
				p.syntaxError(e.Start(), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if seenKw {
				for _, k := range kws {
					if k.Arg == "" {
						p.syntaxError(e.Start(), "positional argument follows keyword argument unpacking")
					}
				}
				p.syntaxError(e.Start(), "positional argument follows keyword argument")
			}
			args = append(args, e)
			if !p.isOp(",") {
				p.checkMissingComma(e)
			}
		}
		if !p.isOp(",") {
			break
		}
		p.advance()
	}
	return args, kws
}

// compFor parses one or more 'for ... in ... [if ...]' clauses.
func (p *parser) compFor() []*Comprehension {
	var gens []*Comprehension
	for p.isKw("for") || p.isKw("async") {
		c := &Comprehension{}
		if p.isKw("async") {
			p.advance()
			c.IsAsync = true
		}
		p.expectKw("for")
		c.Target = p.targetList()
		if msg := setContext(c.Target, Store); msg != "" {
			p.syntaxError(c.Target.Start(), "cannot assign to "+msg)
		}
		p.expectKw("in")
		c.Iter = p.orTest()
		for p.isKw("if") {
			p.advance()
			c.Ifs = append(c.Ifs, p.testNoCond())
		}
		gens = append(gens, c)
	}
	return gens
}

func (p *parser) yieldExpr() Expr {
	start := p.tok.pos
	p.advance() // yield
	if p.isKw("from") {
		p.advance()
		return &YieldFrom{Span: span(start, p.prevEnd()), Value: p.test()}
	}
	if p.exprEnd() || p.isOp(")") {
		return &Yield{Span: span(start, p.prevEnd())}
	}
	return &Yield{Span: span(start, p.prevEnd()), Value: p.testlistStarExpr()}
}

func (p *parser) atom() Expr {
	start := p.tok.pos
	t := p.tok
	switch t.kind {
	case tName:
		switch t.val {
		case "None":
			p.advance()
			return &Constant{Span: span(start, p.prevEnd()), Value: nil}
		case "True":
			p.advance()
			return &Constant{Span: span(start, p.prevEnd()), Value: true}
		case "False":
			p.advance()
			return &Constant{Span: span(start, p.prevEnd()), Value: false}
		case "yield":
			p.syntaxError(start, "invalid syntax")
		}
		if keywords[t.val] {
			p.syntaxError(start, "invalid syntax")
		}
		p.advance()
		return &Name{Span: span(start, p.prevEnd()), Id: t.val}
	case tNumber:
		p.advance()
		v, msg := parseNumber(t.val)
		if msg != "" {
			p.syntaxError(start, msg)
		}
		return &Constant{Span: span(start, p.prevEnd()), Value: v}
	case tString:
		return p.strings()
	case tOp:
		switch t.val {
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.dictOrSet()
		case "...":
			p.advance()
			return &Constant{Span: span(start, p.prevEnd()), Value: Ellipsis{}}
		}
	case tIndent:
		p.sc.unexpectedIndent(start)
		panic(errBail)
	}
	p.syntaxError(start, "invalid syntax")
	return nil
}

func (p *parser) parenAtom() Expr {
	start := p.tok.pos
	p.enter()
	defer p.leave()
	p.advance()
	if p.isOp(")") {
		p.advance()
		return &Tuple{Span: span(start, p.prevEnd())}
	}
	if p.isKw("yield") {
		e := p.yieldExpr()
		p.expectOp(")")
		return e
	}
	first := p.starOrNamed()
	if p.isKw("for") || p.isKw("async") {
		gens := p.compFor()
		p.expectOp(")")
		return &GeneratorExp{Span: span(start, p.prevEnd()), Elt: first, Generators: gens}
	}
	if p.isOp(")") {
		p.advance()
		if _, ok := first.(*Starred); ok {
			p.syntaxError(first.Start(), "cannot use starred expression here")
		}
		return first
	}
	elts := p.moreElements(first, func() bool { return p.isOp(")") }, p.starOrNamed)
	p.expectOp(")")
	return &Tuple{Span: span(start, p.prevEnd()), Elts: elts}
}

func (p *parser) listAtom() Expr {
	start := p.tok.pos
	p.enter()
	defer p.leave()
	p.advance()
	if p.isOp("]") {
		p.advance()
		return &List{Span: span(start, p.prevEnd())}
	}
	first := p.starOrNamed()
	if p.isKw("for") || p.isKw("async") {
		gens := p.compFor()
		p.expectOp("]")
		return &ListComp{Span: span(start, p.prevEnd()), Elt: first, Generators: gens}
	}
	elts := p.moreElements(first, func() bool { return p.isOp("]") }, p.starOrNamed)
	p.expectOp("]")
	return &List{Span: span(start, p.prevEnd()), Elts: elts}
}

func (p *parser) dictOrSet() Expr {
	start := p.tok.pos
	p.enter()
	defer p.leave()
	p.advance()
	if p.isOp("}") {
		p.advance()
		return &Dict{Span: span(start, p.prevEnd())}
	}
	if p.isOp("**") {
		p.advance()
		d := &Dict{Keys: []Expr{nil}, Values: []Expr{p.bitOr()}}
		return p.dictRest(start, d)
	}
	first := p.starOrNamed()
	if p.isOp(":") {
		p.advance()
		v := p.test()
		if p.isKw("for") || p.isKw("async") {
			gens := p.compFor()
			p.expectOp("}")
			return &DictComp{Span: span(start, p.prevEnd()), Key: first, Value: v, Generators: gens}
		}
		d := &Dict{Keys: []Expr{first}, Values: []Expr{v}}
		return p.dictRest(start, d)
	}
	if p.isKw("for") || p.isKw("async") {
		gens := p.compFor()
		p.expectOp("}")
		return &SetComp{Span: span(start, p.prevEnd()), Elt: first, Generators: gens}
	}
	elts := p.moreElements(first, func() bool { return p.isOp("}") }, p.starOrNamed)
	p.expectOp("}")
	return &Set{Span: span(start, p.prevEnd()), Elts: elts}
}

func (p *parser) dictRest(start Pos, d *Dict) Expr {
	for p.isOp(",") {
		p.advance()
		if p.isOp("}") {
			break
		}
		if p.isOp("**") {
			p.advance()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
			continue
		}
		k := p.test()
		p.expectOp(":")
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.test())
	}
	if !p.isOp("}") && len(d.Values) > 0 && d.Keys[len(d.Keys)-1] != nil {
		p.checkMissingComma(d.Values[len(d.Values)-1])
	}
	p.expectOp("}")
	d.Span = span(start, p.prevEnd())
	return d
}

// strings concatenates adjacent string literals (and f-strings).
func (p *parser) strings() Expr {
	start := p.tok.pos
	var parts []Expr // for f-strings: Constant(str) and FormattedValue
	var buf strings.Builder
	isBytes, anyF, first := false, false, true
	kind := ""
	for p.tok.kind == tString {
		t := p.tok
		sl, msg := decodeLiteral(t.val)
		if msg != "" {
			p.syntaxError(t.pos, msg)
		}
		if first {
			isBytes = sl.bytes
			kind = sl.kind
			first = false
		} else if sl.bytes != isBytes {
			p.syntaxError(start, "cannot mix bytes and nonbytes literals")
		}
		if sl.fstr {
			anyF = true
			if buf.Len() > 0 {
				parts = append(parts, &Constant{Span: span(start, t.pos), Value: buf.String()})
				buf.Reset()
			}
			parts = append(parts, p.fstring(sl, t)...)
		} else {
			buf.WriteString(sl.body)
		}
		p.advance()
	}
	end := p.tok.pos
	if isBytes {
		return &Constant{Span: span(start, end), Value: []byte(buf.String())}
	}
	if !anyF {
		return &Constant{Span: span(start, end), Value: buf.String(), Kind: kind}
	}
	if buf.Len() > 0 {
		parts = append(parts, &Constant{Span: span(start, end), Value: buf.String()})
	}
	// merge adjacent constants
	var merged []Expr
	for _, e := range parts {
		if c, ok := e.(*Constant); ok {
			if s, _ := c.Value.(string); s == "" {
				continue
			}
			if n := len(merged); n > 0 {
				if prev, ok := merged[n-1].(*Constant); ok {
					merged[n-1] = &Constant{Span: prev.Span, Value: prev.Value.(string) + c.Value.(string)}
					continue
				}
			}
		}
		merged = append(merged, e)
	}
	return &JoinedStr{Span: span(start, end), Values: merged}
}

// parseNumber converts a number token to its Go value.
func parseNumber(s string) (any, string) {
	clean := strings.ReplaceAll(s, "_", "")
	if msg := badUnderscore(s); msg != "" {
		return nil, msg
	}
	last := clean[len(clean)-1]
	if last == 'j' || last == 'J' {
		f, err := strconv.ParseFloat(clean[:len(clean)-1], 64)
		if err != nil && !isRange(err) {
			return nil, "invalid imaginary literal"
		}
		return complex(0, f), ""
	}
	if len(clean) > 1 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X' || clean[1] == 'o' || clean[1] == 'O' || clean[1] == 'b' || clean[1] == 'B') {
		base := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[clean[1]]
		digits := clean[2:]
		if digits == "" {
			return nil, map[int]string{16: "invalid hexadecimal literal", 8: "invalid octal literal", 2: "invalid binary literal"}[base]
		}
		b, ok := new(big.Int).SetString(digits, base)
		if !ok {
			if base == 8 {
				return nil, "invalid digit '" + string(firstBad(digits, base)) + "' in octal literal"
			}
			if base == 2 {
				return nil, "invalid digit '" + string(firstBad(digits, base)) + "' in binary literal"
			}
			return nil, "invalid hexadecimal literal"
		}
		if b.IsInt64() {
			return b.Int64(), ""
		}
		return b, ""
	}
	if strings.ContainsAny(clean, ".eE") {
		f, err := strconv.ParseFloat(clean, 64)
		if err != nil && !isRange(err) {
			return nil, "invalid decimal literal"
		}
		return f, ""
	}
	if len(clean) > 1 && clean[0] == '0' && strings.Trim(clean, "0") != "" {
		return nil, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
	}
	if n, err := strconv.ParseInt(clean, 10, 64); err == nil {
		return n, ""
	}
	b, ok := new(big.Int).SetString(clean, 10)
	if !ok {
		return nil, "invalid decimal literal"
	}
	return b, ""
}

// badUnderscore reports the error for a misplaced underscore in a
// number literal: each one must sit between two digits (or follow the
// 0x/0o/0b prefix), so 1_e5, 1_j and 0x1_ are invalid.
func badUnderscore(s string) string {
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	prefixed := len(s) > 1 && s[0] == '0' && strings.IndexByte("xXoObB", s[1]) >= 0
	for i := 0; i < len(s); i++ {
		if s[i] != '_' {
			continue
		}
		var ok bool
		if prefixed {
			ok = i >= 2 && (i == 2 || isHex(s[i-1])) && i+1 < len(s) && isHex(s[i+1])
		} else {
			ok = i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1])
		}
		if ok {
			continue
		}
		if !prefixed {
			return "invalid decimal literal"
		}
		switch s[1] {
		case 'x', 'X':
			return "invalid hexadecimal literal"
		case 'o', 'O':
			return "invalid octal literal"
		}
		return "invalid binary literal"
	}
	return ""
}

func firstBad(digits string, base int) byte {
	for i := 0; i < len(digits); i++ {
		if _, err := strconv.ParseInt(digits[i:i+1], base, 8); err != nil {
			return digits[i]
		}
	}
	return '?'
}

func isRange(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// moreElements parses the rest of a comma-separated list after its first
// element: each comma is followed by an element unless end reports the
// list's end (a trailing comma).
func (p *parser) moreElements(first Expr, end func() bool, elem func() Expr) []Expr {
	elts := []Expr{first}
	for p.isOp(",") {
		p.advance()
		if end() {
			break
		}
		elts = append(elts, elem())
	}
	p.checkMissingComma(elts[len(elts)-1])
	return elts
}

// checkMissingComma reports CPython's "Perhaps you forgot a comma?" when,
// inside brackets, expression a is directly followed by another one.
func (p *parser) checkMissingComma(a Expr) {
	if len(p.sc.parens) == 0 || !p.startsExpr() || p.tok.kind == tOp && p.tok.val != "(" && p.tok.val != "[" && p.tok.val != "{" {
		return
	}
	if n, ok := a.(*Name); ok && (p.tok.kind == tString || n.Id == "match" || n.Id == "case" || n.Id == "_") {
		return
	}
	if p.sc.err != nil {
		return
	}
	// parse the second expression for the range; if it does not parse,
	// the plain error at its start is the better one
	save := *p
	saveSc := *p.sc
	var b Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if r != errBail {
					panic(r)
				}
				b = nil
			}
		}()
		b = p.test()
	}()
	if b == nil {
		*p.sc = saveSc
		*p = save
		return
	}
	p.syntaxErrorSpan(a.Start(), b.End(), "invalid syntax. Perhaps you forgot a comma?")
}
