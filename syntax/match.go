package syntax

import (
	"strconv"
	"strings"
)

// The match statement (PEP 634). The parser checks the patterns and
// rewrites the statement into plain statements: each pattern becomes a
// description (nested tuples, whose value and class parts are ordinary
// expressions evaluated when the case is tried) handed with the subject
// to the hidden builtin $match, which returns the captured values or None:
//
//	$subjN = subject
//	$okN = False
//	if not $okN:                      # one block per case
//	    $capN = $match($subjN, desc, ncaptures)
//	    if $capN is not None:
//	        (x, y) = $capN
//	        if guard:
//	            $okN = True
//	            body

// pattern is a parsed pattern.
type pattern struct {
	kind    byte // 'w'ildcard 'c'apture 'v'alue 's'ingleton se'q'uence 'm'apping 'k'lass 'o'r 'a's '*'star
	pos     Pos
	name    string
	value   Expr
	subs    []*pattern
	keys    []Expr
	kwNames []string
	kwPats  []*pattern
	rest    string
}

// peekAt returns the token i places after the current one (0: the next).
func (p *parser) peekAt(i int) token {
	for len(p.peeked) <= i {
		p.peeked = append(p.peeked, p.sc.next())
		if k := p.peeked[len(p.peeked)-1].kind; k == tEOF {
			for len(p.peeked) <= i {
				p.peeked = append(p.peeked, p.peeked[len(p.peeked)-1])
			}
		}
	}
	return p.peeked[i]
}

// atMatchStmt reports whether the current `match` starts a match
// statement: the logical line ends with ':' and 'match' is not used as a
// name (match = ..., match.x, match(...) ...).
func (p *parser) atMatchStmt() bool {
	nt := p.peekAt(0)
	switch nt.kind {
	case tNewline, tEOF, tIndent, tDedent:
		return false
	case tOp:
		switch nt.val {
		case "=", ".", ":", ",", ")", "]", "}", ";", "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=", ":=", "==", "!=", "<", ">", "<=", ">=", "|", "&", "^", "<<", ">>", "/", "//", "%", "@", "**", "if", "->":
			return false
		}
	case tName:
		switch nt.val {
		case "and", "or", "in", "is", "if", "else", "for", "as":
			return false
		}
	}
	var prev token
	for i := 0; ; i++ {
		t := p.peekAt(i)
		if t.kind == tNewline || t.kind == tEOF {
			return prev.kind == tOp && prev.val == ":"
		}
		prev = t
	}
}

func (p *parser) matchStmt() Stmt {
	start := p.tok.pos
	p.advance() // match
	subject := p.matchSubject()
	p.expectOp(":")
	if p.tok.kind != tNewline {
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
	p.advance()
	if p.tok.kind != tIndent {
		p.sc.errorAt("IndentationError", p.tok.pos, "expected an indented block after 'match' statement on line "+itoa(int(start.Line)))
		panic(errBail)
	}
	p.advance()
	p.nstar++
	suffix := strconv.Itoa(p.nstar)
	sp := span(start, start)
	name := func(id string, ctx ExprContext) *Name { return &Name{Span: sp, Id: id + suffix, Ctx: ctx} }
	out := []Stmt{
		&Assign{Span: sp, Targets: []Expr{name("$subj", Store)}, Value: subject},
		&Assign{Span: sp, Targets: []Expr{name("$ok", Store)}, Value: &Constant{Span: sp, Value: false}},
		&Assign{Span: sp, Targets: []Expr{name("$cap", Store)}, Value: &Constant{Span: sp}},
	}
	type caseInfo struct {
		pos         Pos
		irrefutable string
	}
	var cases []caseInfo
	for p.tok.kind != tDedent && p.tok.kind != tEOF {
		if p.tok.kind == tNewline {
			p.advance()
			continue
		}
		if !p.isKw("case") {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
		cp := p.tok.pos
		p.advance()
		pat := p.patterns()
		var guard Expr
		if p.isKw("if") {
			p.advance()
			guard = p.namedExprTest()
		}
		if !p.isOp(":") {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
		p.advance()
		body := p.block("'case' statement", cp.Line)
		var names []string
		p.checkPattern(pat, &names)
		irr := ""
		if guard == nil {
			irr = irrefutable(pat)
		}
		cases = append(cases, caseInfo{pos: cp, irrefutable: irr})

		csp := span(cp, cp)
		idx := map[string]int{}
		for i, n := range names {
			idx[n] = i
		}
		desc := patternDesc(pat, idx, csp)
		inner := []Stmt{}
		if len(names) > 0 {
			elts := make([]Expr, len(names))
			for i, n := range names {
				elts[i] = &Name{Span: csp, Id: n, Ctx: Store}
			}
			inner = append(inner, &Assign{Span: csp, Targets: []Expr{&Tuple{Span: csp, Elts: elts, Ctx: Store}}, Value: name("$cap", Load)})
		}
		run := append([]Stmt{&Assign{Span: csp, Targets: []Expr{name("$ok", Store)}, Value: &Constant{Span: csp, Value: true}}}, body...)
		if guard != nil {
			inner = append(inner, &If{Span: csp, Test: guard, Body: run})
		} else {
			inner = append(inner, run...)
		}
		call := &Call{Span: csp, Func: &Name{Span: csp, Id: "$match", Ctx: Load},
			Args: []Expr{name("$subj", Load), desc, &Constant{Span: csp, Value: int64(len(names))}}}
		out = append(out, &If{Span: csp, Test: &UnaryOp{Span: csp, Op: Not, Operand: name("$ok", Load)}, Body: []Stmt{
			&Assign{Span: csp, Targets: []Expr{name("$cap", Store)}, Value: call},
			&If{Span: csp, Test: &Compare{Span: csp, Left: name("$cap", Load), Ops: []CmpOp{IsNot}, Comparators: []Expr{&Constant{Span: csp}}},
				Body: inner},
		}})
	}
	if p.tok.kind == tDedent {
		p.advance()
	}
	if len(cases) == 0 {
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
	for i, c := range cases[:len(cases)-1] {
		if c.irrefutable != "" {
			_ = i
			p.syntaxError(c.pos, c.irrefutable+" makes remaining patterns unreachable")
		}
	}
	// The hidden variables would show in globals() or a class namespace.
	out = append(out, &Delete{Span: sp, Targets: []Expr{name("$subj", Del), name("$ok", Del), name("$cap", Del)}})
	return &If{Span: span(start, p.tok.pos), Test: &Constant{Span: sp, Value: true}, Body: out}
}

// matchSubject: star_named_expression ',' ... | named_expression.
func (p *parser) matchSubject() Expr {
	start := p.tok.pos
	first := p.starOrNamed()
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok {
			p.syntaxError(first.Start(), "invalid syntax")
		}
		return first
	}
	elts := []Expr{first}
	for p.isOp(",") {
		p.advance()
		if p.isOp(":") {
			break
		}
		elts = append(elts, p.starOrNamed())
	}
	return &Tuple{Span: span(start, p.tok.pos), Elts: elts}
}

// patterns: open_sequence_pattern | pattern
func (p *parser) patterns() *pattern {
	start := p.tok.pos
	first := p.maybeStarPattern()
	if !p.isOp(",") {
		if first.kind == '*' {
			p.syntaxError(first.pos, "invalid syntax")
		}
		return first
	}
	subs := []*pattern{first}
	for p.isOp(",") {
		p.advance()
		if p.isOp(":") || p.isKw("if") {
			break
		}
		subs = append(subs, p.maybeStarPattern())
	}
	return &pattern{kind: 'q', pos: start, subs: subs}
}

func (p *parser) maybeStarPattern() *pattern {
	if p.isOp("*") {
		start := p.tok.pos
		p.advance()
		n := p.patternName()
		if n == "_" {
			n = ""
		}
		return &pattern{kind: '*', pos: start, name: n}
	}
	return p.pattern()
}

// pattern: or_pattern ['as' NAME]
func (p *parser) pattern() *pattern {
	p.enter()
	defer p.leave()
	start := p.tok.pos
	pat := p.orPattern()
	if p.isKw("as") {
		p.advance()
		if p.isKw("_") {
			p.syntaxError(p.tok.pos, "cannot use '_' as a target")
		}
		n := p.patternName()
		return &pattern{kind: 'a', pos: start, name: n, subs: []*pattern{pat}}
	}
	return pat
}

func (p *parser) patternName() string {
	if p.tok.kind != tName || keywords[p.tok.val] {
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
	n := p.tok.val
	p.advance()
	return n
}

func (p *parser) orPattern() *pattern {
	start := p.tok.pos
	first := p.closedPattern()
	if !p.isOp("|") {
		return first
	}
	alts := []*pattern{first}
	for p.isOp("|") {
		p.advance()
		alts = append(alts, p.closedPattern())
	}
	return &pattern{kind: 'o', pos: start, subs: alts}
}

func (p *parser) closedPattern() *pattern {
	p.enter()
	defer p.leave()
	start := p.tok.pos
	t := p.tok
	switch t.kind {
	case tNumber:
		return &pattern{kind: 'v', pos: start, value: p.numberPattern()}
	case tString:
		e := p.strings()
		if _, ok := e.(*JoinedStr); ok {
			p.syntaxError(start, "patterns may only match literals and attribute lookups")
		}
		return &pattern{kind: 'v', pos: start, value: e}
	case tOp:
		switch t.val {
		case "-":
			return &pattern{kind: 'v', pos: start, value: p.numberPattern()}
		case "(":
			p.advance()
			if p.isOp(")") {
				p.advance()
				return &pattern{kind: 'q', pos: start}
			}
			first := p.maybeStarPattern()
			if p.isOp(")") {
				p.advance()
				if first.kind == '*' {
					return &pattern{kind: 'q', pos: start, subs: []*pattern{first}}
				}
				return first // group
			}
			subs := []*pattern{first}
			for p.isOp(",") {
				p.advance()
				if p.isOp(")") {
					break
				}
				subs = append(subs, p.maybeStarPattern())
			}
			p.expectOp(")")
			return &pattern{kind: 'q', pos: start, subs: subs}
		case "[":
			p.advance()
			var subs []*pattern
			for !p.isOp("]") {
				subs = append(subs, p.maybeStarPattern())
				if !p.isOp(",") {
					break
				}
				p.advance()
			}
			p.expectOp("]")
			return &pattern{kind: 'q', pos: start, subs: subs}
		case "{":
			return p.mappingPattern()
		}
	case tName:
		switch t.val {
		case "None":
			p.advance()
			return &pattern{kind: 's', pos: start, value: &Constant{Span: span(start, p.tok.pos), Value: nil}}
		case "True", "False":
			p.advance()
			return &pattern{kind: 's', pos: start, value: &Constant{Span: span(start, p.tok.pos), Value: t.val == "True"}}
		}
		if keywords[t.val] {
			p.syntaxError(start, "invalid syntax")
		}
		p.advance()
		var e Expr = &Name{Span: span(start, p.tok.pos), Id: t.val, Ctx: Load}
		dotted := false
		for p.isOp(".") {
			p.advance()
			attr := p.patternName()
			e = &Attribute{Span: span(start, p.tok.pos), Value: e, Attr: attr, Ctx: Load}
			dotted = true
		}
		if p.isOp("(") {
			return p.classPattern(start, e)
		}
		if dotted {
			return &pattern{kind: 'v', pos: start, value: e}
		}
		if t.val == "_" {
			return &pattern{kind: 'w', pos: start}
		}
		return &pattern{kind: 'c', pos: start, name: t.val}
	}
	p.syntaxError(start, "invalid syntax")
	return nil
}

// numberPattern: signed_number | signed_number ('+'|'-') imaginary.
func (p *parser) numberPattern() Expr {
	start := p.tok.pos
	num := func() Expr {
		if p.tok.kind != tNumber {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
		t := p.tok
		p.advance()
		v, msg := parseNumber(t.val)
		if msg != "" {
			p.syntaxError(t.pos, msg)
		}
		return &Constant{Span: span(t.pos, p.tok.pos), Value: v}
	}
	var e Expr
	if p.isOp("-") {
		p.advance()
		e = &UnaryOp{Span: span(start, p.tok.pos), Op: USub, Operand: num()}
	} else {
		e = num()
	}
	if p.isOp("+") || p.isOp("-") {
		op := Add
		if p.tok.val == "-" {
			op = Sub
		}
		p.advance()
		r := num()
		if c, ok := r.(*Constant); !ok || !isImag(c.Value) {
			p.syntaxError(r.Start(), "imaginary number required in complex literal")
		}
		if c, ok := e.(*Constant); ok && isImag(c.Value) {
			p.syntaxError(e.Start(), "real number required in complex literal")
		}
		e = &BinOp{Span: span(start, p.tok.pos), Left: e, Op: op, Right: r}
	}
	return e
}

func isImag(v any) bool {
	_, ok := v.(complex128)
	return ok
}

func (p *parser) mappingPattern() *pattern {
	start := p.tok.pos
	p.advance() // {
	m := &pattern{kind: 'm', pos: start}
	for !p.isOp("}") {
		if p.isOp("**") {
			p.advance()
			m.rest = p.patternName()
			if m.rest == "_" {
				p.syntaxError(start, "invalid syntax")
			}
			if p.isOp(",") {
				p.advance()
			}
			if !p.isOp("}") {
				p.syntaxError(p.tok.pos, "invalid syntax")
			}
			break
		}
		kp := p.tok.pos
		var key Expr
		switch {
		case p.tok.kind == tNumber || p.isOp("-"):
			key = p.numberPattern()
		case p.tok.kind == tString:
			key = p.strings()
		case p.isKw("None"), p.isKw("True"), p.isKw("False"):
			key = &Constant{Span: span(kp, kp), Value: map[string]any{"None": nil, "True": true, "False": false}[p.tok.val]}
			p.advance()
		case p.tok.kind == tName && !keywords[p.tok.val]:
			var e Expr = &Name{Span: span(kp, kp), Id: p.patternName(), Ctx: Load}
			if !p.isOp(".") {
				p.syntaxError(kp, "invalid syntax")
			}
			for p.isOp(".") {
				p.advance()
				e = &Attribute{Span: span(kp, p.tok.pos), Value: e, Attr: p.patternName(), Ctx: Load}
			}
			key = e
		default:
			p.syntaxError(kp, "invalid syntax")
		}
		p.expectOp(":")
		m.keys = append(m.keys, key)
		m.subs = append(m.subs, p.pattern())
		if !p.isOp(",") {
			break
		}
		p.advance()
	}
	p.expectOp("}")
	return m
}

func (p *parser) classPattern(start Pos, cls Expr) *pattern {
	p.advance() // (
	k := &pattern{kind: 'k', pos: start, value: cls}
	for !p.isOp(")") {
		if p.tok.kind == tName && !keywords[p.tok.val] {
			if nt := p.peekAt(0); nt.kind == tOp && nt.val == "=" {
				n := p.patternName()
				p.advance() // =
				for _, o := range k.kwNames {
					if o == n {
						p.syntaxError(start, "attribute name repeated in class pattern: "+n)
					}
				}
				k.kwNames = append(k.kwNames, n)
				k.kwPats = append(k.kwPats, p.pattern())
				if !p.isOp(",") {
					break
				}
				p.advance()
				continue
			}
		}
		pp := p.tok.pos
		sub := p.pattern()
		if len(k.kwNames) > 0 {
			p.syntaxError(pp, "positional patterns follow keyword patterns")
		}
		k.subs = append(k.subs, sub)
		if !p.isOp(",") {
			break
		}
		p.advance()
	}
	p.expectOp(")")
	return k
}

// checkPattern enforces the static rules and lists the names the pattern
// binds, in order.
func (p *parser) checkPattern(pat *pattern, names *[]string) {
	bind := func(n string, pos Pos) {
		for _, o := range *names {
			if o == n {
				p.syntaxError(pos, "multiple assignments to name '"+n+"' in pattern")
			}
		}
		*names = append(*names, n)
	}
	switch pat.kind {
	case 'c':
		bind(pat.name, pat.pos)
	case '*':
		if pat.name != "" {
			bind(pat.name, pat.pos)
		}
	case 'a':
		p.checkPattern(pat.subs[0], names)
		bind(pat.name, pat.pos)
	case 'q':
		stars := 0
		for _, s := range pat.subs {
			if s.kind == '*' {
				stars++
			}
			p.checkPattern(s, names)
		}
		if stars > 1 {
			p.syntaxError(pat.pos, "multiple starred names in sequence pattern")
		}
	case 'm':
		seen := map[string]bool{}
		for _, k := range pat.keys {
			if c, ok := k.(*Constant); ok {
				key := constKey(c.Value)
				if seen[key] {
					p.syntaxError(pat.pos, "mapping pattern checks duplicate key ("+constRepr(c.Value)+")")
				}
				seen[key] = true
			}
		}
		for _, s := range pat.subs {
			p.checkPattern(s, names)
		}
		if pat.rest != "" {
			bind(pat.rest, pat.pos)
		}
	case 'k':
		for _, s := range pat.subs {
			p.checkPattern(s, names)
		}
		for _, s := range pat.kwPats {
			p.checkPattern(s, names)
		}
	case 'o':
		var first []string
		for i, alt := range pat.subs {
			var alts []string
			p.checkPattern(alt, &alts)
			if i < len(pat.subs)-1 {
				if irr := irrefutable(alt); irr != "" {
					p.syntaxError(alt.pos, irr+" makes remaining patterns unreachable")
				}
			}
			if i == 0 {
				first = alts
				continue
			}
			if !sameNames(first, alts) {
				p.syntaxError(alt.pos, "alternative patterns bind different names")
			}
		}
		for _, n := range first {
			bind(n, pat.pos)
		}
	}
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	set := map[string]bool{}
	for _, n := range a {
		set[n] = true
	}
	for _, n := range b {
		if !set[n] {
			return false
		}
	}
	return true
}

// irrefutable describes an always-matching pattern ("wildcard",
// "name capture 'x'"), or returns "".
func irrefutable(pat *pattern) string {
	switch pat.kind {
	case 'w':
		return "wildcard"
	case 'c':
		return "name capture '" + pat.name + "'"
	case 'a':
		return irrefutable(pat.subs[0])
	case 'o':
		for _, s := range pat.subs {
			if r := irrefutable(s); r != "" {
				return r
			}
		}
	}
	return ""
}

func constKey(v any) string {
	switch x := v.(type) {
	case string:
		return "s" + x
	case []byte:
		return "b" + string(x)
	case bool:
		if x {
			return "n1"
		}
		return "n0"
	case int64:
		return "n" + strconv.FormatInt(x, 10)
	case float64:
		if x == float64(int64(x)) {
			return "n" + strconv.FormatInt(int64(x), 10)
		}
		return "f" + strconv.FormatFloat(x, 'g', -1, 64)
	case nil:
		return "None"
	}
	return "?" + strconv.Itoa(len(strconv.Quote(constRepr(v))))
}

func constRepr(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "'") && !strings.Contains(x, "\"") {
			return "\"" + x + "\""
		}
		return "'" + x + "'"
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	}
	return "..."
}

// patternDesc builds the runtime description of pat.
func patternDesc(pat *pattern, idx map[string]int, sp Span) Expr {
	str := func(s string) Expr { return &Constant{Span: sp, Value: s} }
	num := func(n int) Expr { return &Constant{Span: sp, Value: int64(n)} }
	tuple := func(elts ...Expr) Expr { return &Tuple{Span: sp, Elts: elts, Ctx: Load} }
	list := func(ps []*pattern) Expr {
		elts := make([]Expr, len(ps))
		for i, s := range ps {
			elts[i] = patternDesc(s, idx, sp)
		}
		return tuple(elts...)
	}
	capIdx := func(n string) Expr {
		if n == "" {
			return num(-1)
		}
		return num(idx[n])
	}
	switch pat.kind {
	case 'w':
		return tuple(str("w"))
	case 'c':
		return tuple(str("c"), capIdx(pat.name))
	case 'v':
		return tuple(str("v"), pat.value)
	case 's':
		return tuple(str("s"), pat.value)
	case '*':
		return tuple(str("*"), capIdx(pat.name))
	case 'a':
		return tuple(str("a"), patternDesc(pat.subs[0], idx, sp), capIdx(pat.name))
	case 'q':
		return tuple(str("q"), list(pat.subs))
	case 'm':
		return tuple(str("m"), tuple(pat.keys...), list(pat.subs), capIdx(pat.rest))
	case 'k':
		kw := make([]Expr, len(pat.kwNames))
		for i, n := range pat.kwNames {
			kw[i] = str(n)
		}
		return tuple(str("k"), pat.value, list(pat.subs), tuple(kw...), list(pat.kwPats))
	case 'o':
		return tuple(str("o"), list(pat.subs))
	}
	return tuple(str("w"))
}
