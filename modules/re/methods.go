package re

import (
	"math"
	"unsafe"

	"upy/modules/re/engine"
	"upy/py"
)

const maxPos = math.MaxInt64

func asPattern(o py.Object) (*Pattern, error) {
	if p, ok := o.(*Pattern); ok {
		return p, nil
	}
	return nil, py.Errorf(py.TypeError, "descriptor requires a 're.Pattern' object but received '%s'", py.TypeName(o))
}

func asMatch(o py.Object) (*Match, error) {
	if m, ok := o.(*Match); ok {
		return m, nil
	}
	return nil, py.Errorf(py.TypeError, "descriptor requires a 're.Match' object but received '%s'", py.TypeName(o))
}

// ssize converts an index argument as CPython's Py_ssize_t arguments do.
func ssize(t *py.Thread, o py.Object) (int, error) {
	n, err := py.IndexInt(t, o)
	if err != nil {
		if e := py.AsException(err); e != nil && e.IsInstance(py.OverflowError) {
			return 0, py.Errorf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
	}
	return n, err
}

// posArgs reads the optional pos and endpos arguments.
func posArgs(t *py.Thread, posObj, endObj py.Object) (int, int, error) {
	pos, endpos := 0, maxPos
	var err error
	if posObj != nil {
		if pos, err = ssize(t, posObj); err != nil {
			return 0, 0, err
		}
	}
	if endObj != nil {
		if endpos, err = ssize(t, endObj); err != nil {
			return 0, 0, err
		}
	}
	return pos, endpos, nil
}

func (p *Pattern) matchMethod(t *py.Thread, name string, args []py.Object, kw []py.Kwarg, anchored, full bool) (py.Object, error) {
	var str, posObj, endObj py.Object
	if err := py.UnpackClinicArgs(t, name, args, kw, "string", &str, "pos?", &posObj, "endpos?", &endObj); err != nil {
		return nil, err
	}
	pos, endpos, err := posArgs(t, posObj, endObj)
	if err != nil {
		return nil, err
	}
	return p.do(t, str, pos, endpos, anchored, full)
}

func (p *Pattern) do(t *py.Thread, str py.Object, pos, endpos int, anchored, full bool) (py.Object, error) {
	sj, err := newSubject(p, str)
	if err != nil {
		return nil, err
	}
	m, err := p.exec(t, sj, pos, endpos, anchored, full)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return py.None, nil
	}
	return m, nil
}

// sub implements sub and subn.
func (p *Pattern) sub(t *py.Thread, repl, str py.Object, count int) (py.Object, int, error) {
	sj, err := newSubject(p, str)
	if err != nil {
		return nil, 0, err
	}
	var tmpl *template
	callable := py.Callable(repl)
	if !callable {
		if tmpl, err = p.parseTemplate(t, repl); err != nil {
			return nil, 0, err
		}
	}
	s := sj.s
	out := make([]byte, 0, len(s))
	pieces := 0 // items of CPython's list, for its error message
	last, pos, n := 0, 0, 0
	must := false
	m := p.getMachine(t)
	defer func() { p.putMachine(m) }()
	for count == 0 || n < count {
		ok, err := m.Exec(s, pos, len(s), false, false, must)
		if err != nil {
			return nil, 0, execError(err)
		}
		if !ok {
			break
		}
		b, e := m.Caps[0], m.Caps[1]
		if last < b {
			out = append(out, s[last:b]...)
			pieces++
		}
		switch {
		case callable:
			mo := p.newMatch(sj, m, 0, sj.n)
			p.machine = nil // the callback may use this pattern
			r, err := t.Call(repl, []py.Object{mo}, nil)
			if err != nil {
				return nil, 0, err
			}
			if r != py.None {
				if p.re.IsBytes {
					rb, ok := py.AsBytes(r)
					if !ok {
						return nil, 0, py.Errorf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", pieces, py.TypeName(r))
					}
					out = append(out, rb...)
				} else {
					rs := asStr(r)
					if rs == nil {
						return nil, 0, py.Errorf(py.TypeError, "sequence item %d: expected str instance, %s found", pieces, py.TypeName(r))
					}
					out = append(out, rs.S...)
				}
				pieces++
			}
		case tmpl.wrong != "":
			return nil, 0, py.Errorf(py.TypeError, "sequence item %d: %s", pieces, tmpl.wrong)
		case tmpl.isLit:
			out = append(out, tmpl.literal...)
			pieces++
		default:
			out = tmpl.expand(out, s, m.Caps)
			pieces++
		}
		last = e
		n++
		must = e == b
		pos = e
	}
	out = append(out, s[last:]...)
	if p.re.IsBytes {
		return py.NewBytes(out), n, nil
	}
	if len(out) == 0 || cap(out)-len(out) > len(out)/4 {
		return py.NewStr(string(out)), n, nil // (do not keep much unused capacity)
	}
	return py.NewStr(unsafe.String(&out[0], len(out))), n, nil // out is not used again
}

func (p *Pattern) split(t *py.Thread, str py.Object, maxsplit int) (py.Object, error) {
	sj, err := newSubject(p, str)
	if err != nil {
		return nil, err
	}
	s := sj.s
	var items []py.Object
	if maxsplit < 0 {
		return py.NewList(sj.slice(0, len(s))), nil
	}
	last, pos, n := 0, 0, 0
	must := false
	m := p.getMachine(t)
	defer p.putMachine(m)
	for maxsplit == 0 || n < maxsplit {
		ok, err := m.Exec(s, pos, len(s), false, false, must)
		if err != nil {
			return nil, execError(err)
		}
		if !ok {
			break
		}
		b, e := m.Caps[0], m.Caps[1]
		items = append(items, sj.slice(last, b))
		for g := 1; g <= p.re.Groups; g++ {
			if a, z := m.Caps[2*g], m.Caps[2*g+1]; a >= 0 && z >= 0 {
				items = append(items, sj.slice(a, z))
			} else {
				items = append(items, py.None)
			}
		}
		n++
		must = e == b
		last, pos = e, e
	}
	items = append(items, sj.slice(last, len(s)))
	return py.NewList(items...), nil
}

func (p *Pattern) findall(t *py.Thread, str py.Object, pos, endpos int) (py.Object, error) {
	sj, err := newSubject(p, str)
	if err != nil {
		return nil, err
	}
	_, _, bpos, bend := sj.bounds(pos, endpos)
	s := sj.s
	var items []py.Object
	m := p.getMachine(t)
	defer p.putMachine(m)
	must := false
	empty := sj.slice(0, 0)
	groups := p.re.Groups
	var last py.Object
	var lastText string
	for bpos <= bend {
		ok, err := m.Exec(s, bpos, bend, false, false, must)
		if err != nil {
			return nil, execError(err)
		}
		if !ok {
			break
		}
		b, e := m.Caps[0], m.Caps[1]
		switch groups {
		case 0:
			// str and bytes are immutable: equal consecutive matches (as
			// of a literal pattern) can share one object.
			if last != nil && s[b:e] == lastText {
				items = append(items, last)
			} else {
				last, lastText = sj.slice(b, e), s[b:e]
				items = append(items, last)
			}
		case 1:
			if a, z := m.Caps[2], m.Caps[3]; a >= 0 && z >= 0 {
				items = append(items, sj.slice(a, z))
			} else {
				items = append(items, empty)
			}
		default:
			tu := make([]py.Object, groups)
			for g := 1; g <= groups; g++ {
				if a, z := m.Caps[2*g], m.Caps[2*g+1]; a >= 0 && z >= 0 {
					tu[g-1] = sj.slice(a, z)
				} else {
					tu[g-1] = empty
				}
			}
			items = append(items, py.NewTuple(tu...))
		}
		must = e == b
		bpos = e
	}
	return py.NewList(items...), nil
}

// Scanner is the iterator state of finditer (CPython's SRE_Scanner).
type Scanner struct {
	pat    *Pattern
	subj   *subject
	pos    int // character bounds for the matches
	endpos int
	bpos   int // next search position (bytes)
	bend   int
	must   bool
	done   bool
}

func (*Scanner) Type() *py.Type { return ScannerType }

func (p *Pattern) scanner(str py.Object, pos, endpos int) (*Scanner, error) {
	sj, err := newSubject(p, str)
	if err != nil {
		return nil, err
	}
	cpos, cend, bpos, bend := sj.bounds(pos, endpos)
	return &Scanner{pat: p, subj: sj, pos: cpos, endpos: cend, bpos: bpos, bend: bend}, nil
}

func (sc *Scanner) next(t *py.Thread, anchored bool) (py.Object, error) {
	if sc.done || sc.bpos > sc.bend {
		sc.done = true
		return py.None, nil
	}
	p := sc.pat
	m := p.getMachine(t)
	defer p.putMachine(m)
	ok, err := m.Exec(sc.subj.s, sc.bpos, sc.bend, anchored, false, sc.must)
	if err != nil {
		return nil, execError(err)
	}
	if !ok {
		sc.done = true
		return py.None, nil
	}
	mo := p.newMatch(sc.subj, m, sc.pos, sc.endpos)
	sc.must = m.Caps[1] == m.Caps[0]
	sc.bpos = m.Caps[1]
	return mo, nil
}

func (p *Pattern) repr(t *py.Thread) (string, error) {
	r, err := py.Repr(t, p.pattern)
	if err != nil {
		return "", err
	}
	if rs := []rune(r); len(rs) > 200 {
		r = string(rs[:200])
	}
	fl := patternFlagsRepr(p.re.Flags, p.re.IsBytes)
	if fl == "" {
		return "re.compile(" + r + ")", nil
	}
	return "re.compile(" + r + ", " + fl + ")", nil
}

func (m *Match) repr(t *py.Thread) (string, error) {
	a, b := m.span(0)
	r, err := py.Repr(t, m.group(0, py.None))
	if err != nil {
		return "", err
	}
	if rs := []rune(r); len(rs) > 50 {
		r = string(rs[:50])
	}
	return "<re.Match object; span=(" + itoa(a) + ", " + itoa(b) + "), match=" + r + ">", nil
}

func (m *Match) expand(t *py.Thread, tmplObj py.Object) (py.Object, error) {
	tmpl, err := m.pat.parseTemplate(t, tmplObj)
	if err != nil {
		return nil, err
	}
	if tmpl.wrong != "" {
		return nil, py.Errorf(py.TypeError, "sequence item 0: %s", tmpl.wrong)
	}
	out := tmpl.literal
	if !tmpl.isLit {
		out = tmpl.expand(nil, m.subj.s, m.caps)
	}
	if m.pat.re.IsBytes {
		return py.NewBytes(out), nil
	}
	return py.NewStr(string(out)), nil
}

func escape(t *py.Thread, o py.Object) (py.Object, error) {
	if s, ok := o.(*py.Str); ok {
		return py.NewStr(engine.Escape(s.S)), nil
	}
	b, ok := py.AsBytes(o)
	if !ok {
		return nil, py.Errorf(py.TypeError, "decoding to str: need a bytes-like object, %s found", py.TypeName(o))
	}
	return py.NewBytes([]byte(engine.Escape(string(b)))), nil
}

func method(tp *py.Type, name string, fn func(t *py.Thread, self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
	tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return fn(t, args[0], args[1:], kw)
	})
}

func patternMethod(name string, fn func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
	method(PatternType, name, func(t *py.Thread, self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		p, err := asPattern(self)
		if err != nil {
			return nil, err
		}
		return fn(t, p, args, kw)
	})
}

func matchMethod(name string, fn func(t *py.Thread, m *Match, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
	method(MatchType, name, func(t *py.Thread, self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		m, err := asMatch(self)
		if err != nil {
			return nil, err
		}
		return fn(t, m, args, kw)
	})
}

func init() {
	PatternType.Module = "re"
	MatchType.Module = "re"
	ScannerType.Module = "_sre"
	for _, tp := range []*py.Type{PatternType, MatchType, ScannerType} {
		name := tp.Module + "." + tp.Name
		tp.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return nil, py.Errorf(py.TypeError, "cannot create '%s' instances", name)
		}
		py.InstallNew(tp)
	}

	// Pattern
	patternMethod("match", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return p.matchMethod(t, "match", args, kw, true, false)
	})
	patternMethod("fullmatch", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return p.matchMethod(t, "fullmatch", args, kw, true, true)
	})
	patternMethod("search", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return p.matchMethod(t, "search", args, kw, false, false)
	})
	subArgs := func(t *py.Thread, name string, args []py.Object, kw []py.Kwarg) (py.Object, py.Object, int, error) {
		var repl, str, countObj py.Object
		if err := py.UnpackClinicArgs(t, name, args, kw, "repl", &repl, "string", &str, "count?", &countObj); err != nil {
			return nil, nil, 0, err
		}
		count := 0
		if countObj != nil {
			n, err := py.IndexInt(t, countObj)
			if err != nil {
				return nil, nil, 0, err
			}
			count = n
		}
		return repl, str, count, nil
	}
	patternMethod("sub", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		repl, str, count, err := subArgs(t, "sub", args, kw)
		if err != nil {
			return nil, err
		}
		r, _, err := p.sub(t, repl, str, count)
		return r, err
	})
	patternMethod("subn", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		repl, str, count, err := subArgs(t, "subn", args, kw)
		if err != nil {
			return nil, err
		}
		r, n, err := p.sub(t, repl, str, count)
		if err != nil {
			return nil, err
		}
		return py.NewTuple(r, py.Int(n)), nil
	})
	patternMethod("split", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var str, maxObj py.Object
		if err := py.UnpackClinicArgs(t, "split", args, kw, "string", &str, "maxsplit?", &maxObj); err != nil {
			return nil, err
		}
		maxsplit := 0
		if maxObj != nil {
			n, err := py.IndexInt(t, maxObj)
			if err != nil {
				return nil, err
			}
			maxsplit = n
		}
		return p.split(t, str, maxsplit)
	})
	posMethod := func(name string, fn func(t *py.Thread, p *Pattern, str py.Object, pos, endpos int) (py.Object, error)) {
		patternMethod(name, func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var str, posObj, endObj py.Object
			if err := py.UnpackClinicArgs(t, name, args, kw, "string", &str, "pos?", &posObj, "endpos?", &endObj); err != nil {
				return nil, err
			}
			pos, endpos, err := posArgs(t, posObj, endObj)
			if err != nil {
				return nil, err
			}
			return fn(t, p, str, pos, endpos)
		})
	}
	posMethod("findall", func(t *py.Thread, p *Pattern, str py.Object, pos, endpos int) (py.Object, error) {
		return p.findall(t, str, pos, endpos)
	})
	posMethod("finditer", func(t *py.Thread, p *Pattern, str py.Object, pos, endpos int) (py.Object, error) {
		sc, err := p.scanner(str, pos, endpos)
		if err != nil {
			return nil, err
		}
		return py.NewCallableIter(py.NewBuiltin("search", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return sc.next(t, false)
		}), py.None), nil
	})
	posMethod("scanner", func(t *py.Thread, p *Pattern, str py.Object, pos, endpos int) (py.Object, error) {
		sc, err := p.scanner(str, pos, endpos)
		if err != nil {
			return nil, err
		}
		return sc, nil
	})
	patternMethod("__repr__", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, err := p.repr(t)
		if err != nil {
			return nil, err
		}
		return py.NewStr(s), nil
	})
	patternMethod("__eq__", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		q, ok := args[0].(*Pattern)
		if !ok {
			return py.NotImplemented, nil
		}
		return py.Bool(p == q || p.re.Flags == q.re.Flags && p.re.IsBytes == q.re.IsBytes && p.src == q.src), nil
	})
	patternMethod("__ne__", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		q, ok := args[0].(*Pattern)
		if !ok {
			return py.NotImplemented, nil
		}
		return py.Bool(!(p == q || p.re.Flags == q.re.Flags && p.re.IsBytes == q.re.IsBytes && p.src == q.src)), nil
	})
	patternMethod("__hash__", func(t *py.Thread, p *Pattern, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		h, err := py.Hash(t, p.pattern)
		if err != nil {
			return nil, err
		}
		return py.Int(h ^ int64(p.re.Flags)*1000003), nil
	})
	self := func(t *py.Thread, self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return self, nil
	}
	classGetitem := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil }
	PatternType.AddClassMethod("__class_getitem__", classGetitem)
	MatchType.AddClassMethod("__class_getitem__", classGetitem)
	method(PatternType, "__copy__", self)
	method(PatternType, "__deepcopy__", self)
	PatternType.AddGetSet("pattern", func(t *py.Thread, self py.Object) (py.Object, error) {
		p, err := asPattern(self)
		if err != nil {
			return nil, err
		}
		return p.pattern, nil
	}, nil)
	PatternType.AddGetSet("flags", func(t *py.Thread, self py.Object) (py.Object, error) {
		p, err := asPattern(self)
		if err != nil {
			return nil, err
		}
		return py.Int(p.re.Flags), nil
	}, nil)
	PatternType.AddGetSet("groups", func(t *py.Thread, self py.Object) (py.Object, error) {
		p, err := asPattern(self)
		if err != nil {
			return nil, err
		}
		return py.Int(p.re.Groups), nil
	}, nil)
	PatternType.AddGetSet("groupindex", func(t *py.Thread, self py.Object) (py.Object, error) {
		p, err := asPattern(self)
		if err != nil {
			return nil, err
		}
		return &py.MappingProxy{D: p.index}, nil
	}, nil)

	// Match
	matchMethod("group", func(t *py.Thread, m *Match, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "Match.group() takes no keyword arguments")
		}
		if len(args) == 0 {
			return m.group(0, py.None), nil
		}
		out := make([]py.Object, len(args))
		for i, a := range args {
			g, err := m.groupIndex(t, a)
			if err != nil {
				return nil, err
			}
			out[i] = m.group(g, py.None)
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return py.NewTuple(out...), nil
	})
	matchMethod("__getitem__", func(t *py.Thread, m *Match, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		g, err := m.groupIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		return m.group(g, py.None), nil
	})
	matchMethod("groups", func(t *py.Thread, m *Match, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var dflt py.Object = py.None
		if err := py.UnpackClinicArgs(t, "groups", args, kw, "default?", &dflt); err != nil {
			return nil, err
		}
		out := make([]py.Object, m.pat.re.Groups)
		for g := range out {
			out[g] = m.group(g+1, dflt)
		}
		return py.NewTuple(out...), nil
	})
	matchMethod("groupdict", func(t *py.Thread, m *Match, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var dflt py.Object = py.None
		if err := py.UnpackClinicArgs(t, "groupdict", args, kw, "default?", &dflt); err != nil {
			return nil, err
		}
		d := py.NewDict()
		for _, name := range m.pat.re.NameOrder {
			if err := d.SetItem(t, py.NewStr(name), m.group(m.pat.re.Names[name], dflt)); err != nil {
				return nil, err
			}
		}
		return d, nil
	})
	spanMethod := func(name string, fn func(m *Match, g int) py.Object) {
		matchMethod(name, func(t *py.Thread, m *Match, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var gObj py.Object = py.Int(0)
			if len(kw) > 0 {
				return nil, py.Errorf(py.TypeError, "Match.%s() takes no keyword arguments", name)
			}
			if len(args) > 1 {
				return nil, py.Errorf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
			}
			if len(args) == 1 {
				gObj = args[0]
			}
			g, err := m.groupIndex(t, gObj)
			if err != nil {
				return nil, err
			}
			return fn(m, g), nil
		})
	}
	spanMethod("start", func(m *Match, g int) py.Object { a, _ := m.span(g); return py.Int(a) })
	spanMethod("end", func(m *Match, g int) py.Object { _, b := m.span(g); return py.Int(b) })
	spanMethod("span", func(m *Match, g int) py.Object { a, b := m.span(g); return py.NewTuple(py.Int(a), py.Int(b)) })
	matchMethod("expand", func(t *py.Thread, m *Match, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var tmpl py.Object
		if err := py.UnpackClinicArgs(t, "expand", args, kw, "template", &tmpl); err != nil {
			return nil, err
		}
		return m.expand(t, tmpl)
	})
	matchMethod("__repr__", func(t *py.Thread, m *Match, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, err := m.repr(t)
		if err != nil {
			return nil, err
		}
		return py.NewStr(s), nil
	})
	method(MatchType, "__copy__", self)
	method(MatchType, "__deepcopy__", self)
	getter := func(name string, fn func(m *Match) py.Object) {
		MatchType.AddGetSet(name, func(t *py.Thread, self py.Object) (py.Object, error) {
			m, err := asMatch(self)
			if err != nil {
				return nil, err
			}
			return fn(m), nil
		}, nil)
	}
	getter("pos", func(m *Match) py.Object { return py.Int(m.pos) })
	getter("endpos", func(m *Match) py.Object { return py.Int(m.endpos) })
	getter("lastindex", func(m *Match) py.Object {
		if m.lastIndex < 0 {
			return py.None
		}
		return py.Int(m.lastIndex)
	})
	getter("lastgroup", func(m *Match) py.Object {
		if m.lastIndex < 0 {
			return py.None
		}
		for name, g := range m.pat.re.Names {
			if g == m.lastIndex {
				return py.NewStr(name)
			}
		}
		return py.None
	})
	getter("re", func(m *Match) py.Object { return m.pat })
	getter("string", func(m *Match) py.Object { return m.subj.obj })
	getter("regs", func(m *Match) py.Object {
		out := make([]py.Object, m.pat.re.Groups+1)
		for g := range out {
			a, b := m.span(g)
			out[g] = py.NewTuple(py.Int(a), py.Int(b))
		}
		return py.NewTuple(out...)
	})

	// Scanner
	scan := func(name string, anchored bool) {
		method(ScannerType, name, func(t *py.Thread, self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			sc, ok := self.(*Scanner)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a scanner")
			}
			if err := py.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return sc.next(t, anchored)
		})
	}
	scan("match", true)
	scan("search", false)
	ScannerType.AddGetSet("pattern", func(t *py.Thread, self py.Object) (py.Object, error) {
		if sc, ok := self.(*Scanner); ok {
			return sc.pat, nil
		}
		return py.None, nil
	}, nil)

	// error
	ErrorType.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		e, ok := args[0].(*py.Exception)
		if !ok {
			return nil, py.Errorf(py.TypeError, "descriptor '__init__' requires a 're.error' object")
		}
		var msg, pattern, pos py.Object
		pattern, pos = py.None, py.None
		if err := py.UnpackArgs(t, "error", args[1:], kw, "msg", &msg, "pattern?", &pattern, "pos?", &pos); err != nil {
			return nil, err
		}
		ms, err := py.StrOf(t, msg)
		if err != nil {
			return nil, err
		}
		p := -1
		if pos != py.None {
			if p, err = py.IndexInt(t, pos); err != nil {
				return nil, err
			}
		}
		built := newError(ms, pattern, p)
		if pattern == py.None || pos == py.None {
			built.SetAttr("pos", pos)
			built.Args = py.NewTuple(msg)
		}
		e.Args = built.Args
		for _, n := range []string{"pattern", "pos", "lineno", "colno"} {
			e.SetAttr(n, built.Attr(n))
		}
		e.SetAttr("msg", msg)
		return py.None, nil
	})

	py.RegisterModule("re", newModule)
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("re")
	m.Set("error", ErrorType)
	m.Set("Pattern", PatternType)
	m.Set("Match", MatchType)
	m.Set("RegexFlag", RegexFlag)
	m.Set("__version__", py.NewStr("2.2.1"))
	for _, f := range flagNames {
		v := RegexFlag.Dict.GetString(f.name)
		m.Set(f.name, v)
		if f.short != "" {
			m.Set(f.short, v)
		}
	}
	m.Set("NOFLAG", RegexFlag.Dict.GetString("NOFLAG"))
	all := []string{"match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
		"purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
		"ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"}
	names := make([]py.Object, len(all))
	for i, n := range all {
		names[i] = py.NewStr(n)
	}
	m.Set("__all__", py.NewList(names...))

	m.SetFunc("compile", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := pyArgs("compile", args, kw, 1, "pattern", "flags")
		if err != nil {
			return nil, err
		}
		return getPattern(t, a[0], a[1])
	})
	matchFunc := func(name string, anchored, full bool) {
		m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			a, err := pyArgs(name, args, kw, 2, "pattern", "string", "flags")
			if err != nil {
				return nil, err
			}
			p, err := getPattern(t, a[0], a[2])
			if err != nil {
				return nil, err
			}
			return p.do(t, a[1], 0, maxPos, anchored, full)
		})
	}
	matchFunc("match", true, false)
	matchFunc("fullmatch", true, true)
	matchFunc("search", false, false)
	subFunc := func(name string, withN bool) {
		m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			a, err := pyArgs(name, args, kw, 3, "pattern", "repl", "string", "count", "flags")
			if err != nil {
				return nil, err
			}
			repl, str, countObj := a[1], a[2], a[3]
			p, err := getPattern(t, a[0], a[4])
			if err != nil {
				return nil, err
			}
			count := 0
			if countObj != nil {
				if count, err = py.IndexInt(t, countObj); err != nil {
					return nil, err
				}
			}
			r, n, err := p.sub(t, repl, str, count)
			if err != nil {
				return nil, err
			}
			if withN {
				return py.NewTuple(r, py.Int(n)), nil
			}
			return r, nil
		})
	}
	subFunc("sub", false)
	subFunc("subn", true)
	m.SetFunc("split", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := pyArgs("split", args, kw, 2, "pattern", "string", "maxsplit", "flags")
		if err != nil {
			return nil, err
		}
		str, maxObj := a[1], a[2]
		p, err := getPattern(t, a[0], a[3])
		if err != nil {
			return nil, err
		}
		maxsplit := 0
		if maxObj != nil {
			if maxsplit, err = py.IndexInt(t, maxObj); err != nil {
				return nil, err
			}
		}
		return p.split(t, str, maxsplit)
	})
	m.SetFunc("findall", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := pyArgs("findall", args, kw, 2, "pattern", "string", "flags")
		if err != nil {
			return nil, err
		}
		p, err := getPattern(t, a[0], a[2])
		if err != nil {
			return nil, err
		}
		return p.findall(t, a[1], 0, maxPos)
	})
	m.SetFunc("finditer", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := pyArgs("finditer", args, kw, 2, "pattern", "string", "flags")
		if err != nil {
			return nil, err
		}
		p, err := getPattern(t, a[0], a[2])
		if err != nil {
			return nil, err
		}
		sc, err := p.scanner(a[1], 0, maxPos)
		if err != nil {
			return nil, err
		}
		return py.NewCallableIter(py.NewBuiltin("search", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return sc.next(t, false)
		}), py.None), nil
	})
	m.SetFunc("escape", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := pyArgs("escape", args, kw, 1, "pattern")
		if err != nil {
			return nil, err
		}
		return escape(t, a[0])
	})
	m.SetFunc("purge", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if _, err := pyArgs("purge", args, kw, 0); err != nil {
			return nil, err
		}
		purge()
		return py.None, nil
	})
	m.SetFunc("template", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := pyArgs("template", args, kw, 1, "pattern", "flags")
		if err != nil {
			return nil, err
		}
		pattern, flags := a[0], a[1]
		fl := engine.FlagTemplate
		if flags != nil {
			v, ok := flagValue(flags)
			if !ok {
				n, err := py.IndexInt(t, flags)
				if err != nil {
					return nil, err
				}
				v = n
			}
			fl |= v
		}
		return getPattern(t, pattern, py.Int(fl))
	})
	return m, nil
}
