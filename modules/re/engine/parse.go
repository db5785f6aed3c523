package engine

import (
	"fmt"
	"strconv"
	"strings"
)

// Flag values are CPython's.
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256

	typeFlags   = FlagASCII | FlagLocale | FlagUnicode
	globalFlags = FlagDebug | FlagTemplate
)

// MaxRepeat is the largest repeat count ({m,n} bounds must be below it);
// it also stands for "no upper bound".
const MaxRepeat = 1<<32 - 1

// maxGroups bounds the number of capturing groups.
const maxGroups = MaxRepeat / 2

// ErrorKind says which Python exception an Error becomes.
type ErrorKind int

const (
	KindError      ErrorKind = iota // re.error
	KindOverflow                    // OverflowError
	KindValueError                  // ValueError
	KindIndexError                  // IndexError
	KindRecursion                   // RecursionError
)

// Error is a bad pattern or template. Pos is the position in the pattern
// (code points for str patterns), or -1 when the error has none.
type Error struct {
	Kind ErrorKind
	Msg  string
	Pos  int
}

func (e *Error) Error() string {
	if e.Pos >= 0 {
		return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
	}
	return e.Msg
}

type nodeKind uint8

const (
	ndLit    nodeKind = iota // c
	ndNotLit                 // any character but c
	ndAny                    // '.'
	ndSet                    // set
	ndAt                     // zero-width assertion n
	ndGroup                  // capturing group n, body
	ndAlt                    // alts
	ndRepeat                 // min, max, mode, body
	ndRef                    // backreference to group n
	ndCond                   // (?(n)body|alts[0]); alts == nil without a no-branch
	ndLook                   // lookaround: neg, behind, body
	ndAtomic                 // (?>body)
	ndScoped                 // (?flags:body): flags only matter to the leaves
)

// At codes.
const (
	atBeginning       = iota // ^
	atBeginningLine          // ^ with MULTILINE
	atBeginningString        // \A
	atEnd                    // $
	atEndLine                // $ with MULTILINE
	atEndString              // \Z
	atBoundary               // \b
	atNonBoundary            // \B
)

// Repeat modes.
const (
	greedy = iota
	lazy
	possessive
)

// node is an element of the parsed pattern. Sequences are []*node.
type node struct {
	kind   nodeKind
	flags  int // flags in effect
	c      rune
	n      int
	min    int
	max    int
	mode   uint8
	neg    bool
	behind bool
	set    *setItems
	body   []*node
	alts   [][]*node
}

// setItems is a parsed character class.
type setItems struct {
	neg    bool
	ranges []runeRange // literals are one-character ranges
	cats   []int       // categories
	sig    string      // the items in order, for equality
}

type runeRange struct{ lo, hi rune }

// Categories.
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

type parser struct {
	src     []rune
	i       int
	isBytes bool
	flags   int // global flags

	groups      int // next group number
	groupWidths [][2]int
	groupClosed []bool
	names       map[string]int
	nameOrder   []string
	lookbehind  int // groups at the start of the current lookbehind, -1 outside
	condRefs    map[int]int
	nesting     int
}

func (p *parser) errAt(pos int, format string, args ...any) *Error {
	return &Error{Kind: KindError, Msg: fmt.Sprintf(format, args...), Pos: pos}
}

// tokens: a token is one character, or a backslash and the next one.

// peek returns the next token without consuming it ("" at the end).
func (p *parser) peek() (string, bool) {
	if p.i >= len(p.src) {
		return "", false
	}
	if p.src[p.i] == '\\' {
		if p.i+1 >= len(p.src) {
			return "\\", true
		}
		return string(p.src[p.i : p.i+2]), true
	}
	return string(p.src[p.i]), true
}

// tokLen returns the length in characters of the next token.
func (p *parser) tokLen() int {
	if p.i >= len(p.src) {
		return 0
	}
	if p.src[p.i] == '\\' && p.i+1 < len(p.src) {
		return 2
	}
	return 1
}

// get consumes and returns the next token.
func (p *parser) get() (string, bool, *Error) {
	if p.i >= len(p.src) {
		return "", false, nil
	}
	if p.src[p.i] == '\\' {
		if p.i+1 >= len(p.src) {
			return "", false, p.errAt(len(p.src)-1, "bad escape (end of pattern)")
		}
		t := string(p.src[p.i : p.i+2])
		p.i += 2
		return t, true, nil
	}
	t := string(p.src[p.i])
	p.i++
	return t, true, nil
}

// nextIs reports whether the next token is the single character c.
func (p *parser) nextIs(c rune) bool {
	return p.i < len(p.src) && p.src[p.i] == c && c != '\\'
}

// match consumes the next token if it is the single character c.
func (p *parser) match(c rune) bool {
	if p.nextIs(c) {
		p.i++
		return true
	}
	return false
}

// nextRune returns the next character if the next token is a single
// character (not an escape), else -1.
func (p *parser) nextRune() rune {
	if p.i >= len(p.src) || p.src[p.i] == '\\' {
		return -1
	}
	return p.src[p.i]
}

// getUntil reads a name up to terminator (as CPython's tokenizer does).
func (p *parser) getUntil(term rune, what string) ([]rune, *Error) {
	var out []rune
	for {
		t, ok := p.peek()
		if !ok {
			if len(out) == 0 {
				return nil, p.errAt(p.i, "missing %s", what)
			}
			return nil, p.errAt(p.i-len(out), "missing %c, unterminated name", term)
		}
		if _, _, err := p.get(); err != nil {
			return nil, err
		}
		if t == string(term) {
			if len(out) == 0 {
				return nil, p.errAt(p.i-1, "missing %s", what)
			}
			return out, nil
		}
		out = append(out, []rune(t)...)
	}
}

func isDigit(r rune) bool    { return r >= '0' && r <= '9' }
func isOctDigit(r rune) bool { return r >= '0' && r <= '7' }
func isHexDigit(r rune) bool {
	return isDigit(r) || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}
func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// getWhile consumes up to n single characters satisfying f.
func (p *parser) getWhile(n int, f func(rune) bool) []rune {
	start := p.i
	for p.i < len(p.src) && p.i-start < n && p.src[p.i] != '\\' && f(p.src[p.i]) {
		p.i++
	}
	return p.src[start:p.i]
}

// pyRepr quotes a name as Python's repr of a str does (enough for error
// messages about group names).
func pyRepr(rs []rune) string {
	s := string(rs)
	q := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteRune(q)
	for _, r := range rs {
		switch {
		case r == q || r == '\\':
			b.WriteRune('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0xd800 && r <= 0xdfff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteRune(q)
	return b.String()
}

var simpleEscapes = map[rune]rune{'a': 7, 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}

// parsed is the result of parsing a pattern.
type parsed struct {
	seq       []*node
	flags     int
	groups    int // number of capturing groups
	names     map[string]int
	nameOrder []string
}

func parse(src []rune, isBytes bool, flags int) (*parsed, *Error) {
	p := &parser{src: src, isBytes: isBytes, flags: flags, groups: 1, names: map[string]int{}, lookbehind: -1, condRefs: map[int]int{}}
	p.groupWidths = [][2]int{{0, 0}}
	p.groupClosed = []bool{true}
	seq, err := p.parseSub(flags&FlagVerbose != 0, 0, flags)
	if err != nil {
		return nil, err
	}
	fl, ferr := fixFlags(isBytes, p.flags)
	if ferr != nil {
		return nil, ferr
	}
	if p.i < len(p.src) {
		return nil, p.errAt(p.i, "unbalanced parenthesis")
	}
	// Conditional references to groups defined later are checked at the end.
	refs := make([]int, 0, len(p.condRefs))
	for g := range p.condRefs {
		refs = append(refs, g)
	}
	for _, g := range sortInts(refs) {
		if g >= p.groups {
			return nil, p.errAt(p.condRefs[g], "invalid group reference %d", g)
		}
	}
	// Leaves take the final type flags (UNICODE is implied for str).
	applyTypeFlags(seq, fl&typeFlags)
	return &parsed{seq: seq, flags: fl, groups: p.groups - 1, names: p.names, nameOrder: p.nameOrder}, nil
}

func sortInts(a []int) []int {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
	return a
}

// applyTypeFlags gives leaves without an explicit ASCII/UNICODE/LOCALE
// scope the pattern's final type flag.
func applyTypeFlags(seq []*node, tf int) {
	for _, n := range seq {
		if n.flags&typeFlags == 0 {
			n.flags |= tf
		}
		applyTypeFlags(n.body, tf)
		for _, a := range n.alts {
			applyTypeFlags(a, tf)
		}
	}
}

func fixFlags(isBytes bool, flags int) (int, *Error) {
	if !isBytes {
		if flags&FlagLocale != 0 {
			return 0, &Error{Kind: KindValueError, Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
		}
		if flags&FlagASCII == 0 {
			flags |= FlagUnicode
		} else if flags&FlagUnicode != 0 {
			return 0, &Error{Kind: KindValueError, Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
		}
	} else {
		if flags&FlagUnicode != 0 {
			return 0, &Error{Kind: KindValueError, Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}
		}
		if flags&FlagLocale != 0 && flags&FlagASCII != 0 {
			return 0, &Error{Kind: KindValueError, Msg: "ASCII and LOCALE flags are incompatible", Pos: -1}
		}
	}
	return flags, nil
}

// parseSub parses alternatives up to ')' or the end.
func (p *parser) parseSub(verbose bool, nested int, flags int) ([]*node, *Error) {
	var items [][]*node
	for {
		seq, err := p.parseSeq(verbose, nested+1, nested == 0 && len(items) == 0, &flags)
		if err != nil {
			return nil, err
		}
		items = append(items, seq)
		if nested == 0 && p.flags&FlagVerbose != 0 {
			verbose = true // global (?x) at the start
		}
		if !p.match('|') {
			break
		}
	}
	if len(items) == 1 {
		return items[0], nil
	}
	// As CPython's parser: move a prefix common to all alternatives out
	// of the alternation, and turn alternatives of single characters into
	// a set. (This matters beyond speed: CPython's rules for restoring
	// groups on backtracking depend on where alternations remain.)
	var out []*node
	for {
		var prefix *node
		same := true
		for _, it := range items {
			if len(it) == 0 {
				same = false
				break
			}
			if prefix == nil {
				prefix = it[0]
			} else if !leafEqual(prefix, it[0]) {
				same = false
				break
			}
		}
		if !same {
			break
		}
		out = append(out, prefix)
		for i := range items {
			items[i] = items[i][1:]
		}
	}
	set := &setItems{}
	single := true
	for _, it := range items {
		if len(it) != 1 {
			single = false
			break
		}
		switch n := it[0]; {
		case n.kind == ndLit:
			set.ranges = append(set.ranges, runeRange{n.c, n.c})
			set.sig += "l" + string(n.c)
		case n.kind == ndSet && !n.set.neg:
			set.ranges = append(set.ranges, n.set.ranges...)
			set.cats = append(set.cats, n.set.cats...)
			set.sig += n.set.sig
		default:
			single = false
		}
		if !single {
			break
		}
	}
	if single {
		return append(out, &node{kind: ndSet, set: set, flags: items[0][0].flags}), nil
	}
	return append(out, &node{kind: ndAlt, alts: items, flags: flags}), nil
}

// leafEqual is CPython's equality of parsed items: only simple items
// compare equal (subpatterns compare by identity there).
func leafEqual(a, b *node) bool {
	if a.kind != b.kind || a.flags != b.flags {
		return false
	}
	switch a.kind {
	case ndLit, ndNotLit:
		return a.c == b.c
	case ndAny:
		return true
	case ndAt, ndRef:
		return a.n == b.n
	case ndSet:
		return a.set.neg == b.set.neg && a.set.sig == b.set.sig
	}
	return false
}

// maxNesting is the group nesting at which CPython's recursive parser
// runs out of stack (with its default recursion limit).
const maxNesting = 496

// parseSeq parses one alternative. first says whether global flags are
// still allowed; *flags may be updated by them.
func (p *parser) parseSeq(verbose bool, nested int, first bool, flags *int) ([]*node, *Error) {
	p.nesting++
	defer func() { p.nesting-- }()
	if p.nesting > maxNesting {
		return nil, &Error{Kind: KindRecursion, Msg: "maximum recursion depth exceeded", Pos: -1}
	}
	var seq []*node
	for {
		r := p.nextRune()
		if p.i >= len(p.src) {
			break
		}
		if r == '|' || r == ')' {
			break
		}
		tokStart := p.i
		this, _, err := p.get()
		if err != nil {
			return nil, err
		}
		if verbose {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' {
				continue
			}
			if r == '#' {
				for p.i < len(p.src) {
					t, _, err := p.get()
					if err != nil {
						return nil, err
					}
					if t == "\n" {
						break
					}
				}
				continue
			}
		}
		if this[0] == '\\' {
			n, err := p.escape(this, tokStart, *flags)
			if err != nil {
				return nil, err
			}
			seq = append(seq, n)
			continue
		}
		switch r {
		default:
			seq = append(seq, &node{kind: ndLit, c: r, flags: *flags})
		case '[':
			n, err := p.parseSet(tokStart, *flags)
			if err != nil {
				return nil, err
			}
			seq = append(seq, n)
		case '*', '+', '?', '{':
			min, max := 0, MaxRepeat
			switch r {
			case '?':
				max = 1
			case '+':
				min = 1
			case '{':
				if p.nextIs('}') {
					seq = append(seq, &node{kind: ndLit, c: r, flags: *flags})
					continue
				}
				here := p.i
				lo := p.getWhile(1<<30, isDigit)
				var hi []rune
				if p.match(',') {
					hi = p.getWhile(1<<30, isDigit)
				} else {
					hi = lo
				}
				if !p.match('}') {
					seq = append(seq, &node{kind: ndLit, c: r, flags: *flags})
					p.i = here
					continue
				}
				if len(lo) > 0 {
					v, ok := atoiLimit(lo)
					if !ok {
						return nil, &Error{Kind: KindOverflow, Msg: "the repetition number is too large", Pos: -1}
					}
					min = v
				}
				if len(hi) > 0 {
					v, ok := atoiLimit(hi)
					if !ok {
						return nil, &Error{Kind: KindOverflow, Msg: "the repetition number is too large", Pos: -1}
					}
					max = v
					if max < min {
						return nil, p.errAt(here, "min repeat greater than max repeat")
					}
				}
			}
			if len(seq) == 0 || seq[len(seq)-1].kind == ndAt {
				return nil, p.errAt(tokStart, "nothing to repeat")
			}
			item := seq[len(seq)-1]
			if item.kind == ndRepeat {
				return nil, p.errAt(tokStart, "multiple repeat")
			}
			mode := uint8(greedy)
			if p.match('?') {
				mode = lazy
			} else if p.match('+') {
				mode = possessive
			}
			body := []*node{item}
			if item.kind == ndScoped && item.flags == -1 {
				// a plain non-capturing group: repeat its contents
				body = item.body
			}
			seq[len(seq)-1] = &node{kind: ndRepeat, min: min, max: max, mode: mode, body: body, flags: *flags}
		case '.':
			seq = append(seq, &node{kind: ndAny, flags: *flags})
		case '^':
			seq = append(seq, &node{kind: ndAt, n: atBeginning, flags: *flags})
		case '$':
			seq = append(seq, &node{kind: ndAt, n: atEnd, flags: *flags})
		case '(':
			n, global, err := p.parseGroup(tokStart, verbose, nested, flags)
			if err != nil {
				return nil, err
			}
			if global {
				if !first || len(seq) > 0 {
					return nil, p.errAt(tokStart, "global flags not at the start of the expression")
				}
				verbose = *flags&FlagVerbose != 0
				continue
			}
			if n != nil {
				seq = append(seq, n)
			}
		}
	}
	// Unpack plain non-capturing groups.
	var out []*node
	for _, n := range seq {
		if n.kind == ndScoped && n.flags == -1 {
			out = append(out, n.body...)
		} else {
			out = append(out, n)
		}
	}
	return out, nil
}

func atoiLimit(ds []rune) (int, bool) {
	v := 0
	for _, d := range ds {
		v = v*10 + int(d-'0')
		if v >= MaxRepeat {
			return 0, false
		}
	}
	return v, true
}

// parseGroup parses what follows '(' at start. It returns global=true for
// a global flags group, and a nil node for a comment.
func (p *parser) parseGroup(start int, verbose bool, nested int, flags *int) (*node, bool, *Error) {
	capture := true
	atomic := false
	var name []rune
	addFlags, delFlags := 0, 0
	if p.match('?') {
		if p.i >= len(p.src) {
			return nil, false, p.errAt(p.i, "unexpected end of pattern")
		}
		ct, _, err := p.get()
		if err != nil {
			return nil, false, err
		}
		char := []rune(ct)[0]
		if len([]rune(ct)) > 1 {
			char = -1 // an escape
		}
		switch {
		case char == 'P':
			if p.match('<') {
				name, err = p.getUntil('>', "group name")
				if err != nil {
					return nil, false, err
				}
				if !isIdentifier(name) {
					return nil, false, p.errAt(p.i-len(name)-1, "bad character in group name %s", pyRepr(name))
				}
			} else if p.match('=') {
				name, err = p.getUntil(')', "group name")
				if err != nil {
					return nil, false, err
				}
				if !isIdentifier(name) {
					return nil, false, p.errAt(p.i-len(name)-1, "bad character in group name %s", pyRepr(name))
				}
				gid, ok := p.names[string(name)]
				if !ok {
					return nil, false, p.errAt(p.i-len(name)-1, "unknown group name %s", pyRepr(name))
				}
				if !p.groupClosed[gid] {
					return nil, false, p.errAt(p.i-len(name)-1, "cannot refer to an open group")
				}
				if err := p.checkLookbehindGroup(gid); err != nil {
					return nil, false, err
				}
				return &node{kind: ndRef, n: gid, flags: *flags}, false, nil
			} else {
				if p.i >= len(p.src) {
					return nil, false, p.errAt(p.i, "unexpected end of pattern")
				}
				t, _, err := p.get()
				if err != nil {
					return nil, false, err
				}
				return nil, false, p.errAt(p.i-len([]rune(t))-2, "unknown extension ?P%s", t)
			}
		case char == ':':
			capture = false
		case char == '#':
			for {
				if p.i >= len(p.src) {
					return nil, false, p.errAt(start, "missing ), unterminated comment")
				}
				t, _, err := p.get()
				if err != nil {
					return nil, false, err
				}
				if t == ")" {
					break
				}
			}
			return nil, false, nil
		case char == '=' || char == '!' || char == '<':
			behind := false
			if char == '<' {
				if p.i >= len(p.src) {
					return nil, false, p.errAt(p.i, "unexpected end of pattern")
				}
				t, _, err := p.get()
				if err != nil {
					return nil, false, err
				}
				if t != "=" && t != "!" {
					return nil, false, p.errAt(p.i-len([]rune(t))-2, "unknown extension ?<%s", t)
				}
				char = []rune(t)[0]
				behind = true
			}
			saved := p.lookbehind
			if behind && p.lookbehind < 0 {
				p.lookbehind = p.groups
			}
			body, err := p.parseSub(verbose, nested+1, *flags)
			if behind {
				p.lookbehind = saved
			}
			if err != nil {
				return nil, false, err
			}
			if !p.match(')') {
				return nil, false, p.errAt(start, "missing ), unterminated subpattern")
			}
			n := &node{kind: ndLook, neg: char == '!', behind: behind, body: body, flags: *flags}
			if behind {
				// checked when compiling, as CPython does
				n.n, n.max = width(body, p.groupWidths)
			}
			return n, false, nil
		case char == '(':
			cond, err := p.getUntil(')', "group name")
			if err != nil {
				return nil, false, err
			}
			var gid int
			namePos := p.i - len(cond) - 1
			if isIdentifier(cond) {
				g, ok := p.names[string(cond)]
				if !ok {
					return nil, false, p.errAt(namePos, "unknown group name %s", pyRepr(cond))
				}
				gid = g
			} else {
				v, ok := parseGroupNumber(cond)
				if !ok {
					return nil, false, p.errAt(namePos, "bad character in group name %s", pyRepr(cond))
				}
				if v == 0 {
					return nil, false, p.errAt(namePos, "bad group number")
				}
				if v >= maxGroups {
					return nil, false, p.errAt(namePos, "invalid group reference %d", v)
				}
				gid = v
				if _, ok := p.condRefs[gid]; !ok {
					p.condRefs[gid] = namePos
				}
			}
			if err := p.checkLookbehindGroup(gid); err != nil {
				return nil, false, err
			}
			fl := *flags
			yes, err := p.parseSeq(verbose, nested+1, false, &fl)
			if err != nil {
				return nil, false, err
			}
			n := &node{kind: ndCond, n: gid, body: yes, flags: *flags}
			if p.match('|') {
				no, err := p.parseSeq(verbose, nested+1, false, &fl)
				if err != nil {
					return nil, false, err
				}
				if p.nextIs('|') {
					return nil, false, p.errAt(p.i, "conditional backref with more than two branches")
				}
				n.alts = [][]*node{no}
			}
			if !p.match(')') {
				return nil, false, p.errAt(start, "missing ), unterminated subpattern")
			}
			return n, false, nil
		case char == '>':
			capture = false
			atomic = true
		case char == '-' || char >= 0 && strings.ContainsRune("iLmsxatu", char):
			add, del, global, err := p.parseFlags(char)
			if err != nil {
				return nil, false, err
			}
			if global {
				p.flags |= add
				*flags |= add
				return nil, true, nil
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			return nil, false, p.errAt(p.i-len([]rune(ct))-1, "unknown extension ?%s", ct)
		}
	}
	group := 0
	if capture {
		group = p.groups
		if group >= maxGroups {
			return nil, false, p.errAt(start, "too many groups")
		}
		p.groups++
		p.groupWidths = append(p.groupWidths, [2]int{0, 0})
		p.groupClosed = append(p.groupClosed, false)
		if name != nil {
			if old, ok := p.names[string(name)]; ok {
				return nil, false, p.errAt(p.i-len(name)-1, "redefinition of group name %s as group %d; was group %d", pyRepr(name), group, old)
			}
			p.names[string(name)] = group
			p.nameOrder = append(p.nameOrder, string(name))
		}
	}
	subVerbose := (verbose || addFlags&FlagVerbose != 0) && delFlags&FlagVerbose == 0
	subFlags := *flags
	if addFlags&typeFlags != 0 {
		subFlags &^= typeFlags
	}
	subFlags = (subFlags | addFlags) &^ delFlags
	body, err := p.parseSub(subVerbose, nested+1, subFlags)
	if err != nil {
		return nil, false, err
	}
	if !p.match(')') {
		return nil, false, p.errAt(start, "missing ), unterminated subpattern")
	}
	if group > 0 {
		lo, hi := width(body, p.groupWidths)
		p.groupWidths[group] = [2]int{lo, hi}
		p.groupClosed[group] = true
		return &node{kind: ndGroup, n: group, body: body, flags: *flags}, false, nil
	}
	if atomic {
		return &node{kind: ndAtomic, body: body, flags: *flags}, false, nil
	}
	if addFlags == 0 && delFlags == 0 {
		// flags -1 marks a plain group, unpacked by the caller
		return &node{kind: ndScoped, body: body, flags: -1}, false, nil
	}
	return &node{kind: ndScoped, body: body, flags: subFlags}, false, nil
}

func parseGroupNumber(s []rune) (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	v := 0
	for _, r := range s {
		if !isDigit(r) {
			return 0, false
		}
		v = v*10 + int(r-'0')
		if v > maxGroups {
			v = maxGroups
		}
	}
	return v, true
}

var flagLetters = map[rune]int{'i': FlagIgnoreCase, 'L': FlagLocale, 'm': FlagMultiline, 's': FlagDotAll,
	'x': FlagVerbose, 'a': FlagASCII, 't': FlagTemplate, 'u': FlagUnicode}

func isAlpha(r rune) bool { return isASCIILetter(r) || r > 0x7f && isIdentifier([]rune{r}) }

// parseFlags parses inline flags after "(?" starting with char.
func (p *parser) parseFlags(char rune) (add, del int, global bool, err *Error) {
	tokLen := 1 // length of the token nextChar read
	nextChar := func() (rune, bool, *Error) {
		if p.i >= len(p.src) {
			return 0, false, nil
		}
		t, _, err := p.get()
		if err != nil {
			return 0, false, err
		}
		rs := []rune(t)
		tokLen = len(rs)
		if len(rs) > 1 {
			return -1, true, nil // an escape
		}
		return rs[0], true, nil
	}
	if char != '-' {
		for {
			flag := flagLetters[char]
			if !p.isBytes {
				if char == 'L' {
					return 0, 0, false, p.errAt(p.i, "bad inline flags: cannot use 'L' flag with a str pattern")
				}
			} else if char == 'u' {
				return 0, 0, false, p.errAt(p.i, "bad inline flags: cannot use 'u' flag with a bytes pattern")
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				return 0, 0, false, p.errAt(p.i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible")
			}
			c, ok, err := nextChar()
			if err != nil {
				return 0, 0, false, err
			}
			if !ok {
				return 0, 0, false, p.errAt(p.i, "missing -, : or )")
			}
			char = c
			if c == ')' || c == '-' || c == ':' {
				break
			}
			if _, ok := flagLetters[c]; !ok || c < 0 {
				if c >= 0 && isAlpha(c) {
					return 0, 0, false, p.errAt(p.i-1, "unknown flag")
				}
				return 0, 0, false, p.errAt(p.i-tokLen, "missing -, : or )")
			}
		}
	}
	if char == ')' {
		return add, 0, true, nil
	}
	if add&globalFlags != 0 {
		return 0, 0, false, p.errAt(p.i-1, "bad inline flags: cannot turn on global flag")
	}
	if char == '-' {
		c, ok, err := nextChar()
		if err != nil {
			return 0, 0, false, err
		}
		if !ok {
			return 0, 0, false, p.errAt(p.i, "missing flag")
		}
		if _, ok := flagLetters[c]; !ok || c < 0 {
			if c >= 0 && isAlpha(c) {
				return 0, 0, false, p.errAt(p.i-1, "unknown flag")
			}
			return 0, 0, false, p.errAt(p.i-tokLen, "missing flag")
		}
		char = c
		for {
			flag := flagLetters[char]
			if flag&typeFlags != 0 {
				return 0, 0, false, p.errAt(p.i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
			}
			del |= flag
			c, ok, err := nextChar()
			if err != nil {
				return 0, 0, false, err
			}
			if !ok {
				return 0, 0, false, p.errAt(p.i, "missing :")
			}
			char = c
			if c == ':' {
				break
			}
			if _, ok := flagLetters[c]; !ok || c < 0 {
				if c >= 0 && isAlpha(c) {
					return 0, 0, false, p.errAt(p.i-1, "unknown flag")
				}
				return 0, 0, false, p.errAt(p.i-tokLen, "missing :")
			}
		}
	}
	if del&globalFlags != 0 {
		return 0, 0, false, p.errAt(p.i-1, "bad inline flags: cannot turn off global flag")
	}
	if add&del != 0 {
		return 0, 0, false, p.errAt(p.i-1, "bad inline flags: flag turned on and off")
	}
	return add, del, false, nil
}

func (p *parser) checkLookbehindGroup(gid int) *Error {
	if p.lookbehind >= 0 {
		if gid >= len(p.groupClosed) || !p.groupClosed[gid] {
			return p.errAt(p.i, "cannot refer to an open group")
		}
		if gid >= p.lookbehind {
			return p.errAt(p.i, "cannot refer to group defined in the same lookbehind subpattern")
		}
	}
	return nil
}

var categoryEscapes = map[rune]int{'d': catDigit, 'D': catNotDigit, 's': catSpace, 'S': catNotSpace, 'w': catWord, 'W': catNotWord}

// escape parses an escape outside a set; tok is "\\x", start its position.
func (p *parser) escape(tok string, start int, flags int) (*node, *Error) {
	c := []rune(tok)[1]
	switch c {
	case 'A':
		return &node{kind: ndAt, n: atBeginningString, flags: flags}, nil
	case 'Z':
		return &node{kind: ndAt, n: atEndString, flags: flags}, nil
	case 'b':
		return &node{kind: ndAt, n: atBoundary, flags: flags}, nil
	case 'B':
		return &node{kind: ndAt, n: atNonBoundary, flags: flags}, nil
	}
	if cat, ok := categoryEscapes[c]; ok {
		return &node{kind: ndSet, set: &setItems{cats: []int{cat}, sig: "c" + string(rune('0'+cat))}, flags: flags}, nil
	}
	if r, ok := simpleEscapes[c]; ok {
		return &node{kind: ndLit, c: r, flags: flags}, nil
	}
	switch {
	case c == 'x' || c == 'u' && !p.isBytes || c == 'U' && !p.isBytes || c == 'N' && !p.isBytes || c == '0':
		r, err := p.numericEscape(c, start)
		if err != nil {
			return nil, err
		}
		return &node{kind: ndLit, c: r, flags: flags}, nil
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
					return &node{kind: ndLit, c: rune(v), flags: flags}, nil
				}
			}
		}
		g, _ := strconv.Atoi(string(esc))
		if g < p.groups {
			if !p.groupClosed[g] {
				return nil, p.errAt(start, "cannot refer to an open group")
			}
			if err := p.checkLookbehindGroup(g); err != nil {
				return nil, err
			}
			return &node{kind: ndRef, n: g, flags: flags}, nil
		}
		return nil, p.errAt(start+1, "invalid group reference %d", g)
	}
	if isASCIILetter(c) {
		return nil, p.errAt(start, "bad escape %s", tok)
	}
	return &node{kind: ndLit, c: c, flags: flags}, nil
}

// numericEscape parses \x.. \u.... \U........ \N{...} and \0.. (outside
// and inside sets) after the two-character token at start.
func (p *parser) numericEscape(c rune, start int) (rune, *Error) {
	switch c {
	case 'x', 'u', 'U':
		n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
		ds := p.getWhile(n, isHexDigit)
		if len(ds) != n {
			return 0, p.errAt(start, "incomplete escape \\%c%s", c, string(ds))
		}
		v, _ := strconv.ParseUint(string(ds), 16, 32)
		if v > 0x10FFFF {
			return 0, p.errAt(start, "bad escape \\%c%s", c, string(ds))
		}
		return rune(v), nil
	case 'N':
		if !p.match('{') {
			return 0, p.errAt(p.i, "missing {")
		}
		name, err := p.getUntil('}', "character name")
		if err != nil {
			return 0, err
		}
		if r, ok := lookupCharName(string(name)); ok {
			return r, nil
		}
		return 0, p.errAt(start, "undefined character name %s", pyRepr(name))
	default: // '0'
		ds := p.getWhile(2, isOctDigit)
		v, _ := strconv.ParseInt("0"+string(ds), 8, 32)
		return rune(v), nil
	}
}

// parseSet parses a character class after '[' at start.
func (p *parser) parseSet(start int, flags int) (*node, *Error) {
	set := &setItems{}
	set.neg = p.match('^')
	n := 0
	for {
		if p.i >= len(p.src) {
			return nil, p.errAt(start, "unterminated character set")
		}
		tokStart := p.i
		this, _, err := p.get()
		if err != nil {
			return nil, err
		}
		if this == "]" && n > 0 {
			break
		}
		n++
		lo, cat, isLit, err := p.classItem(this, tokStart)
		if err != nil {
			return nil, err
		}
		if p.match('-') {
			if p.i >= len(p.src) {
				return nil, p.errAt(start, "unterminated character set")
			}
			thatStart := p.i
			that, _, err := p.get()
			if err != nil {
				return nil, err
			}
			if that == "]" {
				if isLit {
					set.ranges = append(set.ranges, runeRange{lo, lo})
					set.sig += "l" + string(lo)
				} else {
					set.cats = append(set.cats, cat)
					set.sig += "c" + string(rune('0'+cat))
				}
				set.ranges = append(set.ranges, runeRange{'-', '-'})
				set.sig += "l-"
				break
			}
			hi, _, isLit2, err := p.classItem(that, thatStart)
			if err != nil {
				return nil, err
			}
			if !isLit || !isLit2 || hi < lo {
				return nil, p.errAt(tokStart, "bad character range %s-%s", this, that)
			}
			set.ranges = append(set.ranges, runeRange{lo, hi})
			set.sig += "r" + string(lo) + string(hi)
			continue
		}
		if isLit {
			set.ranges = append(set.ranges, runeRange{lo, lo})
			set.sig += "l" + string(lo)
		} else {
			set.cats = append(set.cats, cat)
			set.sig += "c" + string(rune('0'+cat))
		}
	}
	if len(set.cats) == 0 && len(set.ranges) > 0 {
		single := true
		for _, r := range set.ranges {
			if r.lo != r.hi || r.lo != set.ranges[0].lo {
				single = false
			}
		}
		if single {
			if set.neg {
				return &node{kind: ndNotLit, c: set.ranges[0].lo, flags: flags}, nil
			}
			return &node{kind: ndLit, c: set.ranges[0].lo, flags: flags}, nil
		}
	}
	return &node{kind: ndSet, set: set, flags: flags}, nil
}

// classItem parses one item of a set: a literal or a category.
func (p *parser) classItem(tok string, start int) (rune, int, bool, *Error) {
	rs := []rune(tok)
	if rs[0] != '\\' || len(rs) == 1 {
		return rs[0], 0, true, nil
	}
	c := rs[1]
	if cat, ok := categoryEscapes[c]; ok {
		return 0, cat, false, nil
	}
	if c == 'b' {
		return '\b', 0, true, nil
	}
	if r, ok := simpleEscapes[c]; ok {
		return r, 0, true, nil
	}
	switch {
	case c == 'x' || c == 'u' && !p.isBytes || c == 'U' && !p.isBytes || c == 'N' && !p.isBytes:
		r, err := p.numericEscape(c, start)
		return r, 0, true, err
	case isOctDigit(c):
		ds := p.getWhile(2, isOctDigit)
		v, _ := strconv.ParseInt(string(c)+string(ds), 8, 32)
		if v > 0o377 {
			return 0, 0, false, p.errAt(start, "octal escape value \\%c%s outside of range 0-0o377", c, string(ds))
		}
		return rune(v), 0, true, nil
	case isDigit(c) || isASCIILetter(c):
		return 0, 0, false, p.errAt(start, "bad escape %s", tok)
	}
	return c, 0, true, nil
}

// width returns the minimum and maximum number of characters seq matches
// (the maximum saturates at MaxRepeat).
func width(seq []*node, groupWidths [][2]int) (int, int) {
	lo, hi := 0, 0
	for _, n := range seq {
		var i, j int
		switch n.kind {
		case ndLit, ndNotLit, ndAny, ndSet:
			i, j = 1, 1
		case ndGroup, ndAtomic, ndScoped:
			i, j = width(n.body, groupWidths)
		case ndAlt:
			i, j = MaxRepeat-1, 0
			for _, a := range n.alts {
				l, h := width(a, groupWidths)
				i, j = min(i, l), max(j, h)
			}
		case ndRepeat:
			l, h := width(n.body, groupWidths)
			i = satMul(l, n.min)
			j = satMul(h, n.max)
		case ndRef:
			if n.n < len(groupWidths) {
				i, j = groupWidths[n.n][0], groupWidths[n.n][1]
			}
		case ndCond:
			i, j = width(n.body, groupWidths)
			if n.alts != nil {
				l, h := width(n.alts[0], groupWidths)
				i, j = min(i, l), max(j, h)
			} else {
				i = 0
			}
		}
		lo = satAdd(lo, i)
		hi = satAdd(hi, j)
	}
	return min(lo, MaxRepeat-1), min(hi, MaxRepeat)
}

func satAdd(a, b int) int {
	if a+b > MaxRepeat {
		return MaxRepeat
	}
	return a + b
}

func satMul(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > MaxRepeat/b {
		return MaxRepeat
	}
	return min(a*b, MaxRepeat)
}

// lookupCharName resolves \N{name}; upy carries no Unicode name table.
func lookupCharName(name string) (rune, bool) { return 0, false }
