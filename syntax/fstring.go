package syntax

import "strings"

// fstring splits the body of an f-string literal into constant parts and
// formatted values. Expressions are parsed by a sub-parser.
func (p *parser) fstring(sl strLit, t token) []Expr {
	body := sl.body
	// The column of body[0] in the source, when the literal is on one
	// line, so that expressions get their real columns (as in CPython,
	// tracebacks underline them); -1 otherwise.
	bodyCol := -1
	if t.pos.Line == t.end.Line {
		q := strings.IndexAny(t.val, "'\"")
		n := 1
		if strings.HasPrefix(t.val[q:], t.val[q:q+1]+t.val[q:q+1]+t.val[q:q+1]) && len(t.val)-q >= 6 {
			n = 3
		}
		bodyCol = int(t.pos.Col) + q + n
	}
	var parts []Expr
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			s := lit.String()
			if !sl.raw {
				var msg string
				s, msg = unescape(s, false)
				if msg != "" {
					p.syntaxError(t.pos, msg)
				}
			}
			parts = append(parts, &Constant{Span: span(t.pos, t.end), Value: s})
			lit.Reset()
		}
	}
	i := 0
	for i < len(body) {
		c := body[i]
		if c == '{' {
			if i+1 < len(body) && body[i+1] == '{' {
				lit.WriteByte('{')
				i += 2
				continue
			}
			flush()
			col := -1
			if bodyCol >= 0 {
				col = bodyCol + i + 1
			}
			fv, n := p.fstringField(body[i+1:], t, sl.raw, 0, col)
			parts = append(parts, fv...)
			i += 1 + n
			continue
		}
		if c == '}' {
			if i+1 < len(body) && body[i+1] == '}' {
				lit.WriteByte('}')
				i += 2
				continue
			}
			p.syntaxError(t.pos, "f-string: single '}' is not allowed")
		}
		if c == '\\' && i+1 < len(body) {
			lit.WriteByte(c)
			lit.WriteByte(body[i+1])
			i += 2
			continue
		}
		lit.WriteByte(c)
		i++
	}
	flush()
	return parts
}

// fstringField parses one replacement field (after '{'). It returns the
// parts (a "x=" constant for self-documenting fields, then the
// FormattedValue) and the number of bytes consumed including '}'.
// col is the source column of s[0], or -1 when unknown.
func (p *parser) fstringField(s string, t token, raw bool, nest int, col int) ([]Expr, int) {
	if nest > 2 {
		p.syntaxError(t.pos, "f-string: expressions nested too deeply")
	}
	// Find the end of the expression: a top-level '!', ':', '=' (not part
	// of ==, !=, <=, >=) or '}'.
	depth := 0
	i := 0
	var quote byte
	for i < len(s) {
		c := s[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			i++
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '\\':
			p.syntaxError(t.pos, "f-string expression part cannot include a backslash")
		case '#':
			p.syntaxError(t.pos, "f-string expression part cannot include '#'")
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth == 0 {
				goto done
			}
			depth--
		case '!':
			if depth == 0 && !(i+1 < len(s) && s[i+1] == '=') {
				goto done
			}
		case ':':
			if depth == 0 {
				goto done
			}
		case '=':
			if depth == 0 && !(i+1 < len(s) && s[i+1] == '=') && !(i > 0 && strings.ContainsRune("=!<>", rune(s[i-1]))) {
				goto done
			}
		}
		i++
	}
done:
	if i >= len(s) {
		p.syntaxError(t.pos, "f-string: expecting '}'")
	}
	exprText := s[:i]
	if strings.TrimSpace(exprText) == "" {
		p.syntaxError(t.pos, "f-string: empty expression not allowed")
	}
	expr := p.subExpr(exprText, t, col)
	var parts []Expr
	conv := -1
	selfDoc := false
	if s[i] == '=' {
		selfDoc = true
		parts = append(parts, &Constant{Span: span(t.pos, t.end), Value: exprText + "="})
		i++
		// keep whitespace after '=' in the text
		for i < len(s) && s[i] == ' ' {
			parts[0].(*Constant).Value = parts[0].(*Constant).Value.(string) + " "
			i++
		}
	}
	if i < len(s) && s[i] == '!' {
		if i+1 >= len(s) {
			p.syntaxError(t.pos, "f-string: expecting '}'")
		}
		switch s[i+1] {
		case 's', 'r', 'a':
			conv = int(s[i+1])
		default:
			p.syntaxError(t.pos, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		i += 2
	}
	var spec Expr
	if i < len(s) && s[i] == ':' {
		i++
		// the spec runs to the matching '}', and may contain fields
		var specParts []Expr
		var lit strings.Builder
		for i < len(s) && s[i] != '}' {
			if s[i] == '{' {
				if lit.Len() > 0 {
					specParts = append(specParts, &Constant{Span: span(t.pos, t.end), Value: lit.String()})
					lit.Reset()
				}
				sub, n := p.fstringField(s[i+1:], t, raw, nest+1, -1)
				specParts = append(specParts, sub...)
				i += 1 + n
				continue
			}
			lit.WriteByte(s[i])
			i++
		}
		if lit.Len() > 0 {
			specParts = append(specParts, &Constant{Span: span(t.pos, t.end), Value: lit.String()})
		}
		spec = &JoinedStr{Span: span(t.pos, t.end), Values: specParts}
	}
	if i >= len(s) || s[i] != '}' {
		p.syntaxError(t.pos, "f-string: expecting '}'")
	}
	if selfDoc && conv == -1 && spec == nil {
		conv = 'r'
	}
	parts = append(parts, &FormattedValue{Span: span(t.pos, t.end), Value: expr, Conversion: conv, FormatSpec: spec})
	return parts, i + 1
}

// subExpr parses the expression of an f-string field.
func (p *parser) subExpr(text string, t token, col int) Expr {
	sub := &parser{sc: newScanner(p.sc.filename, []byte("("+text+")"), ModeEval), depth: p.depth + 1, inFunc: p.inFunc}
	sub.sc.line = t.pos.Line
	if col >= 0 {
		sub.sc.lineOff = 1 - col // text[0], after the added "(", is at col
	}
	var e Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if r != errBail {
					panic(r)
				}
				err := sub.sc.err
				err.Msg = "f-string: " + err.Msg
				err.Line = int(t.pos.Line)
				err.Text = p.sc.lineText(t.pos.Line)
				p.sc.err = err
				panic(errBail)
			}
		}()
		sub.advance()
		e = sub.testlistStarExpr()
		if sub.tok.kind != tNewline && sub.tok.kind != tEOF {
			sub.syntaxError(sub.tok.pos, "invalid syntax")
		}
	}()
	return e
}
