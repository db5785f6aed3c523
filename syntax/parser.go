package syntax

import (
	"errors"
	"unicode/utf8"
)

// parser is a recursive-descent parser over the scanner's tokens with one
// token of lookahead (plus a second one where the grammar needs it).
type parser struct {
	sc     *scanner
	tok    token
	last   Pos // end of the token before tok
	peeked []token
	depth  int
	inFunc bool
	nstar  int // except* statements seen (names their hidden variables)
	// classBases is set while parsing a class's bases, where a bare
	// generator expression is not allowed
	classBases bool
}

// errBail unwinds the parser after the first error (recorded in sc.err).
var errBail = errors.New("syntax error")

// maxDepth bounds the nesting of expressions and statements so that no
// input can overflow the Go stack.
const maxDepth = 200

// Parse parses src. For ModeExec and ModeSingle it returns a *Module;
// for ModeEval the expression. Errors are *Error.
func Parse(filename string, src []byte, mode Mode) (mod *Module, expr Expr, err error) {
	p := &parser{sc: newScanner(filename, src, mode)}
	defer func() {
		if r := recover(); r != nil {
			if r != errBail {
				panic(r)
			}
			mod, expr, err = nil, nil, p.sc.err
			if e := p.sc.unclosedBracket(); e != nil && p.sc.err.Msg == "invalid syntax" {
				// As CPython: a bracket left open to the end of the
				// input explains a syntax error better.
				err = e
			}
		}
	}()
	p.advance()
	switch mode {
	case ModeEval:
		for p.tok.kind == tNewline {
			p.advance()
		}
		e := p.testlistStarExpr()
		for p.tok.kind == tNewline {
			p.advance()
		}
		if p.tok.kind != tEOF {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
		return nil, e, nil
	case ModeSingle:
		m := &Module{}
		for p.tok.kind == tNewline {
			p.advance()
		}
		if p.tok.kind != tEOF {
			m.Body = p.statement()
		}
		for p.tok.kind == tNewline {
			p.advance()
		}
		if p.tok.kind != tEOF {
			p.syntaxError(p.tok.pos, "multiple statements found while compiling a single statement")
		}
		return m, nil, nil
	}
	m := &Module{}
	for p.tok.kind != tEOF {
		if p.tok.kind == tNewline {
			p.advance()
			continue
		}
		if p.tok.kind == tIndent {
			p.sc.unexpectedIndent(p.tok.pos)
			panic(errBail)
		}
		m.Body = append(m.Body, p.statement()...)
	}
	return m, nil, nil
}

// ParseFile parses a module.
func ParseFile(filename string, src []byte) (*Module, error) {
	m, _, err := Parse(filename, src, ModeExec)
	return m, err
}

// ParseExpr parses an expression (eval mode).
func ParseExpr(filename string, src []byte) (Expr, error) {
	_, e, err := Parse(filename, src, ModeEval)
	return e, err
}

func (p *parser) advance() {
	p.last = p.tok.end
	if len(p.peeked) > 0 {
		p.tok = p.peeked[0]
		p.peeked = p.peeked[1:]
	} else {
		p.tok = p.sc.next()
	}
	if p.sc.err != nil && p.tok.kind == tEOF {
		panic(errBail)
	}
}

func (p *parser) peek() token {
	if len(p.peeked) == 0 {
		p.peeked = append(p.peeked, p.sc.next())
	}
	return p.peeked[0]
}

func (p *parser) syntaxError(pos Pos, msg string) {
	if p.sc.err == nil {
		p.sc.errorAt("SyntaxError", pos, msg)
		if t := p.tok; pos == t.pos && t.end.Line == t.pos.Line && t.end.Col > t.pos.Col && (t.kind == tOp || t.kind == tName || t.kind == tNumber || t.kind == tString) {
			// CPython underlines the whole offending token
			text := p.sc.err.Text
			p.sc.err.EndCol = utf8.RuneCountInString(text[:min(int(t.end.Col), len(text))]) + 1
		} else if pos == t.pos && (t.kind == tNewline || t.kind == tEOF) {
			p.sc.err.EndCol = p.sc.err.Col // an empty range at the end of the line
		}
		if p.tok.kind == tEOF && msg == "invalid syntax" {
			p.sc.err.Msg = "unexpected EOF while parsing"
			p.sc.err.Incomplete = true
		}
	}
	panic(errBail)
}

// syntaxErrorSpan reports an error on the source range [pos, end) (CPython
// underlines it when it is on one line).
func (p *parser) syntaxErrorSpan(pos, end Pos, msg string) {
	if p.sc.err == nil {
		p.sc.errorAt("SyntaxError", pos, msg)
		if end.Line == pos.Line && end.Col > pos.Col {
			text := p.sc.lineText(pos.Line)
			p.sc.err.EndCol = utf8.RuneCountInString(text[:min(int(end.Col), len(text))]) + 1
		}
	}
	panic(errBail)
}

func (p *parser) isOp(v string) bool { return p.tok.kind == tOp && p.tok.val == v }

func (p *parser) isKw(v string) bool { return p.tok.kind == tName && p.tok.val == v }

func (p *parser) expectOp(v string) token {
	if !p.isOp(v) {
		if v == ":" {
			p.syntaxError(p.tok.pos, "expected ':'")
		}
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
	t := p.tok
	p.advance()
	return t
}

func (p *parser) expectKw(v string) {
	if !p.isKw(v) {
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
	p.advance()
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.sc.errorAt("SyntaxError", p.tok.pos, "too many nested parentheses")
		panic(errBail)
	}
}

func (p *parser) leave() { p.depth-- }

// keywords that cannot be names.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

func (p *parser) name() string {
	if p.tok.kind != tName || keywords[p.tok.val] {
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
	n := p.tok.val
	p.advance()
	return n
}

func span(start Pos, end Pos) Span { return Span{Pos: start, EndPos: end} }

// prevEnd is the end of the last token consumed: where the node being
// parsed ends.
func (p *parser) prevEnd() Pos { return p.last }
