package engine

import (
	"errors"
	"strings"
	"unsafe"
)

// Backtrack stack entries.
const (
	ekBranch    = iota // resume at pc, pos
	ekCap              // caps[pc] = a, lastIndex = pos
	ekRepCount         // reps[pc].count = a
	ekRepLast          // reps[pc].last = a
	ekGreedy1          // opRepeatOne at pc gives back a character; a: position after min items
	ekLazy1            // opRepeatOne at pc takes another character; a: items so far
	ekLazyUntil        // lazy opRepUntil at pc tries another iteration
	ekBarrier          // opLook/opAtomic at pc started at pos
	ekLastMark         // lastMark = a
	ekInRep            // inRep = a
	ekRestore          // a last attempt of an alternation or repeat: settles pending changes
)

type entry struct {
	kind uint8
	// soft marks a backtracking point that, as CPython's sre outside a
	// repeat context, restores which groups are set but not their values.
	soft bool
	pc   int32
	pos  int
	a    int
}

type repState struct{ count, last int }

// ErrStackOverflow is returned when a match needs more backtracking
// memory than MaxStack entries.
var ErrStackOverflow = errors.New("regular expression needs too much memory")

// MaxStack bounds the backtracking stack (entries of 32 bytes).
var MaxStack = 1 << 25

// Machine runs a Regexp. It is not safe for concurrent use.
type Machine struct {
	re *Regexp
	s  string

	end         int
	searchStart int
	full        bool
	mustAdvance bool

	// Caps holds the byte offsets of the groups of the last match (-1 for
	// unset), two per group, the whole match first.
	Caps []int
	// LastIndex is the last group closed by the match, or -1.
	LastIndex int

	stack []entry
	reps  []repState

	runEnd int  // end of the run of Regexp.skipRun in the last try
	dirty  bool // Caps need resetting

	// CPython's group marks, for patterns with possessive repeats
	// (Regexp.sreMarks): slots above lastMark are unset; inRep counts the
	// greedy or lazy repeats whose body is running; pending holds capture
	// changes not undone at a soft backtracking point.
	lastMark int
	inRep    int
	pending  []entry

	// Interrupt, if set, is called now and then during long matches; an
	// error it returns stops the match.
	Interrupt func() error
	budget    int
}

// NewMachine returns a machine for re.
func (re *Regexp) NewMachine() *Machine {
	return &Machine{re: re, Caps: make([]int, 2*(re.Groups+1)), reps: make([]repState, re.nreps), dirty: true}
}

// Exec looks for a match in s[:end] starting at pos (byte offsets; for str
// patterns s is UTF-8 and offsets are on character boundaries). With
// anchored, the match must start at pos; with full, it must end at end;
// with mustAdvance, an empty match at pos does not count.
func (m *Machine) Exec(s string, pos, end int, anchored, full, mustAdvance bool) (bool, error) {
	ok, err := m.exec(s, pos, end, anchored, full, mustAdvance)
	if cap(m.stack) > 1<<16 {
		m.stack = nil // do not keep a large stack alive
	}
	if cap(m.pending) > 1<<16 {
		m.pending = nil
	}
	return ok, err
}

func (m *Machine) exec(s string, pos, end int, anchored, full, mustAdvance bool) (bool, error) {
	re := m.re
	if len(s) != len(m.s) || unsafe.StringData(s) != unsafe.StringData(m.s) {
		m.s = s // (a write barrier: skipped for repeated calls on one subject)
	}
	m.end, m.full, m.mustAdvance, m.searchStart = end, full, mustAdvance, pos
	if pos > end || end-pos < re.minWidth {
		return false, nil
	}
	if anchored {
		return m.try(pos)
	}
	if re.anchor == anchorStart {
		if pos != 0 {
			return false, nil
		}
		return m.try(0)
	}
	for start := pos; start <= end; {
		if re.anchor == anchorLine {
			if start > 0 && s[start-1] != '\n' {
				i := strings.IndexByte(s[start:end], '\n')
				if i < 0 {
					return false, nil
				}
				start += i + 1
			}
		} else if re.prefix != "" {
			i := strings.Index(s[start:end], re.prefix)
			if i < 0 {
				return false, nil
			}
			start += i
		} else if fb := re.firstByte; fb != nil {
			for start < end && !fb[s[start]] {
				start++
			}
			if start >= end {
				return false, nil
			}
		}
		m.runEnd = -1
		ok, err := m.try(start)
		if ok || err != nil {
			return ok, err
		}
		if start >= end {
			break
		}
		if m.runEnd > start {
			start = m.runEnd
			continue
		}
		if re.IsBytes || s[start] < 0x80 {
			start++
		} else {
			_, n := decodeRune(s, start)
			start += n
		}
	}
	return false, nil
}

// ErrWrongSpan is CPython's SystemError for a group whose start follows
// its end, which its engine can produce with possessive repeats.
var ErrWrongSpan = errors.New("The span of capturing group is wrong, please report a bug for the re module.")

func (m *Machine) try(start int) (bool, error) {
	// A failed run undoes all it did to the groups (except in CPython's
	// mark model), so only a success or an error leaves them dirty.
	if m.dirty || m.re.sreMarks {
		for i := range m.Caps {
			m.Caps[i] = -1
		}
		m.dirty = false
	}
	m.Caps[0] = start
	m.LastIndex = -1
	m.stack = m.stack[:0]
	if !m.re.sreMarks {
		ok, err := m.run(0, start)
		if ok || err != nil {
			m.dirty = true
		}
		return ok, err
	}
	m.lastMark, m.inRep, m.pending = 1, 0, m.pending[:0]
	ok, err := m.run(0, start)
	if ok {
		for g := 2; g < len(m.Caps); g += 2 {
			if g+1 > m.lastMark || m.Caps[g] < 0 || m.Caps[g+1] < 0 {
				m.Caps[g], m.Caps[g+1] = -1, -1
			} else if m.Caps[g] >= 0 && m.Caps[g+1] >= 0 && m.Caps[g] > m.Caps[g+1] {
				return false, ErrWrongSpan
			}
		}
	}
	return ok, err
}

// groupSet reports whether group g is set (and its span well formed).
func (m *Machine) groupSet(g int) bool {
	if 2*g+1 >= len(m.Caps) || m.re.sreMarks && 2*g+1 > m.lastMark {
		return false
	}
	return m.Caps[2*g] >= 0 && m.Caps[2*g+1] >= m.Caps[2*g]
}

// soft reports whether a backtracking point pushed now is soft.
func (m *Machine) soft() bool { return m.re.sreMarks && m.inRep == 0 }

// setMark is opSave in CPython's mark model.
func (m *Machine) setMark(i, pos int) error {
	if i > m.lastMark {
		for j := m.lastMark + 1; j < i; j++ {
			if err := m.push(entry{kind: ekCap, pc: int32(j), pos: m.LastIndex, a: m.Caps[j]}); err != nil {
				return err
			}
			m.Caps[j] = -1
		}
		if err := m.push(entry{kind: ekLastMark, a: m.lastMark}); err != nil {
			return err
		}
		m.lastMark = i
	}
	return nil
}

// resumeAt settles the pending capture changes when backtracking resumes
// at the point e: a hard point undoes them; a soft one keeps the values
// but puts the undo entries back, for a hard point further down.
func (m *Machine) resumeAt(e *entry) error {
	if len(m.pending) == 0 {
		return nil
	}
	if !e.soft {
		m.applyPending()
	} else {
		for i := len(m.pending) - 1; i >= 0; i-- {
			if err := m.push(m.pending[i]); err != nil {
				return err
			}
		}
	}
	m.pending = m.pending[:0]
	return nil
}

// failThrough settles pending changes at an exhausted point e.
func (m *Machine) failThrough(e *entry) {
	if !e.soft {
		m.applyPending()
		m.pending = m.pending[:0]
	}
}

// protect pushes the point where CPython restores groups after the last
// attempt of an alternation or of a single-character repeat fails.
func (m *Machine) protect(soft bool) error {
	if !m.re.sreMarks {
		return nil
	}
	return m.push(entry{kind: ekRestore, soft: soft})
}

func (m *Machine) applyPending() {
	for i := range m.pending {
		m.Caps[m.pending[i].pc] = m.pending[i].a
	}
}

func (m *Machine) push(e entry) error {
	n := len(m.stack)
	if n < cap(m.stack) {
		m.stack = m.stack[:n+1]
		m.stack[n] = e
		return nil
	}
	if n >= MaxStack {
		return ErrStackOverflow
	}
	m.stack = append(m.stack, e)
	return nil
}

// prev returns the start of the character before pos (pos > lo).
func (m *Machine) prev(pos, lo int) int {
	pos--
	if !m.re.IsBytes {
		for pos > lo && m.s[pos]&0xC0 == 0x80 {
			pos--
		}
	}
	return pos
}

// charAt decodes the character at pos < end.
func (m *Machine) charAt(pos int) (rune, int) {
	c := m.s[pos]
	if c < 0x80 || m.re.IsBytes {
		return rune(c), 1
	}
	return decodeRune(m.s, pos)
}

func (m *Machine) isWord(r rune, uni bool) bool {
	if uni {
		return isWordUni(r)
	}
	return isWordASCII(r)
}

func (m *Machine) at(code int, pos int, uni bool) bool {
	s, end := m.s, m.end
	switch code {
	case atBeginning, atBeginningString:
		return pos == 0
	case atBeginningLine:
		return pos == 0 || s[pos-1] == '\n'
	case atEnd:
		return pos == end || pos == end-1 && s[pos] == '\n'
	case atEndLine:
		return pos == end || s[pos] == '\n'
	case atEndString:
		return pos == end
	case atBoundary, atNonBoundary:
		if pos == 0 && pos == end {
			return false
		}
		before, after := false, false
		if pos > 0 {
			r, _ := m.charAt(m.prev(pos, 0))
			before = m.isWord(r, uni)
		}
		if pos < end {
			r, _ := m.charAt(pos)
			after = m.isWord(r, uni)
		}
		return (before != after) == (code == atBoundary)
	}
	return false
}

// step matches one single-character instruction at pos, returning the
// new position or -1.
func (m *Machine) step(in *inst, pos int) int {
	if pos >= m.end {
		return -1
	}
	s := m.s
	c := s[pos]
	switch in.op {
	case opByte:
		if rune(c) == in.c {
			return pos + 1
		}
		return -1
	case opRune:
		if strings.HasPrefix(s[pos:m.end], in.str) {
			return pos + len(in.str)
		}
		return -1
	case opFoldByte:
		if rune(c) == in.c || rune(c) == in.c2 {
			return pos + 1
		}
		return -1
	case opAnyAll:
		if c < 0x80 || m.re.IsBytes {
			return pos + 1
		}
		_, n := decodeRune(s, pos)
		return pos + n
	case opAny:
		if c == '\n' {
			return -1
		}
		if c < 0x80 || m.re.IsBytes {
			return pos + 1
		}
		_, n := decodeRune(s, pos)
		return pos + n
	case opSet:
		if c < 0x80 || m.re.IsBytes {
			if in.set.bits[c>>6]>>(c&63)&1 != 0 {
				return pos + 1
			}
			return -1
		}
		r, n := decodeRune(s, pos)
		if in.set.has(r) {
			return pos + n
		}
		return -1
	case opFold:
		r, n := m.charAt(pos)
		for _, x := range in.runes {
			if x == r {
				return pos + n
			}
		}
		return -1
	case opNotLit:
		r, n := m.charAt(pos)
		for _, x := range in.runes {
			if x == r {
				return -1
			}
		}
		return pos + n
	}
	return -1
}

// matchN matches exactly n items at pos, returning the end or -1.
func (m *Machine) matchN(in *inst, pos, n int) int {
	if m.re.IsBytes || in.op == opByte || in.op == opFoldByte {
		if m.end-pos < n {
			return -1
		}
	}
	for ; n > 0; n-- {
		pos = m.step(in, pos)
		if pos < 0 {
			return -1
		}
	}
	return pos
}

// matchMax matches up to limit items at pos (limit >= MaxRepeat: no
// limit) and returns the end.
func (m *Machine) matchMax(in *inst, pos, limit int) int {
	s, end := m.s, m.end
	bytesMode := m.re.IsBytes
	switch in.op {
	case opByte:
		c := byte(in.c)
		for pos < end && s[pos] == c && limit > 0 {
			pos++
			limit--
		}
		return pos
	case opFoldByte:
		c, c2 := byte(in.c), byte(in.c2)
		for pos < end && (s[pos] == c || s[pos] == c2) && limit > 0 {
			pos++
			limit--
		}
		return pos
	case opAnyAll:
		if bytesMode {
			return min(end, pos+limit)
		}
		if limit >= MaxRepeat {
			return end
		}
	case opAny:
		if bytesMode || limit >= MaxRepeat {
			e := end
			if bytesMode {
				e = min(end, pos+limit)
			}
			if i := strings.IndexByte(s[pos:e], '\n'); i >= 0 {
				return pos + i
			}
			return e
		}
	case opSet:
		bits := &in.set.bits
		for pos < end && limit > 0 {
			c := s[pos]
			if c < 0x80 || bytesMode {
				if bits[c>>6]>>(c&63)&1 == 0 {
					return pos
				}
				pos++
			} else {
				r, n := decodeRune(s, pos)
				if !in.set.has(r) {
					return pos
				}
				pos += n
			}
			limit--
		}
		return pos
	}
	for limit > 0 {
		np := m.step(in, pos)
		if np < 0 {
			break
		}
		pos = np
		limit--
	}
	return pos
}

// repeatLimit is the number of items an opRepeatOne may take after its
// minimum (MaxRepeat: any number).
func repeatLimit(in *inst) int {
	if in.max == MaxRepeat {
		return MaxRepeat
	}
	return in.max - in.min
}

// refMatch matches the text of group g at pos; returns the end or -1.
func (m *Machine) refMatch(g int, fold foldMode, pos int) int {
	st, en := m.Caps[2*g], m.Caps[2*g+1]
	if st < 0 || en < 0 || en < st {
		return -1
	}
	sub := m.s[st:en]
	if fold == foldNone {
		if strings.HasPrefix(m.s[pos:m.end], sub) {
			return pos + len(sub)
		}
		return -1
	}
	for i := 0; i < len(sub); {
		if pos >= m.end {
			return -1
		}
		var a, b rune
		var na, nb int
		if m.re.IsBytes {
			a, na = rune(sub[i]), 1
		} else {
			a, na = decodeRune(sub, i)
		}
		b, nb = m.charAt(pos)
		if !equalFold(a, b, fold) {
			return -1
		}
		i += na
		pos += nb
	}
	return pos
}

// cut removes the stack entries above the barrier at index bi (and the
// barrier), keeping the entries that undo changes to captures and
// registers.
func (m *Machine) cut(bi int) {
	j := bi
	for i := bi + 1; i < len(m.stack); i++ {
		switch m.stack[i].kind {
		case ekCap, ekRepCount, ekRepLast, ekLastMark, ekInRep:
			m.stack[j] = m.stack[i]
			j++
		}
	}
	m.stack = m.stack[:j]
}

// unwind undoes the entries above the barrier at bi and removes them and
// the barrier.
func (m *Machine) unwind(bi int) {
	for i := len(m.stack) - 1; i > bi; i-- {
		if m.re.sreMarks && m.stack[i].kind == ekCap {
			m.pending = append(m.pending, m.stack[i])
			m.LastIndex = m.stack[i].pos
			continue
		}
		m.undo(&m.stack[i])
	}
	m.stack = m.stack[:bi]
}

func (m *Machine) undo(e *entry) {
	switch e.kind {
	case ekCap:
		m.Caps[e.pc] = e.a
		m.LastIndex = e.pos
	case ekRepCount:
		m.reps[e.pc].count = e.a
	case ekRepLast:
		m.reps[e.pc].last = e.a
	case ekLastMark:
		m.lastMark = e.a
	case ekInRep:
		m.inRep = e.a
	}
}

func (m *Machine) barrier() int {
	for i := len(m.stack) - 1; i >= 0; i-- {
		if m.stack[i].kind == ekBarrier {
			return i
		}
	}
	return -1
}

const checkEvery = 1 << 16

func (m *Machine) run(pc, pos int) (bool, error) {
	prog := m.re.prog
	s := m.s
	end := m.end
	bytesMode := m.re.IsBytes
	var err error
outer:
	for {
		in := &prog[pc]
		switch in.op {
		case opMatch:
			if m.full && pos != end || m.mustAdvance && pos == m.searchStart {
				break
			}
			m.Caps[1] = pos
			return true, nil
		case opByte:
			if pos < end && rune(s[pos]) == in.c {
				pos++
				pc++
				continue
			}
		case opStr:
			if strings.HasPrefix(s[pos:end], in.str) {
				pos += len(in.str)
				pc++
				continue
			}
		case opSet:
			if pos < end {
				if c := s[pos]; c < 0x80 || bytesMode {
					if in.set.bits[c>>6]>>(c&63)&1 != 0 {
						pos++
						pc++
						continue
					}
				} else if r, n := decodeRune(s, pos); in.set.has(r) {
					pos += n
					pc++
					continue
				}
			}
		case opRune, opFoldByte, opFold, opNotLit, opAny, opAnyAll:
			if np := m.step(in, pos); np >= 0 {
				pos = np
				pc++
				continue
			}
		case opJmp:
			pc = in.x
			continue
		case opSplit:
			lastAlt := 0
			if in.neg {
				lastAlt = 1
			}
			if err = m.push(entry{kind: ekBranch, soft: m.soft(), pc: int32(in.x), pos: pos, a: lastAlt}); err != nil {
				return false, err
			}
			pc++
			continue
		case opSave:
			if m.re.sreMarks {
				if err = m.setMark(in.n, pos); err != nil {
					return false, err
				}
			}
			if err = m.push(entry{kind: ekCap, pc: int32(in.n), pos: m.LastIndex, a: m.Caps[in.n]}); err != nil {
				return false, err
			}
			m.Caps[in.n] = pos
			if in.n&1 == 1 {
				m.LastIndex = in.n / 2
			}
			pc++
			continue
		case opAt:
			if m.at(in.n, pos, in.mode == 1) {
				pc++
				continue
			}
		case opRepeatOne:
			item := &prog[pc+1]
			p := pos
			if in.min > 0 {
				p = m.matchN(item, pos, in.min)
				if p < 0 {
					break
				}
			}
			switch in.mode {
			case greedy:
				e := m.matchMax(item, p, repeatLimit(in))
				if pc == m.re.skipRun {
					m.runEnd = e
				}
				if prog[pc+2].op == opMatch {
					// giving characters back cannot help the match succeed
					pos = e
					break
				}
				if e == p {
					if err = m.protect(m.soft()); err != nil {
						return false, err
					}
				}
				if e > p {
					if err = m.push(entry{kind: ekGreedy1, soft: m.soft(), pc: int32(pc), pos: e, a: p}); err != nil {
						return false, err
					}
					if in.next >= 0 && (e >= end || s[e] != byte(in.next)) {
						// let the entry find a position followed by the literal
						p = -1
						break
					}
				}
				pos = e
			case lazy:
				if in.max > in.min {
					if err = m.push(entry{kind: ekLazy1, soft: m.soft(), pc: int32(pc), pos: p, a: in.min}); err != nil {
						return false, err
					}
				} else if err = m.protect(m.soft()); err != nil {
					return false, err
				}
				pos = p
			default:
				pos = m.matchMax(item, p, repeatLimit(in))
				if pc == m.re.skipRun {
					m.runEnd = pos
				}
			}
			if p < 0 {
				break
			}
			pc += 2
			continue
		case opRepInit:
			r := &m.reps[in.n]
			if err = m.push(entry{kind: ekRepCount, pc: int32(in.n), a: r.count}); err != nil {
				return false, err
			}
			if err = m.push(entry{kind: ekRepLast, pc: int32(in.n), a: r.last}); err != nil {
				return false, err
			}
			r.count, r.last = -1, -1
			pc = in.x
			continue
		case opRepUntil:
			r := &m.reps[in.n]
			ctx := m.re.sreMarks && !in.neg // a repeat context, in CPython's terms
			if ctx && r.count >= 0 {
				// back from an iteration: leaving the body
				if err = m.push(entry{kind: ekInRep, a: m.inRep}); err != nil {
					return false, err
				}
				m.inRep--
			}
			c := r.count + 1
			if c < in.min {
				if err = m.push(entry{kind: ekRepCount, pc: int32(in.n), a: r.count}); err != nil {
					return false, err
				}
				r.count = c
				if ctx {
					if err = m.push(entry{kind: ekInRep, a: m.inRep}); err != nil {
						return false, err
					}
					m.inRep++
				}
				pc = in.x
				continue
			}
			if in.mode == lazy {
				if err = m.push(entry{kind: ekLazyUntil, soft: m.soft(), pc: int32(pc), pos: pos}); err != nil {
					return false, err
				}
				pc++
				continue
			}
			if (c < in.max || in.max == MaxRepeat) && pos != r.last {
				if err = m.push(entry{kind: ekBranch, pc: int32(pc + 1), pos: pos}); err != nil {
					return false, err
				}
				if err = m.push(entry{kind: ekRepCount, pc: int32(in.n), a: r.count}); err != nil {
					return false, err
				}
				if err = m.push(entry{kind: ekRepLast, pc: int32(in.n), a: r.last}); err != nil {
					return false, err
				}
				r.count, r.last = c, pos
				if ctx {
					if err = m.push(entry{kind: ekInRep, a: m.inRep}); err != nil {
						return false, err
					}
					m.inRep++
				}
				pc = in.x
				continue
			}
			pc++
			continue
		case opRef:
			if !m.groupSet(in.n) {
				break
			}
			if np := m.refMatch(in.n, foldMode(in.mode), pos); np >= 0 {
				pos = np
				pc++
				continue
			}
		case opCond:
			if m.groupSet(in.n) {
				pc++
			} else {
				pc = in.x
			}
			continue
		case opLook:
			if err = m.push(entry{kind: ekBarrier, soft: m.soft(), pc: int32(pc), pos: pos}); err != nil {
				return false, err
			}
			if in.behind {
				p := pos
				ok := true
				if bytesMode {
					p -= in.n
					ok = p >= 0
				} else {
					for k := 0; k < in.n; k++ {
						if p <= 0 {
							ok = false
							break
						}
						p = m.prev(p, 0)
					}
				}
				if !ok {
					break
				}
				pos = p
			}
			pc++
			continue
		case opLookEnd:
			bi := m.barrier()
			look := &prog[in.x]
			saved := m.stack[bi].pos
			if look.neg {
				m.unwind(bi)
				break
			}
			m.cut(bi)
			pos = saved
			pc = look.x
			continue
		case opAtomic:
			if err = m.push(entry{kind: ekBarrier, pc: int32(pc), pos: pos}); err != nil {
				return false, err
			}
			pc++
			continue
		case opAtomicEnd:
			m.cut(m.barrier())
			pc++
			continue
		}

		// Failure: backtrack.
		for {
			n := len(m.stack)
			if n == 0 {
				return false, nil
			}
			m.budget++
			if m.budget >= checkEvery {
				m.budget = 0
				if m.Interrupt != nil {
					if err := m.Interrupt(); err != nil {
						return false, err
					}
				}
			}
			e := &m.stack[n-1]
			switch e.kind {
			case ekBranch:
				pc, pos = int(e.pc), e.pos
				ent := *e
				m.stack = m.stack[:n-1]
				if err = m.resumeAt(&ent); err != nil {
					return false, err
				}
				if ent.a == 1 {
					if err = m.protect(ent.soft); err != nil {
						return false, err
					}
				}
				continue outer
			case ekRestore:
				m.failThrough(e)
				m.stack = m.stack[:n-1]
			case ekCap:
				m.LastIndex = e.pos
				if m.re.sreMarks {
					m.pending = append(m.pending, *e)
				} else {
					m.Caps[e.pc] = e.a
				}
				m.stack = m.stack[:n-1]
			case ekGreedy1:
				rp := &prog[e.pc]
				lo, cur := e.a, e.pos
				if cur <= lo {
					m.failThrough(e)
					m.stack = m.stack[:n-1]
					continue
				}
				var np int
				if rp.next >= 0 {
					i := strings.LastIndexByte(s[lo:cur], byte(rp.next))
					if i < 0 {
						m.failThrough(e)
						m.stack = m.stack[:n-1]
						continue
					}
					np = lo + i
				} else {
					np = m.prev(cur, lo)
				}
				pc = int(e.pc) + 2
				ent := *e
				if np <= lo {
					m.stack = m.stack[:n-1]
				} else {
					e.pos = np
				}
				if err = m.resumeAt(&ent); err != nil {
					return false, err
				}
				if np <= lo {
					if err = m.protect(ent.soft); err != nil {
						return false, err
					}
				}
				pos = np
				continue outer
			case ekLazy1:
				rp := &prog[e.pc]
				cnt, cur := e.a, e.pos
				if cnt >= rp.max {
					m.failThrough(e)
					m.stack = m.stack[:n-1]
					continue
				}
				np := m.step(&prog[e.pc+1], cur)
				if np < 0 {
					m.failThrough(e)
					m.stack = m.stack[:n-1]
					continue
				}
				cnt++
				pc = int(e.pc) + 2
				ent := *e
				if cnt >= rp.max {
					m.stack = m.stack[:n-1]
				} else {
					e.pos, e.a = np, cnt
				}
				if err = m.resumeAt(&ent); err != nil {
					return false, err
				}
				if cnt >= rp.max {
					if err = m.protect(ent.soft); err != nil {
						return false, err
					}
				}
				pos = np
				continue outer
			case ekLazyUntil:
				up := &prog[e.pc]
				p := e.pos
				ent := *e
				m.stack = m.stack[:n-1]
				r := &m.reps[up.n]
				c := r.count + 1
				if c >= up.max && up.max != MaxRepeat || p == r.last {
					m.failThrough(&ent)
					continue
				}
				if err = m.resumeAt(&ent); err != nil {
					return false, err
				}
				if err = m.push(entry{kind: ekRepCount, pc: int32(up.n), a: r.count}); err != nil {
					return false, err
				}
				if err = m.push(entry{kind: ekRepLast, pc: int32(up.n), a: r.last}); err != nil {
					return false, err
				}
				r.count, r.last = c, p
				if m.re.sreMarks {
					if err = m.push(entry{kind: ekInRep, a: m.inRep}); err != nil {
						return false, err
					}
					m.inRep++
				}
				pc, pos = up.x, p
				continue outer
			case ekBarrier:
				bp := &prog[e.pc]
				p := e.pos
				ent := *e
				m.stack = m.stack[:n-1]
				if bp.op == opLook && bp.neg {
					if err = m.resumeAt(&ent); err != nil {
						return false, err
					}
					pc, pos = bp.x, p
					continue outer
				}
			default:
				m.undo(e)
				m.stack = m.stack[:n-1]
			}
		}
	}
}
