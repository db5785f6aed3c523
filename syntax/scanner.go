package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tEOF tokKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString
	tOp
)

// token is one lexical token. For tString, val is the raw literal
// including prefix and quotes.
type token struct {
	kind tokKind
	val  string
	pos  Pos
	end  Pos
}

// scanner turns source text into tokens, tracking indentation and
// implicit line joining inside brackets.
type scanner struct {
	src      string
	filename string
	i        int // byte offset
	line     int32
	lineOff  int // byte offset of the current line start
	indents  []int
	parens   []byte // open brackets, for error messages
	parenPos []Pos
	atBOL    bool
	pending  []token // queued INDENT/DEDENT tokens
	err      *Error
	mode     Mode
	lines    []string
	// midLine is true after a token of a logical line, so that the end
	// of input closes the line with a NEWLINE first.
	midLine bool
	// textless makes the next error carry no Text, as the errors CPython
	// reports from its compiler rather than its parser.
	textless bool
}

func newScanner(filename string, src []byte, mode Mode) *scanner {
	s := string(src)
	s = strings.TrimPrefix(s, "\ufeff")
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return &scanner{src: s, filename: filename, line: 1, indents: []int{0}, atBOL: true, mode: mode}
}

func (s *scanner) col() int32 { return int32(s.i - s.lineOff) }

func (s *scanner) pos() Pos { return Pos{Line: s.line, Col: s.col()} }

// lineText returns the text of source line n (1-based).
func (s *scanner) lineText(n int32) string {
	if s.lines == nil {
		s.lines = strings.Split(s.src, "\n")
	}
	if n < 1 || int(n) > len(s.lines) {
		return ""
	}
	return s.lines[n-1]
}

// errorf records a syntax error at p (the first error wins).
func (s *scanner) errorAt(kind string, p Pos, msg string) {
	if s.err != nil {
		return
	}
	text := s.lineText(p.Line)
	col := utf8.RuneCountInString(text[:min(int(p.Col), len(text))]) + 1
	s.err = &Error{Kind: kind, Filename: s.filename, Line: int(p.Line), Col: col, EndCol: col + 1, Msg: msg, Text: text + "\n"}
	if s.textless {
		s.err.Text = ""
	}
}

// unexpectedIndent reports an indented line where none may start. As in
// CPython, the column is the indentation's last character and the range
// is empty (no caret is shown).
func (s *scanner) unexpectedIndent(p Pos) {
	s.errorAt("IndentationError", p, "unexpected indent")
	if s.err.Msg == "unexpected indent" && s.err.Col > 1 {
		s.err.Col--
		s.err.EndCol = -1
	}
}

// unclosedBracket reads the rest of the input after an error and returns
// the "was never closed" error if a bracket stays open to its end.
func (s *scanner) unclosedBracket() *Error {
	saved := s.err
	defer func() { s.err = saved }()
	s.err = nil
	for n := 0; n <= len(s.src)+1; n++ {
		if s.next().kind == tEOF || s.err != nil {
			break
		}
	}
	if s.err != nil && strings.HasSuffix(s.err.Msg, "was never closed") && saved != nil && saved.Line > s.err.Line {
		// reported in place of a later error, CPython gives the
		// line without its newline
		s.err.Text = strings.TrimSuffix(s.err.Text, "\n")
		return s.err
	}
	return nil
}

func (s *scanner) newline() {
	s.line++
	s.lineOff = s.i
}

// next returns the next token.
func (s *scanner) next() token {
	t := s.next1()
	switch t.kind {
	case tNewline, tIndent, tDedent, tEOF:
		s.midLine = false
	default:
		s.midLine = true
	}
	return t
}

func (s *scanner) next1() token {
	if len(s.pending) > 0 {
		t := s.pending[0]
		s.pending = s.pending[1:]
		return t
	}
	if s.err != nil {
		return token{kind: tEOF, pos: s.pos()}
	}
	if s.atBOL && len(s.parens) == 0 {
		s.atBOL = false
		if t, ok := s.indentation(); ok {
			return t
		}
		if len(s.pending) > 0 {
			t := s.pending[0]
			s.pending = s.pending[1:]
			return t
		}
	}
	// skip whitespace, comments and (inside brackets) newlines
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			s.i++
		case c == '#':
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
		case c == '\\':
			if s.i+1 < len(s.src) && s.src[s.i+1] == '\n' {
				s.i += 2
				s.newline()
				continue
			}
			if s.i+1 >= len(s.src) {
				s.errorAt("SyntaxError", s.pos(), "unexpected EOF while parsing")
				s.err.Incomplete = true
				return token{kind: tEOF, pos: s.pos()}
			}
			s.errorAt("SyntaxError", s.pos(), "unexpected character after line continuation character")
			return token{kind: tEOF, pos: s.pos()}
		case c == '\n':
			if len(s.parens) > 0 {
				s.i++
				s.newline()
				continue
			}
			p := s.pos()
			s.i++
			s.newline()
			s.atBOL = true
			return token{kind: tNewline, val: "\n", pos: p, end: p}
		default:
			return s.token()
		}
	}
	// end of input: close the last line and the open blocks
	p := s.pos()
	if len(s.parens) > 0 {
		s.errorAt("SyntaxError", s.parenPos[len(s.parenPos)-1], "'"+string(s.parens[len(s.parens)-1])+"' was never closed")
		s.err.Incomplete = true
		if strings.HasSuffix(s.err.Msg, "was never closed") {
			s.err.EndCol = 0 // CPython gives this one no end
		}
		return token{kind: tEOF, pos: p}
	}
	if s.midLine {
		return token{kind: tNewline, pos: p, end: p}
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.pending = append(s.pending, token{kind: tDedent, pos: p, end: p})
	}
	s.pending = append(s.pending, token{kind: tEOF, pos: p, end: p})
	t := s.pending[0]
	s.pending = s.pending[1:]
	return t
}

// indentation measures a new logical line's indentation and queues
// INDENT/DEDENT tokens. Blank and comment-only lines are skipped.
func (s *scanner) indentation() (token, bool) {
	for {
		width := 0
		for s.i < len(s.src) {
			c := s.src[s.i]
			if c == ' ' {
				width++
			} else if c == '\t' {
				width = (width/8 + 1) * 8
			} else if c == '\f' {
				width = 0
			} else {
				break
			}
			s.i++
		}
		if s.i >= len(s.src) {
			return token{}, false
		}
		c := s.src[s.i]
		if c == '#' || c == '\n' || (c == '\\' && s.i+1 < len(s.src) && s.src[s.i+1] == '\n') {
			if c == '\\' {
				return token{}, false
			}
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
			if s.i < len(s.src) {
				s.i++
				s.newline()
			}
			if s.mode == ModeSingle && s.i >= len(s.src) {
				return token{}, false
			}
			continue
		}
		p := s.pos()
		cur := s.indents[len(s.indents)-1]
		if width > cur {
			s.indents = append(s.indents, width)
			return token{kind: tIndent, pos: p, end: p}, true
		}
		for width < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.pending = append(s.pending, token{kind: tDedent, pos: p, end: p})
		}
		if width != s.indents[len(s.indents)-1] {
			s.errorAt("IndentationError", p, "unindent does not match any outer indentation level")
			return token{kind: tEOF, pos: p}, true
		}
		return token{}, false
	}
}

func isIdentStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || r >= 0x80 && unicode.In(r, unicode.Other_ID_Start)
}

func isIdentChar(r rune) bool {
	return isIdentStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// three- and two-character operators, longest first.
var ops3 = []string{"**=", "//=", ">>=", "<<=", "...", "!="}
var ops2 = []string{"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="}

func (s *scanner) token() token {
	p := s.pos()
	c := s.src[s.i]
	// identifiers and string prefixes
	r, size := utf8.DecodeRuneInString(s.src[s.i:])
	if isIdentStart(r) {
		j := s.i + size
		for j < len(s.src) {
			r2, sz := utf8.DecodeRuneInString(s.src[j:])
			if !isIdentChar(r2) {
				break
			}
			j += sz
		}
		word := s.src[s.i:j]
		if j < len(s.src) && (s.src[j] == '"' || s.src[j] == '\'') && isStringPrefix(word) {
			return s.stringToken(p, s.i, j)
		}
		s.i = j
		return token{kind: tName, val: word, pos: p, end: s.pos()}
	}
	if c == '"' || c == '\'' {
		return s.stringToken(p, s.i, s.i)
	}
	if c >= '0' && c <= '9' || c == '.' && s.i+1 < len(s.src) && s.src[s.i+1] >= '0' && s.src[s.i+1] <= '9' {
		return s.number(p)
	}
	for _, op := range ops3 {
		if strings.HasPrefix(s.src[s.i:], op) {
			s.i += len(op)
			return token{kind: tOp, val: op, pos: p, end: s.pos()}
		}
	}
	for _, op := range ops2 {
		if strings.HasPrefix(s.src[s.i:], op) {
			s.i += len(op)
			return token{kind: tOp, val: op, pos: p, end: s.pos()}
		}
	}
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= 200 {
			s.errorAt("SyntaxError", p, "too many nested parentheses")
			return token{kind: tEOF, pos: p}
		}
		s.parens = append(s.parens, c)
		s.parenPos = append(s.parenPos, p)
		s.i++
		return token{kind: tOp, val: string(c), pos: p, end: s.pos()}
	case ')', ']', '}':
		open := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
		if len(s.parens) == 0 {
			s.errorAt("SyntaxError", p, "unmatched '"+string(c)+"'")
			return token{kind: tEOF, pos: p}
		}
		if top := s.parens[len(s.parens)-1]; top != open {
			pp := s.parenPos[len(s.parenPos)-1]
			msg := "closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(top) + "'"
			if pp.Line != p.Line {
				msg += " on line " + itoa(int(pp.Line))
			}
			s.errorAt("SyntaxError", p, msg)
			return token{kind: tEOF, pos: p}
		}
		s.parens = s.parens[:len(s.parens)-1]
		s.parenPos = s.parenPos[:len(s.parenPos)-1]
		s.i++
		return token{kind: tOp, val: string(c), pos: p, end: s.pos()}
	case '+', '-', '*', '/', '%', '&', '|', '^', '~', '<', '>', '=', '.', ',', ':', ';', '@':
		s.i++
		return token{kind: tOp, val: string(c), pos: p, end: s.pos()}
	}
	if c == '!' || c == '$' || c == '?' || c == '`' {
		// printable ASCII that is no token: CPython's tokenizer passes it
		// on and the parser reports plain invalid syntax
		s.errorAt("SyntaxError", p, "invalid syntax")
		return token{kind: tEOF, pos: p}
	}
	if r == utf8.RuneError && size == 1 {
		s.errorAt("SyntaxError", p, "invalid non-printable character U+FFFD")
	} else if unicode.IsPrint(r) {
		s.errorAt("SyntaxError", p, "invalid character '"+string(r)+"' (U+"+hex4(r)+")")
	} else {
		s.errorAt("SyntaxError", p, "invalid non-printable character U+"+hex4(r))
	}
	return token{kind: tEOF, pos: p}
}

func hex4(r rune) string {
	const d = "0123456789ABCDEF"
	b := []byte{}
	for i := 12; i >= 0; i -= 4 {
		b = append(b, d[(r>>uint(i))&15])
	}
	if r > 0xffff {
		return strings.ToUpper(strings.TrimLeft(itoaHex(int(r)), "0"))
	}
	return string(b)
}

func itoaHex(n int) string {
	const d = "0123456789ABCDEF"
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{d[n&15]}, b...)
		n >>= 4
	}
	return string(b)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func isStringPrefix(w string) bool {
	if len(w) > 2 {
		return false
	}
	l := strings.ToLower(w)
	switch l {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// stringToken scans a string literal whose prefix starts at start and
// whose quote is at q.
func (s *scanner) stringToken(p Pos, start, q int) token {
	quote := s.src[q]
	triple := strings.HasPrefix(s.src[q:], strings.Repeat(string(quote), 3))
	j := q + 1
	if triple {
		j = q + 3
	}
	startLine := s.line
	for {
		if j >= len(s.src) {
			s.i = j
			if triple {
				s.errorAt("SyntaxError", p, "unterminated triple-quoted string literal (detected at line "+itoa(int(s.line))+")")
				s.err.Incomplete = true
			} else {
				s.errorAt("SyntaxError", p, "unterminated string literal (detected at line "+itoa(int(startLine))+")")
			}
			return token{kind: tEOF, pos: p}
		}
		c := s.src[j]
		if c == '\\' {
			if j+1 < len(s.src) && s.src[j+1] == '\n' {
				j += 2
				s.i = j
				s.newline()
				continue
			}
			j += 2
			continue
		}
		if c == '\n' {
			if !triple {
				s.errorAt("SyntaxError", p, "unterminated string literal (detected at line "+itoa(int(s.line))+")")
				return token{kind: tEOF, pos: p}
			}
			j++
			s.i = j
			s.newline()
			continue
		}
		if c == quote {
			if !triple {
				j++
				break
			}
			if strings.HasPrefix(s.src[j:], strings.Repeat(string(quote), 3)) {
				j += 3
				break
			}
		}
		j++
	}
	s.i = j
	return token{kind: tString, val: s.src[start:j], pos: p, end: s.pos()}
}

func (s *scanner) number(p Pos) token {
	start := s.i
	j := s.i
	src := s.src
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	if src[j] == '0' && j+1 < len(src) && strings.ContainsRune("xXoObB", rune(src[j+1])) {
		j += 2
		for j < len(src) && (isHex(src[j]) || src[j] == '_') {
			j++
		}
	} else {
		for j < len(src) && (isDigit(src[j]) || src[j] == '_') {
			j++
		}
		if j < len(src) && src[j] == '.' {
			j++
			for j < len(src) && (isDigit(src[j]) || src[j] == '_') {
				j++
			}
		}
		if j < len(src) && (src[j] == 'e' || src[j] == 'E') {
			k := j + 1
			if k < len(src) && (src[k] == '+' || src[k] == '-') {
				k++
			}
			if k < len(src) && isDigit(src[k]) {
				j = k
				for j < len(src) && (isDigit(src[j]) || src[j] == '_') {
					j++
				}
			}
		}
		if j < len(src) && (src[j] == 'j' || src[j] == 'J') {
			j++
		}
	}
	// A number followed directly by a letter is an invalid literal.
	if j < len(src) {
		r, _ := utf8.DecodeRuneInString(src[j:])
		if isIdentStart(r) && !keywordAfterNumber(src[j:]) {
			s.i = j
			s.errorAt("SyntaxError", p, "invalid decimal literal")
			return token{kind: tEOF, pos: p}
		}
	}
	s.i = j
	return token{kind: tNumber, val: src[start:j], pos: p, end: s.pos()}
}

// keywordAfterNumber reports whether s starts with a keyword that may
// follow a number without a space (1if x else 2).
func keywordAfterNumber(s string) bool {
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(s, kw) {
			return true
		}
	}
	return false
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
