package engine

import (
	"strconv"
)

// TemplateItem is a piece of a replacement template: literal text (in
// the subject's encoding) or, when Group >= 0, the text of a group.
type TemplateItem struct {
	Lit   string
	Group int
}

// ParseTemplate parses a replacement template (re.sub's repl, Match.expand)
// for a pattern with the given groups and names. Positions in errors are
// in characters of the template.
func ParseTemplate(tmpl string, isBytes bool, groups int, names map[string]int) ([]TemplateItem, *Error) {
	var src []rune
	if isBytes {
		src = make([]rune, len(tmpl))
		for i := 0; i < len(tmpl); i++ {
			src[i] = rune(tmpl[i])
		}
	} else {
		for i := 0; i < len(tmpl); {
			r, n := decodeRune(tmpl, i)
			src = append(src, r)
			i += n
		}
	}
	p := &parser{src: src, isBytes: isBytes}
	var items []TemplateItem
	var lit []byte
	appendLit := func(r rune) {
		if isBytes {
			lit = append(lit, byte(r))
		} else {
			lit = appendRune(lit, r)
		}
	}
	addGroup := func(index, pos int) *Error {
		if index > groups {
			return p.errAt(pos, "invalid group reference %d", index)
		}
		if len(lit) > 0 {
			items = append(items, TemplateItem{Lit: string(lit), Group: -1})
			lit = lit[:0]
		}
		items = append(items, TemplateItem{Group: index})
		return nil
	}
	for p.i < len(p.src) {
		start := p.i
		tok, _, err := p.get()
		if err != nil {
			return nil, err
		}
		rs := []rune(tok)
		if rs[0] != '\\' || len(rs) == 1 {
			appendLit(rs[0])
			continue
		}
		c := rs[1]
		switch {
		case c == 'g':
			if !p.match('<') {
				return nil, p.errAt(p.i, "missing <")
			}
			name, err := p.getUntil('>', "group name")
			if err != nil {
				return nil, err
			}
			namePos := p.i - len(name) - 1
			var index int
			if isIdentifier(name) {
				g, ok := names[string(name)]
				if !ok {
					return nil, &Error{Kind: KindIndexError, Msg: "unknown group name " + pyRepr(name), Pos: -1}
				}
				index = g
			} else {
				v, ok := parseGroupNumber(name)
				if !ok {
					return nil, p.errAt(namePos, "bad character in group name %s", pyRepr(name))
				}
				if v >= maxGroups {
					return nil, p.errAt(namePos, "invalid group reference %d", v)
				}
				index = v
			}
			if err := addGroup(index, namePos); err != nil {
				return nil, err
			}
		case c == '0':
			ds := p.getWhile(2, isOctDigit)
			v, _ := strconv.ParseInt("0"+string(ds), 8, 32)
			appendLit(rune(v))
		case isDigit(c):
			esc := []rune{c}
			if r := p.nextRune(); r >= 0 && isDigit(r) {
				p.i++
				esc = append(esc, r)
				if isOctDigit(esc[0]) && isOctDigit(esc[1]) {
					if r := p.nextRune(); r >= 0 && isOctDigit(r) {
						p.i++
						esc = append(esc, r)
						v, _ := strconv.ParseInt(string(esc), 8, 32)
						if v > 0o377 {
							return nil, p.errAt(start, "octal escape value \\%s outside of range 0-0o377", string(esc))
						}
						appendLit(rune(v))
						continue
					}
				}
			}
			g, _ := strconv.Atoi(string(esc))
			if err := addGroup(g, start+1); err != nil {
				return nil, err
			}
		default:
			if r, ok := simpleEscapes[c]; ok {
				appendLit(r)
			} else if c == 'b' {
				appendLit('\b')
			} else if isASCIILetter(c) {
				return nil, p.errAt(start, "bad escape %s", tok)
			} else {
				appendLit('\\')
				appendLit(c)
			}
		}
	}
	if len(lit) > 0 {
		items = append(items, TemplateItem{Lit: string(lit), Group: -1})
	}
	return items, nil
}
