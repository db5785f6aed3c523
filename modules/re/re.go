// Package re is the re module (also importable as ure): CPython 3.11's
// regular expressions on a backtracking engine of our own
// (upy/modules/re/engine).
package re

import (
	"strings"
	"sync"

	"upy/modules/re/engine"
	"upy/py"
)

// ErrorType is re.error.
var ErrorType = py.NewExceptionType("re", "error", py.ExceptionType)

// newError builds re.error(msg, pattern, pos) with CPython's attributes.
func newError(msg string, pattern py.Object, pos int) *py.Exception {
	full := msg
	var lineno, colno py.Object = py.None, py.None
	var posObj py.Object = py.None
	if pattern == nil {
		pattern = py.None
	}
	if pattern != py.None && pos >= 0 {
		posObj = py.Int(pos)
		full = msg + " at position " + itoa(pos)
		var text string
		var nl string
		if s, ok := pattern.(*py.Str); ok {
			text, nl = s.Substr(0, min(pos, s.Len())), "\n"
			if strings.Contains(s.S, "\n") {
				nl = "yes"
			}
		} else if b, ok := py.AsBytes(pattern); ok {
			text = string(b[:min(pos, len(b))])
			if strings.Contains(string(b), "\n") {
				nl = "yes"
			}
		}
		line := strings.Count(text, "\n") + 1
		col := pos + 1
		if i := strings.LastIndexByte(text, '\n'); i >= 0 {
			col = pos - runeCount(text[:i], pattern) // pos - index of the newline
		}
		lineno, colno = py.Int(line), py.Int(col)
		if nl == "yes" {
			full += " (line " + itoa(line) + ", column " + itoa(col) + ")"
		}
	}
	e := py.NewException(ErrorType, py.NewStr(full))
	e.SetAttr("msg", py.NewStr(msg))
	e.SetAttr("pattern", pattern)
	e.SetAttr("pos", posObj)
	e.SetAttr("lineno", lineno)
	e.SetAttr("colno", colno)
	return e
}

func runeCount(s string, pattern py.Object) int {
	if _, ok := pattern.(*py.Str); ok {
		return py.NewStr(s).Len()
	}
	return len(s)
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

// convertError turns an engine error into the Python exception.
func convertError(err *engine.Error, pattern py.Object) error {
	switch err.Kind {
	case engine.KindOverflow:
		return py.Errorf(py.OverflowError, "%s", err.Msg)
	case engine.KindValueError:
		return py.Errorf(py.ValueError, "%s", err.Msg)
	case engine.KindIndexError:
		return py.Errorf(py.IndexError, "%s", err.Msg)
	case engine.KindRecursion:
		return py.Errorf(py.RecursionError, "%s", err.Msg)
	}
	if err.Pos < 0 {
		return newError(err.Msg, nil, -1)
	}
	return newError(err.Msg, pattern, err.Pos)
}

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	re      *engine.Regexp
	pattern py.Object // the str or bytes it was compiled from
	src     string
	index   *py.Dict // groupindex
	machine *engine.Machine
}

var (
	PatternType = py.NewBuiltinType("Pattern", py.ObjectType, nil)
	MatchType   = py.NewBuiltinType("Match", py.ObjectType, nil)
	ScannerType = py.NewBuiltinType("SRE_Scanner", py.ObjectType, nil)
)

func (*Pattern) Type() *py.Type { return PatternType }

// compile compiles a str or bytes pattern.
func compile(t *py.Thread, pattern py.Object, flags int) (*Pattern, error) {
	var src string
	isBytes := false
	switch v := pattern.(type) {
	case *py.Str:
		src = v.S
	case *py.Bytes:
		src, isBytes = string(v.B), true
	default:
		if inst, ok := pattern.(*py.Instance); ok {
			switch b := inst.Base.(type) {
			case *py.Str:
				src = b.S
				goto ok
			case *py.Bytes:
				src, isBytes = string(b.B), true
				goto ok
			}
		}
		return nil, py.Errorf(py.TypeError, "first argument must be string or compiled pattern")
	}
ok:
	re, err := engine.Compile(src, isBytes, flags)
	if err != nil {
		return nil, convertError(err, pattern)
	}
	p := &Pattern{re: re, pattern: pattern, src: src, index: py.NewDict()}
	for _, name := range re.NameOrder {
		p.index.SetItem(t, py.NewStr(name), py.Int(re.Names[name]))
	}
	return p, nil
}

// getMachine takes the pattern's machine (a new one while it is in use,
// as when a sub() callback uses the same pattern).
func (p *Pattern) getMachine(t *py.Thread) *engine.Machine {
	m := p.machine
	if m == nil {
		m = p.re.NewMachine()
	} else {
		p.machine = nil
	}
	m.Interrupt = func() error {
		if t.Interp.Interrupt.Load() != 0 {
			t.Interp.Interrupt.Store(0)
			return py.NewException(py.KeyboardInterrupt)
		}
		return nil
	}
	return m
}

func (p *Pattern) putMachine(m *engine.Machine) {
	m.Interrupt = nil
	p.machine = m
}

func execError(err error) error {
	switch err {
	case engine.ErrStackOverflow:
		return py.Errorf(py.MemoryError, "")
	case engine.ErrWrongSpan:
		return py.Errorf(py.SystemError, "%s", err.Error())
	}
	return err
}

// Match is a match result (re.Match).
type Match struct {
	pat       *Pattern
	subj      *subject
	caps      []int // byte offsets
	pos       int
	endpos    int
	lastIndex int
}

func (*Match) Type() *py.Type { return MatchType }

// exec runs one match or search and returns a Match or nil.
func (p *Pattern) exec(t *py.Thread, sj *subject, pos, endpos int, anchored, full bool) (*Match, error) {
	cpos, cend, bpos, bend := sj.bounds(pos, endpos)
	m := p.getMachine(t)
	ok, err := m.Exec(sj.s, bpos, bend, anchored, full, false)
	defer p.putMachine(m)
	if err != nil || !ok {
		return nil, execError(err)
	}
	return p.newMatch(sj, m, cpos, cend), nil
}

func (p *Pattern) newMatch(sj *subject, m *engine.Machine, pos, endpos int) *Match {
	return &Match{pat: p, subj: sj, caps: append([]int(nil), m.Caps...), pos: pos, endpos: endpos, lastIndex: m.LastIndex}
}

// group returns group g's text or dflt when it did not match.
func (m *Match) group(g int, dflt py.Object) py.Object {
	a, b := m.caps[2*g], m.caps[2*g+1]
	if a < 0 || b < 0 {
		return dflt
	}
	return m.subj.slice(a, b)
}

// groupIndex resolves a group argument (int or name).
func (m *Match) groupIndex(t *py.Thread, o py.Object) (int, error) {
	i := -1
	switch v := o.(type) {
	case py.Int:
		i = int(v)
	case py.Bool:
		if v {
			i = 1
		} else {
			i = 0
		}
	case *py.Str:
		if g, found, err := m.pat.index.GetItem(t, v); err == nil && found {
			if n, ok := g.(py.Int); ok {
				i = int(n)
			}
		}
	default:
		if _, isFloat := o.(py.Float); !isFloat {
			if n, err := py.IndexInt(t, o); err == nil {
				i = n
			} else if g, found, err := m.pat.index.GetItem(t, o); err == nil && found {
				if n, ok := g.(py.Int); ok {
					i = int(n)
				}
			}
		}
	}
	if i < 0 || i > m.pat.re.Groups {
		return 0, py.Errorf(py.IndexError, "no such group")
	}
	return i, nil
}

func (m *Match) span(g int) (int, int) {
	return m.subj.charIdx(m.caps[2*g]), m.subj.charIdx(m.caps[2*g+1])
}

// template is a parsed replacement.
type template struct {
	items   []engine.TemplateItem
	literal []byte // the text when the template has no group references
	isLit   bool
	// wrong is set for a str template with a bytes pattern or the reverse:
	// CPython fails when it joins the pieces, with this message.
	wrong string
}

func (p *Pattern) parseTemplate(t *py.Thread, repl py.Object) (*template, error) {
	var src string
	wrong := ""
	str := asStr(repl)
	b, isBytesLike := py.AsBytes(repl)
	switch {
	case str != nil && !p.re.IsBytes:
		src = str.S
	case isBytesLike && p.re.IsBytes:
		src = string(b)
	case str != nil:
		src = str.S
		wrong = "expected a bytes-like object, " + py.TypeName(repl) + " found"
	case isBytesLike:
		src = string(b)
		wrong = "expected str instance, " + py.TypeName(repl) + " found"
	default:
		return nil, py.Errorf(py.TypeError, "decoding to str: need a bytes-like object, %s found", py.TypeName(repl))
	}
	if !strings.Contains(src, "\\") {
		return &template{literal: []byte(src), isLit: true, wrong: wrong}, nil
	}
	items, err := engine.ParseTemplate(src, p.re.IsBytes, p.re.Groups, p.re.Names)
	if err != nil {
		return nil, convertError(err, repl)
	}
	return &template{items: items, wrong: wrong}, nil
}

// asStr returns the str value of a str or str subclass instance.
func asStr(o py.Object) *py.Str {
	switch v := o.(type) {
	case *py.Str:
		return v
	case *py.Instance:
		if s, ok := v.Base.(*py.Str); ok {
			return s
		}
	}
	return nil
}

// expand appends the template's expansion for match caps to b.
func (tp *template) expand(b []byte, s string, caps []int) []byte {
	for _, it := range tp.items {
		if it.Group < 0 {
			b = append(b, it.Lit...)
		} else if a, e := caps[2*it.Group], caps[2*it.Group+1]; a >= 0 && e >= 0 {
			b = append(b, s[a:e]...)
		}
	}
	return b
}

// cache of compiled patterns, as CPython's _cache (oldest dropped first).
type cacheKey struct {
	isBytes bool
	src     string
	flags   int
}

const maxCache = 512

var (
	cacheMu    sync.Mutex
	cache      = map[cacheKey]*Pattern{}
	cacheOrder []cacheKey
)

// getPattern is re._compile: a Pattern passes through, strings are
// compiled (and cached).
func getPattern(t *py.Thread, pattern, flagsObj py.Object) (*Pattern, error) {
	flags := 0
	if flagsObj != nil {
		if v, ok := flagValue(flagsObj); ok {
			flags = v
		} else {
			n, err := py.IndexInt(t, flagsObj)
			if err != nil {
				return nil, py.Errorf(py.TypeError, "unsupported operand type(s) for &: '%s' and 'int'", py.TypeName(flagsObj))
			}
			flags = n
		}
	}
	if p, ok := pattern.(*Pattern); ok {
		if flags != 0 {
			return nil, py.Errorf(py.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var key cacheKey
	switch v := pattern.(type) {
	case *py.Str:
		key = cacheKey{false, v.S, flags}
	case *py.Bytes:
		key = cacheKey{true, string(v.B), flags}
	default:
		// CPython hashes the cache key first.
		if _, err := py.Hash(t, pattern); err != nil {
			return nil, err
		}
		return compile(t, pattern, flags)
	}
	cacheMu.Lock()
	p, ok := cache[key]
	cacheMu.Unlock()
	if ok {
		return p, nil
	}
	p, err := compile(t, pattern, flags)
	if err != nil {
		return nil, err
	}
	if flags&engine.FlagDebug == 0 {
		cacheMu.Lock()
		if len(cache) >= maxCache {
			delete(cache, cacheOrder[0])
			cacheOrder = cacheOrder[1:]
		}
		cache[key] = p
		cacheOrder = append(cacheOrder, key)
		cacheMu.Unlock()
	}
	return p, nil
}

func purge() {
	cacheMu.Lock()
	cache = map[cacheKey]*Pattern{}
	cacheOrder = nil
	cacheMu.Unlock()
}
