package engine

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Search anchors.
const (
	anchorNone = iota
	anchorStart
	anchorLine
)

type foldMode uint8

const (
	foldNone foldMode = iota
	foldASCII
	foldUni
)

type opcode uint8

const (
	opMatch opcode = iota

	// Single-character matchers (usable as the item of opRepeatOne).
	opByte     // the byte c (bytes patterns, or an ASCII character)
	opRune     // the non-ASCII character c, encoded in str
	opFoldByte // the byte c or c2
	opFold     // one of runes
	opNotLit   // any character not in runes (one or more)
	opAny      // any character but '\n'
	opAnyAll   // any character
	opSet      // a character of set

	opStr       // the literal bytes str
	opJmp       // goto x
	opSplit     // try pc+1, then x
	opSave      // caps[n] = pos
	opAt        // assertion n (mode: word boundaries use Unicode)
	opRepeatOne // item at pc+1 repeated min..max times (mode), then pc+2
	opRepInit   // start of general repeat n; goto x (its opRepUntil)
	opRepUntil  // end of an iteration of repeat n; body at x; neg: possessive
	opRef       // backreference to group n (mode: fold)
	opCond      // group n matched: pc+1, else x
	opLook      // lookaround (neg, behind, width n); x: after its opLookEnd
	opLookEnd   // x: its opLook
	opAtomic    // start of an atomic group
	opAtomicEnd // end of an atomic group
)

type inst struct {
	op     opcode
	mode   uint8
	neg    bool
	behind bool
	next   int16 // opRepeatOne: first byte of a literal that must follow, or -1
	n      int
	x      int
	min    int
	max    int
	c      rune
	c2     rune
	str    string
	runes  []rune
	set    *charSet
}

// Regexp is a compiled pattern.
type Regexp struct {
	Flags     int            // the pattern's flags, inline flags included
	Groups    int            // number of capturing groups
	Names     map[string]int // group names
	NameOrder []string       // group names in order of definition
	IsBytes   bool

	prog  []inst
	nreps int
	// sreMarks: emulate CPython's group marks (see Machine.lastMark),
	// which differ from full backtracking only around possessive repeats.
	sreMarks bool

	// search accelerators
	anchor    int // anchorStart: only at position 0 (\A or ^); anchorLine: at line starts
	skipRun   int // > 0 or 0 with prog[0]: the opRepeatOne whose run a failed search skips (-1: none)
	prefix    string
	firstByte *[256]bool
	minWidth  int
}

// Compile compiles pattern (UTF-8 for str patterns, raw bytes otherwise).
func Compile(pattern string, isBytes bool, flags int) (re *Regexp, err *Error) {
	var src []rune
	if isBytes {
		src = make([]rune, len(pattern))
		for i := 0; i < len(pattern); i++ {
			src[i] = rune(pattern[i])
		}
	} else {
		src = make([]rune, 0, len(pattern))
		for i := 0; i < len(pattern); {
			r, n := decodeRune(pattern, i)
			src = append(src, r)
			i += n
		}
	}
	pt, perr := parse(src, isBytes, flags)
	if perr != nil {
		return nil, perr
	}
	c := &compiler{isBytes: isBytes}
	c.seq(pt.seq)
	if c.err != nil {
		return nil, c.err
	}
	c.emit(inst{op: opMatch})
	re = &Regexp{Flags: pt.flags, Groups: pt.groups, Names: pt.names, NameOrder: pt.nameOrder, IsBytes: isBytes,
		prog: c.prog, nreps: c.nreps, skipRun: -1, sreMarks: c.possessive}
	re.analyze(pt.seq)
	return re, nil
}

type compiler struct {
	prog       []inst
	nreps      int
	isBytes    bool
	possessive bool // a possessive repeat of a group
	err        *Error
}

func (c *compiler) emit(in inst) int {
	c.prog = append(c.prog, in)
	return len(c.prog) - 1
}

func (c *compiler) foldOf(flags int) foldMode {
	if flags&FlagIgnoreCase == 0 {
		return foldNone
	}
	if c.isBytes || flags&(FlagASCII|FlagLocale) != 0 {
		return foldASCII
	}
	return foldUni
}

func (c *compiler) seq(seq []*node) {
	for i := 0; i < len(seq); i++ {
		n := seq[i]
		if n.kind == ndLit && c.exactLit(n) {
			// gather a run of exact literals
			j := i
			var b []byte
			for j < len(seq) && seq[j].kind == ndLit && c.exactLit(seq[j]) {
				b = c.appendChar(b, seq[j].c)
				j++
			}
			if j-i > 1 {
				c.emit(inst{op: opStr, str: string(b)})
				i = j - 1
				continue
			}
		}
		c.node(n)
	}
}

// exactLit reports whether a literal matches only its own character.
func (c *compiler) exactLit(n *node) bool {
	f := c.foldOf(n.flags)
	return f == foldNone || foldClass(n.c, f) == nil
}

func (c *compiler) appendChar(b []byte, r rune) []byte {
	if c.isBytes {
		return append(b, byte(r))
	}
	return appendRune(b, r)
}

// single returns the instruction for a one-character node.
func (c *compiler) single(n *node) (inst, bool) {
	switch n.kind {
	case ndLit:
		f := c.foldOf(n.flags)
		if cls := foldClass(n.c, f); f != foldNone && cls != nil {
			if len(cls) == 2 && (c.isBytes || cls[1] < 0x80) {
				return inst{op: opFoldByte, c: cls[0], c2: cls[1]}, true
			}
			return inst{op: opFold, runes: cls}, true
		}
		if c.isBytes || n.c < 0x80 {
			return inst{op: opByte, c: n.c}, true
		}
		return inst{op: opRune, c: n.c, str: string(appendRune(nil, n.c))}, true
	case ndNotLit:
		f := c.foldOf(n.flags)
		cls := foldClass(n.c, f)
		if cls == nil {
			cls = []rune{n.c}
		}
		return inst{op: opNotLit, runes: cls}, true
	case ndAny:
		if n.flags&FlagDotAll != 0 {
			return inst{op: opAnyAll}, true
		}
		return inst{op: opAny}, true
	case ndSet:
		return inst{op: opSet, set: c.makeSet(n)}, true
	}
	return inst{}, false
}

func (c *compiler) node(n *node) {
	if in, ok := c.single(n); ok {
		c.emit(in)
		return
	}
	switch n.kind {
	case ndAt:
		code := n.n
		if n.flags&FlagMultiline != 0 {
			switch code {
			case atBeginning:
				code = atBeginningLine
			case atEnd:
				code = atEndLine
			}
		}
		var uni uint8
		if !c.isBytes && n.flags&FlagUnicode != 0 {
			uni = 1
		}
		c.emit(inst{op: opAt, n: code, mode: uni})
	case ndGroup:
		c.emit(inst{op: opSave, n: 2 * n.n})
		c.seq(n.body)
		c.emit(inst{op: opSave, n: 2*n.n + 1})
	case ndScoped:
		c.seq(n.body)
	case ndAlt:
		var jumps []int
		for i, a := range n.alts {
			if i < len(n.alts)-1 {
				// neg marks the split before the last alternative
				split := c.emit(inst{op: opSplit, neg: i == len(n.alts)-2})
				c.seq(a)
				jumps = append(jumps, c.emit(inst{op: opJmp}))
				c.prog[split].x = len(c.prog)
			} else {
				c.seq(a)
			}
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case ndRepeat:
		c.repeat(n)
	case ndRef:
		c.emit(inst{op: opRef, n: n.n, mode: uint8(c.foldOf(n.flags))})
	case ndCond:
		cond := c.emit(inst{op: opCond, n: n.n})
		c.seq(n.body)
		if n.alts != nil {
			j := c.emit(inst{op: opJmp})
			c.prog[cond].x = len(c.prog)
			c.seq(n.alts[0])
			c.prog[j].x = len(c.prog)
		} else {
			c.prog[cond].x = len(c.prog)
		}
	case ndLook:
		if n.behind && n.n != n.max && c.err == nil {
			c.err = &Error{Kind: KindError, Msg: "look-behind requires fixed-width pattern", Pos: -1}
		}
		look := c.emit(inst{op: opLook, neg: n.neg, behind: n.behind, n: n.n})
		c.seq(n.body)
		c.emit(inst{op: opLookEnd, x: look})
		c.prog[look].x = len(c.prog)
	case ndAtomic:
		c.emit(inst{op: opAtomic})
		c.seq(n.body)
		c.emit(inst{op: opAtomicEnd})
	}
}

func (c *compiler) repeat(n *node) {
	if n.flags&FlagTemplate != 0 && c.err == nil {
		// CPython's deprecated TEMPLATE flag forbids repeats.
		op := [...]string{greedy: "MAX_REPEAT", lazy: "MIN_REPEAT", possessive: "POSSESSIVE_REPEAT"}[n.mode]
		c.err = &Error{Kind: KindError, Msg: "internal: unsupported template operator " + op, Pos: -1}
		return
	}
	if n.max == 0 {
		return
	}
	if len(n.body) == 1 {
		if item, ok := c.single(n.body[0]); ok {
			if n.min == 1 && n.max == 1 {
				c.emit(item)
				return
			}
			c.emit(inst{op: opRepeatOne, min: n.min, max: n.max, mode: n.mode, next: -1})
			c.emit(item)
			return
		}
	}
	if n.min == 1 && n.max == 1 {
		if n.mode == possessive {
			c.emit(inst{op: opAtomic})
			c.seq(n.body)
			c.emit(inst{op: opAtomicEnd})
		} else {
			c.seq(n.body)
		}
		return
	}
	if n.mode == possessive {
		// Each iteration is atomic, and so is the whole loop.
		c.emit(inst{op: opAtomic})
		k := c.nreps
		c.nreps++
		init := c.emit(inst{op: opRepInit, n: k})
		c.emit(inst{op: opAtomic})
		c.seq(n.body)
		c.emit(inst{op: opAtomicEnd})
		until := c.emit(inst{op: opRepUntil, n: k, x: init + 1, min: n.min, max: n.max, mode: greedy, neg: true})
		c.prog[init].x = until
		c.emit(inst{op: opAtomicEnd})
		c.possessive = true
		return
	}
	k := c.nreps
	c.nreps++
	init := c.emit(inst{op: opRepInit, n: k})
	c.seq(n.body)
	until := c.emit(inst{op: opRepUntil, n: k, x: init + 1, min: n.min, max: n.max, mode: n.mode})
	c.prog[init].x = until
}

// charSet is a compiled character class.
type charSet struct {
	bits   [4]uint64 // the answer for characters below 256
	neg    bool
	ranges []runeRange // sorted, merged
	cats   []int
	fold   foldMode
	uni    bool // Unicode categories
}

func (cs *charSet) has(r rune) bool {
	if r < 256 {
		return cs.bits[r>>6]>>(uint(r)&63)&1 != 0
	}
	return cs.slow(r)
}

func (cs *charSet) raw(r rune) bool {
	rs := cs.ranges
	i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= r })
	if i < len(rs) && rs[i].lo <= r {
		return true
	}
	for _, cat := range cs.cats {
		if catHas(cat, r, cs.uni) {
			return true
		}
	}
	return false
}

func (cs *charSet) slow(r rune) bool {
	m := cs.raw(r)
	if !m && cs.fold != foldNone {
		for _, e := range foldClass(r, cs.fold) {
			if e != r && cs.raw(e) {
				m = true
				break
			}
		}
	}
	return m != cs.neg
}

func catHas(cat int, r rune, uni bool) bool {
	var m bool
	switch cat &^ 1 {
	case catDigit:
		if uni {
			m = isDigitUni(r)
		} else {
			m = isDigitASCII(r)
		}
	case catSpace:
		if uni {
			m = isSpaceUni(r)
		} else {
			m = isSpaceASCII(r)
		}
	case catWord:
		if uni {
			m = isWordUni(r)
		} else {
			m = isWordASCII(r)
		}
	}
	return m != (cat&1 == 1)
}

func (c *compiler) makeSet(n *node) *charSet {
	cs := &charSet{neg: n.set.neg, cats: n.set.cats, fold: c.foldOf(n.flags)}
	cs.uni = !c.isBytes && n.flags&FlagUnicode != 0
	rs := append([]runeRange(nil), n.set.ranges...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	var merged []runeRange
	for _, r := range rs {
		if k := len(merged); k > 0 && r.lo <= merged[k-1].hi+1 {
			merged[k-1].hi = max(merged[k-1].hi, r.hi)
			continue
		}
		merged = append(merged, r)
	}
	cs.ranges = merged
	for r := rune(0); r < 256; r++ {
		if cs.slow(r) {
			cs.bits[r>>6] |= 1 << (uint(r) & 63)
		}
	}
	return cs
}

// analyze finds what speeds up searching: an anchor, a literal prefix,
// or the set of bytes a match can start with.
func (re *Regexp) analyze(seq []*node) {
	re.minWidth, _ = width(seq, nil)
	first := 0
	for first < len(re.prog) && re.prog[first].op == opSave {
		first++ // group starts do not consume
	}
	if first < len(re.prog) {
		switch in := re.prog[first]; {
		case in.op == opAt && (in.n == atBeginning || in.n == atBeginningString):
			re.anchor = anchorStart
		case in.op == opAt && in.n == atBeginningLine:
			re.anchor = anchorLine
		case in.op == opStr:
			re.prefix = in.str
		case in.op == opByte && (re.IsBytes || in.c < 0x80):
			re.prefix = string([]byte{byte(in.c)})
		case in.op == opRune:
			re.prefix = in.str
		}
	}
	// opRepeatOne followed by a literal (perhaps after the end of groups):
	// remember its first byte.
	refs := false
	for i := range re.prog {
		in := &re.prog[i]
		if in.op == opRef || in.op == opCond {
			refs = true
		}
		if in.op != opRepeatOne {
			continue
		}
		j := i + 2
		for j < len(re.prog) && re.prog[j].op == opSave {
			j++
		}
		if j >= len(re.prog) {
			continue
		}
		switch nx := &re.prog[j]; nx.op {
		case opByte:
			in.next = int16(nx.c)
		case opStr, opRune:
			in.next = int16(nx.str[0])
		}
	}
	// A search can skip the rest of a run of the leading repeated
	// character class when a match failed from its start: matches from
	// inside the run would try the same continuations. This holds when
	// nothing depends on where the match started (no backreferences or
	// conditionals) and the repeat has no upper bound.
	i := 0
	for i < len(re.prog) && re.prog[i].op == opSave {
		i++
	}
	if i < len(re.prog) && !refs {
		if in := &re.prog[i]; in.op == opRepeatOne && in.min >= 1 && in.max == MaxRepeat && in.mode != lazy {
			re.skipRun = i
		}
	}
	if re.anchor == anchorStart || len(re.prefix) > 0 {
		return
	}
	var set [256]bool
	if canEmpty := firstBytes(seq, &set, re.IsBytes, re); !canEmpty {
		re.firstByte = &set
	}
}

// firstBytes adds to set the bytes a match of seq can start with and
// reports whether seq can match the empty string (or was too hard to
// analyze, which the caller must treat alike).
func firstBytes(seq []*node, set *[256]bool, isBytes bool, re *Regexp) bool {
	for _, n := range seq {
		if !firstBytesNode(n, set, isBytes, re) {
			return false
		}
	}
	return true
}

func addRune(set *[256]bool, r rune, isBytes bool) {
	if isBytes || r < 0x80 {
		set[byte(r)] = true
		return
	}
	var b [4]byte
	if r >= 0xD800 && r <= 0xDFFF {
		set[0xED] = true
		return
	}
	utf8.EncodeRune(b[:], r)
	set[b[0]] = true
}

func addNonASCII(set *[256]bool) {
	for b := 0xC0; b < 256; b++ {
		set[b] = true
	}
}

// firstBytesNode returns true if n can match empty (then the following
// nodes contribute too).
func firstBytesNode(n *node, set *[256]bool, isBytes bool, re *Regexp) bool {
	c := &compiler{isBytes: isBytes}
	switch n.kind {
	case ndLit, ndNotLit, ndAny, ndSet:
		in, _ := c.single(n)
		limit := 256
		if !isBytes {
			limit = 128
			switch in.op {
			case opRune:
				addRune(set, in.c, false)
				return false
			case opFold:
				for _, r := range in.runes {
					addRune(set, r, false)
				}
				return false
			default:
				addNonASCII(set)
			}
		}
		for b := 0; b < limit; b++ {
			if matchOneByte(&in, byte(b)) {
				set[b] = true
			}
		}
		return false
	case ndAt, ndLook:
		return true
	case ndGroup, ndScoped, ndAtomic:
		return firstBytes(n.body, set, isBytes, re)
	case ndAlt:
		empty := false
		for _, a := range n.alts {
			if firstBytes(a, set, isBytes, re) {
				empty = true
			}
		}
		return empty
	case ndRepeat:
		if n.max == 0 {
			return true
		}
		e := firstBytes(n.body, set, isBytes, re)
		return e || n.min == 0
	case ndCond:
		e := firstBytes(n.body, set, isBytes, re)
		if n.alts != nil {
			if firstBytes(n.alts[0], set, isBytes, re) {
				e = true
			}
		} else {
			e = true
		}
		return e
	}
	// backreferences: anything
	for b := range set {
		set[b] = true
	}
	return true
}

// matchOneByte tests a single-character instruction against a character
// below 128 (256 for bytes patterns).
func matchOneByte(in *inst, b byte) bool {
	r := rune(b)
	switch in.op {
	case opByte:
		return r == in.c
	case opFoldByte:
		return r == in.c || r == in.c2
	case opFold:
		for _, x := range in.runes {
			if x == r {
				return true
			}
		}
		return false
	case opNotLit:
		for _, x := range in.runes {
			if x == r {
				return false
			}
		}
		return true
	case opAny:
		return b != '\n'
	case opAnyAll:
		return true
	case opSet:
		return in.set.has(r)
	}
	return false
}

// Escape escapes the characters special in patterns (re.escape).
func Escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
