package py

import (
	"strings"
	"unicode"
)

// str: constructor and methods.

func asStr(o Object) *Str {
	switch v := o.(type) {
	case *Str:
		return v
	case *Instance:
		if s, ok := v.Base.(*Str); ok {
			return s
		}
	}
	return nil
}

func strArg(fname string, o Object) (*Str, error) {
	if s := asStr(o); s != nil {
		return s, nil
	}
	switch fname {
	case "strip", "lstrip", "rstrip":
		return nil, Errorf(TypeError, "%s arg must be None or str", fname)
	case "removeprefix", "removesuffix":
		return nil, Errorf(TypeError, "%s() argument must be str, not %s", fname, TypeName(o))
	case "replace":
		return nil, Errorf(TypeError, "replace() argument 1 must be str, not %s", TypeName(o))
	case "replace2":
		return nil, Errorf(TypeError, "replace() argument 2 must be str, not %s", TypeName(o))
	}
	return nil, Errorf(TypeError, "must be str, not %s", TypeName(o))
}

// pyIsSpace is str.isspace for one code point.
func pyIsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func splitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := 0
	for i < len(s) {
		for i < len(s) {
			r, n := DecodeRune(s, i)
			if !pyIsSpace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[i:])
			return out
		}
		j := i
		for j < len(s) {
			r, n := DecodeRune(s, j)
			if pyIsSpace(r) {
				break
			}
			j += n
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func rsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	end := len(s)
	for end > 0 {
		s2 := strings.TrimRightFunc(s[:end], pyIsSpace)
		end = len(s2)
		if end == 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[:end])
			break
		}
		start := strings.LastIndexFunc(s[:end], pyIsSpace)
		if start < 0 {
			out = append(out, s[:end])
			break
		}
		_, n := DecodeRune(s, start)
		out = append(out, s[start+n:end])
		end = start
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func strList(parts []string) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = NewStr(p)
	}
	return NewList(items...)
}

// substrRange resolves optional start/end arguments to byte offsets.
func substrRange(t *Thread, s *Str, args []Object) (int, int, error) {
	n := s.Len()
	start, end := 0, n
	if len(args) > 0 && args[0] != None {
		v, err := sliceIndex(t, args[0])
		if err != nil {
			return 0, 0, err
		}
		start = v
		if start < 0 {
			start = max(start+n, 0)
		}
		if start > n {
			start = n + 1
		}
	}
	if len(args) > 1 && args[1] != None {
		v, err := sliceIndex(t, args[1])
		if err != nil {
			return 0, 0, err
		}
		end = v
		if end < 0 {
			end = max(end+n, 0)
		}
		if end > n {
			end = n
		}
	}
	return start, end, nil
}

func strFind(t *Thread, s *Str, args []Object, reverse bool) (int, error) {
	if len(args) < 1 {
		return 0, Errorf(TypeError, "find() takes at least 1 argument (0 given)")
	}
	sub := asStr(args[0])
	if sub == nil {
		return 0, Errorf(TypeError, "must be str, not %s", TypeName(args[0]))
	}
	start, end, err := substrRange(t, s, args[1:])
	if err != nil {
		return 0, err
	}
	if start > end {
		return -1, nil
	}
	hay := s.Substr(start, end)
	var i int
	if reverse {
		i = strings.LastIndex(hay, sub.S)
	} else {
		i = strings.Index(hay, sub.S)
	}
	if i < 0 {
		return -1, nil
	}
	return start + NewStr(hay[:i]).Len(), nil
}

func init() {
	StrType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if len(args) == 1 && kw == nil {
			return StrObj(t, args[0])
		}
		var o, enc, errs Object
		if err := UnpackClinicArgs(t, "str", args, kw, "object?", &o, "encoding?", &enc, "errors?", &errs); err != nil {
			return nil, err
		}
		if o == nil {
			return NewStr(""), nil
		}
		if enc != nil && asStr(enc) == nil {
			return nil, Errorf(TypeError, "str() argument 'encoding' must be str, not %s", TypeName(enc))
		}
		if errs != nil && asStr(errs) == nil {
			return nil, Errorf(TypeError, "str() argument 'errors' must be str, not %s", TypeName(errs))
		}
		if enc != nil || errs != nil {
			b, ok := AsBytes(o)
			if !ok {
				if asStr(o) != nil {
					return nil, Errorf(TypeError, "decoding str is not supported")
				}
				return nil, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(o))
			}
			if len(b) == 0 {
				// CPython returns '' before looking the codec up
				return NewStr(""), nil
			}
			e, er := "utf-8", "strict"
			if s := asStr(enc); s != nil {
				e = s.S
			}
			if s := asStr(errs); s != nil {
				er = s.S
			}
			return Decode(b, e, er)
		}
		return StrObj(t, o)
	}
	sm := func(name string, fn func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error)) {
		StrType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			s := asStr(args[0])
			if s == nil {
				return nil, Errorf(TypeError, "descriptor '%s' requires a 'str' object but received a '%s'", name, TypeName(args[0]))
			}
			return fn(t, s, args[1:], kw)
		})
	}
	sm("__len__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) { return Int(s.Len()), nil })
	sm("__str__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) { return s, nil })
	sm("__repr__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) { return NewStr(StrRepr(s.S)), nil })
	sm("__hash__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) { return Int(s.Hash()), nil })
	sm("__iter__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) { return &strIterator{s: s}, nil })
	sm("__contains__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		sub := asStr(a[0])
		if sub == nil {
			return nil, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", TypeName(a[0]))
		}
		return NewBool(strings.Contains(s.S, sub.S)), nil
	})
	sm("__getitem__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		if sl, ok := a[0].(*Slice); ok {
			start, _, step, n, err := sl.Indices(t, s.Len())
			if err != nil {
				return nil, err
			}
			if step == 1 {
				return NewStr(s.Substr(start, start+n)), nil
			}
			rs := make([]rune, n)
			for i := 0; i < n; i++ {
				rs[i] = s.At(start + i*step)
			}
			return RunesToStr(rs), nil
		}
		i, err := seqIndex(t, a[0], s.Len(), "string")
		if err != nil {
			return nil, err
		}
		return CharStr(s.At(i)), nil
	})
	sm("__add__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		o := asStr(a[0])
		if o == nil {
			return nil, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeName(a[0]))
		}
		return NewStr(s.S + o.S), nil
	})
	srepeat := repeatOp(func(s *Str) int { return len(s.S) }, maxRepeatBytes, "repeated string is too long",
		func(s *Str, k int) Object { return NewStr(strings.Repeat(s.S, k)) })
	mul := func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) { return srepeat(t, s, a) }
	sm("__mul__", mul)
	sm("__rmul__", mul)
	sm("__mod__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		r, err := PercentFormat(t, s.S, a[0])
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	sm("__format__", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		spec := asStr(a[0])
		if spec == nil || spec.S == "" {
			return s, nil
		}
		if len(a) > 1 {
			return nil, Errorf(TypeError, "__format__() takes exactly one argument (%d given)", len(a))
		}
		fs, err := ParseFormatSpec(spec.S, "str")
		if err != nil {
			return nil, err
		}
		if fs.Kind != 0 && fs.Kind != 's' {
			return nil, Errorf(ValueError, "Unknown format code '%c' for object of type 'str'", fs.Kind)
		}
		if fs.Sign == ' ' {
			return nil, Errorf(ValueError, "Space not allowed in string format specifier")
		}
		if fs.Sign != 0 {
			return nil, Errorf(ValueError, "Sign not allowed in string format specifier")
		}
		if fs.NoNegZero {
			return nil, Errorf(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
		}
		if fs.Alt {
			return nil, Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
		}
		if fs.Align == '=' {
			return nil, Errorf(ValueError, "'=' alignment not allowed in string format specifier")
		}
		body := s.S
		if fs.Precision >= 0 && fs.Precision < s.Len() {
			body = s.Substr(0, fs.Precision)
		}
		return NewStr(fs.Pad("", body, '<')), nil
	})
	for _, op := range []CompareOp{LT, LE, EQ, NE, GT, GE} {
		op := op
		sm(op.Name().S, func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			o := asStr(a[0])
			if o == nil {
				return NotImplemented, nil
			}
			return NewBool(cmpResult(op, strings.Compare(s.S, o.S))), nil
		})
	}
	sm("join", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		if len(a) != 1 {
			return nil, Errorf(TypeError, "str.join() takes exactly one argument (%d given)", len(a))
		}
		if a[0].Type().Lookup(strIter) == nil && a[0].Type().Lookup(strGetitem) == nil {
			return nil, Errorf(TypeError, "can only join an iterable")
		}
		var b strings.Builder
		i := 0
		err := Iterate(t, a[0], func(x Object) (bool, error) {
			xs := asStr(x)
			if xs == nil {
				return false, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(x))
			}
			if i > 0 {
				b.WriteString(s.S)
			}
			b.WriteString(xs.S)
			i++
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		return NewStr(b.String()), nil
	})
	split := func(reverse bool) func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		return func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			var sep Object = None
			maxsplit := -1
			name := "split"
			if reverse {
				name = "rsplit"
			}
			if err := UnpackClinicArgs(t, name, a, kw, "sep?", &sep, "maxsplit?", &maxsplit); err != nil {
				return nil, err
			}
			if sep == None {
				if reverse {
					return strList(rsplitWhitespace(s.S, maxsplit)), nil
				}
				return strList(splitWhitespace(s.S, maxsplit)), nil
			}
			ss := asStr(sep)
			if ss == nil {
				return nil, Errorf(TypeError, "must be str or None, not %s", TypeName(sep))
			}
			if ss.S == "" {
				return nil, Errorf(ValueError, "empty separator")
			}
			if reverse {
				if maxsplit < 0 {
					return strList(strings.Split(s.S, ss.S)), nil
				}
				var parts []string
				rest := s.S
				for len(parts) < maxsplit {
					i := strings.LastIndex(rest, ss.S)
					if i < 0 {
						break
					}
					parts = append(parts, rest[i+len(ss.S):])
					rest = rest[:i]
				}
				parts = append(parts, rest)
				for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
					parts[i], parts[j] = parts[j], parts[i]
				}
				return strList(parts), nil
			}
			n := -1
			if maxsplit >= 0 {
				n = maxsplit + 1
			}
			return strList(strings.SplitN(s.S, ss.S, n)), nil
		}
	}
	sm("split", split(false))
	sm("rsplit", split(true))
	sm("splitlines", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		var keepO Object = False
		if err := UnpackClinicArgs(t, "splitlines", a, kw, "keepends?", &keepO); err != nil {
			return nil, err
		}
		// keepends is an int flag: a str is an error, not true
		k, err := IndexInt(t, keepO)
		if err != nil {
			return nil, err
		}
		keep := k != 0
		var parts []string
		str := s.S
		start := 0
		for i := 0; i < len(str); {
			r, n := DecodeRune(str, i)
			isBreak := r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x85 || r == 0x2028 || r == 0x2029
			if !isBreak {
				i += n
				continue
			}
			end := i + n
			if r == '\r' && end < len(str) && str[end] == '\n' {
				end++
			}
			if keep {
				parts = append(parts, str[start:end])
			} else {
				parts = append(parts, str[start:i])
			}
			start = end
			i = end
		}
		if start < len(str) {
			parts = append(parts, str[start:])
		}
		return strList(parts), nil
	})
	strip := func(which int) func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		return func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("strip", a, kw, 0, 1); err != nil {
				return nil, err
			}
			f := pyIsSpace
			if len(a) == 1 && a[0] != None {
				chars, err := strArg("strip", a[0])
				if err != nil {
					return nil, err
				}
				set := chars.S
				f = func(r rune) bool { return strings.ContainsRune(set, r) }
			}
			r := s.S
			if which&1 != 0 {
				r = strings.TrimLeftFunc(r, f)
			}
			if which&2 != 0 {
				r = strings.TrimRightFunc(r, f)
			}
			return NewStr(r), nil
		}
	}
	sm("strip", strip(3))
	sm("lstrip", strip(1))
	sm("rstrip", strip(2))
	affix := func(end bool) func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		return func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			if len(a) < 1 {
				return nil, Errorf(TypeError, "startswith() takes at least 1 argument (0 given)")
			}
			start, stop, err := substrRange(t, s, a[1:])
			if err != nil {
				return nil, err
			}
			if start > stop {
				return False, nil
			}
			sub := s.Substr(start, stop)
			test := func(x Object) (bool, error) {
				xs := asStr(x)
				if xs == nil {
					name := "startswith"
					if end {
						name = "endswith"
					}
					return false, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(x))
				}
				if end {
					return strings.HasSuffix(sub, xs.S), nil
				}
				return strings.HasPrefix(sub, xs.S), nil
			}
			if tu, ok := a[0].(*Tuple); ok {
				for _, x := range tu.Items {
					ok, err := test(x)
					if err != nil || ok {
						return NewBool(ok), err
					}
				}
				return False, nil
			}
			ok, err := test(a[0])
			return NewBool(ok), err
		}
	}
	sm("startswith", affix(false))
	sm("endswith", affix(true))
	sm("replace", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("replace", a, kw, 2, 3); err != nil {
			return nil, err
		}
		old, err := strArg("replace", a[0])
		if err != nil {
			return nil, err
		}
		nw, err := strArg("replace2", a[1])
		if err != nil {
			return nil, err
		}
		n := -1
		if len(a) == 3 {
			if n, err = IndexInt(t, a[2]); err != nil {
				return nil, err
			}
		}
		return NewStr(strings.Replace(s.S, old.S, nw.S, n)), nil
	})
	find := func(reverse, raise bool) func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		return func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			i, err := strFind(t, s, a, reverse)
			if err != nil {
				return nil, err
			}
			if i < 0 && raise {
				return nil, Errorf(ValueError, "substring not found")
			}
			return Int(i), nil
		}
	}
	sm("find", find(false, false))
	sm("rfind", find(true, false))
	sm("index", find(false, true))
	sm("rindex", find(true, true))
	sm("count", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		if len(a) < 1 {
			return nil, Errorf(TypeError, "count() takes at least 1 argument (0 given)")
		}
		sub, err := strArg("count", a[0])
		if err != nil {
			return nil, err
		}
		start, end, err := substrRange(t, s, a[1:])
		if err != nil {
			return nil, err
		}
		if start > end {
			return Int(0), nil
		}
		hay := s.Substr(start, end)
		if sub.S == "" {
			return Int(NewStr(hay).Len() + 1), nil
		}
		return Int(strings.Count(hay, sub.S)), nil
	})
	conv := func(name string, f func(string) string) {
		sm(name, func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs(name, a, kw, 0, 0); err != nil {
				return nil, err
			}
			return NewStr(f(s.S)), nil
		})
	}
	conv("upper", pyUpper)
	conv("lower", pyLower)
	conv("casefold", pyCasefold)
	conv("swapcase", pySwapcase)
	conv("capitalize", pyCapitalize)
	conv("title", pyTitle)
	pred := func(name string, f func(rune) bool, emptyTrue bool) {
		sm(name, func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			if s.S == "" {
				return NewBool(emptyTrue), nil
			}
			for i := 0; i < len(s.S); {
				r, n := DecodeRune(s.S, i)
				if !f(r) {
					return False, nil
				}
				i += n
			}
			return True, nil
		})
	}
	pred("isdigit", pyIsDigit, false)
	pred("isdecimal", pyIsDecimal, false)
	pred("isnumeric", pyIsNumeric, false)
	pred("isalpha", pyIsAlpha, false)
	pred("isalnum", func(r rune) bool { return pyIsAlpha(r) || pyIsNumeric(r) }, false)
	pred("isspace", pyIsSpace, false)
	pred("isascii", func(r rune) bool { return r < 128 }, true)
	pred("isprintable", IsPrintable, true)
	sm("isupper", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		cased := false
		for _, r := range s.S {
			if isLowerProp(r) || unicode.IsTitle(r) {
				return False, nil
			}
			if isUpperProp(r) {
				cased = true
			}
		}
		return NewBool(cased), nil
	})
	sm("islower", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		cased := false
		for _, r := range s.S {
			if isUpperProp(r) || unicode.IsTitle(r) {
				return False, nil
			}
			if isLowerProp(r) {
				cased = true
			}
		}
		return NewBool(cased), nil
	})
	sm("istitle", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		prev, cased := false, false
		for _, r := range s.S {
			switch {
			case isUpperProp(r) || unicode.IsTitle(r):
				if prev {
					return False, nil
				}
				prev, cased = true, true
			case isLowerProp(r):
				if !prev {
					return False, nil
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return NewBool(cased), nil
	})
	sm("isidentifier", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		return NewBool(isIdentifier(s.S)), nil
	})
	pad := func(name string, align byte) {
		sm(name, func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs(name, a, kw, 1, 2); err != nil {
				return nil, err
			}
			w, err := IndexInt(t, a[0])
			if err != nil {
				return nil, err
			}
			fill := ' '
			if len(a) == 2 {
				f := asStr(a[1])
				if f == nil {
					return nil, Errorf(TypeError, "The fill character must be a unicode character, not %s", TypeName(a[1]))
				}
				if f.Len() != 1 {
					return nil, Errorf(TypeError, "The fill character must be exactly one character long")
				}
				fill = f.At(0)
			}
			n := s.Len()
			if w <= n {
				return s, nil
			}
			total := w - n
			left := 0
			switch align {
			case '>':
				left = total
			case '^':
				left = total/2 + (total & w & 1)
			}
			f := string(fill)
			return NewStr(strings.Repeat(f, left) + s.S + strings.Repeat(f, total-left)), nil
		})
	}
	pad("ljust", '<')
	pad("rjust", '>')
	pad("center", '^')
	sm("zfill", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("zfill", a, kw, 1, 1); err != nil {
			return nil, err
		}
		w, err := IndexInt(t, a[0])
		if err != nil {
			return nil, err
		}
		n := s.Len()
		if w <= n {
			return s, nil
		}
		body, sign := s.S, ""
		if strings.HasPrefix(body, "-") || strings.HasPrefix(body, "+") {
			sign, body = body[:1], body[1:]
		}
		return NewStr(sign + strings.Repeat("0", w-n) + body), nil
	})
	part := func(reverse bool) func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		return func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("partition", a, kw, 1, 1); err != nil {
				return nil, err
			}
			sep, err := strArg("partition", a[0])
			if err != nil {
				return nil, err
			}
			if sep.S == "" {
				return nil, Errorf(ValueError, "empty separator")
			}
			var i int
			if reverse {
				i = strings.LastIndex(s.S, sep.S)
			} else {
				i = strings.Index(s.S, sep.S)
			}
			if i < 0 {
				if reverse {
					return NewTuple(NewStr(""), NewStr(""), s), nil
				}
				return NewTuple(s, NewStr(""), NewStr("")), nil
			}
			return NewTuple(NewStr(s.S[:i]), sep, NewStr(s.S[i+len(sep.S):])), nil
		}
	}
	sm("partition", part(false))
	sm("rpartition", part(true))
	sm("removeprefix", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		p, err := strArg("removeprefix", a[0])
		if err != nil {
			return nil, err
		}
		return NewStr(strings.TrimPrefix(s.S, p.S)), nil
	})
	sm("removesuffix", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		p, err := strArg("removesuffix", a[0])
		if err != nil {
			return nil, err
		}
		return NewStr(strings.TrimSuffix(s.S, p.S)), nil
	})
	sm("expandtabs", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		size := 8
		if err := UnpackClinicArgs(t, "expandtabs", a, kw, "tabsize?", &size); err != nil {
			return nil, err
		}
		var b strings.Builder
		col := 0
		for _, r := range s.S {
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return NewStr(b.String()), nil
	})
	sm("encode", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		enc, errs := "utf-8", "strict"
		if err := UnpackClinicArgs(t, "encode", a, kw, "encoding?", &enc, "errors?", &errs); err != nil {
			return nil, err
		}
		return Encode(s, enc, errs)
	})
	sm("format", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		r, err := StrFormat(t, s.S, a, kw, nil)
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	sm("format_map", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		if len(a) != 1 {
			return nil, Errorf(TypeError, "format_map() takes exactly one argument (%d given)", len(a))
		}
		r, err := StrFormat(t, s.S, nil, nil, a[0])
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	sm("translate", func(t *Thread, s *Str, a []Object, kw []Kwarg) (Object, error) {
		var b []byte
		for _, r := range s.Runes() {
			v, err := GetItem(t, a[0], Int(r))
			if err != nil {
				if e := AsException(err); e.IsInstance(LookupError) {
					b = AppendRune(b, r)
					continue
				}
				return nil, err
			}
			switch x := v.(type) {
			case *noneObject:
			case Int:
				b = AppendRune(b, rune(x))
			case *Str:
				b = append(b, x.S...)
			default:
				return nil, Errorf(TypeError, "character mapping must return integer, None or str")
			}
		}
		return NewStr(string(b)), nil
	})
	StrType.AddStaticMethod("maketrans", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		d := NewDict()
		if len(args) == 1 {
			src, ok := args[0].(*Dict)
			if !ok {
				return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
			}
			var err error
			src.Items(func(k, v Object) bool {
				if ks := asStr(k); ks != nil {
					if ks.Len() != 1 {
						err = Errorf(ValueError, "string keys in translate table must be of length 1")
						return false
					}
					k = Int(ks.At(0))
				} else if !hasIndex(k) {
					err = Errorf(TypeError, "keys in translate table must be strings or integers")
					return false
				}
				err = d.SetItem(t, k, v)
				return err == nil
			})
			return d, err
		}
		x, y := asStr(args[0]), asStr(args[1])
		if x == nil || y == nil || x.Len() != y.Len() {
			return nil, Errorf(ValueError, "the first two maketrans arguments must have equal length")
		}
		xr, yr := x.Runes(), y.Runes()
		for i := range xr {
			d.SetItem(t, Int(xr[i]), Int(yr[i]))
		}
		if len(args) == 3 {
			for _, r := range asStr(args[2]).Runes() {
				d.SetItem(t, Int(r), None)
			}
		}
		return d, nil
	})
	StrType.AddMethod("__getnewargs__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewTuple(NewStr(asStr(args[0]).S)), nil
	})
	InstallNew(StrType)
}

// isIdentifier is str.isidentifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 && (r == '_' || unicode.IsLetter(r)) == unicode.Is(idstartFlip, r) {
			return false
		}
		if (r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc)) == unicode.Is(idcontFlip, r) {
			return false
		}
	}
	return true
}

// The character predicates of str: Go's categories, corrected by the
// generated tables of unicode_pred_data.go to CPython's Unicode data.

func pyIsAlpha(r rune) bool { return unicode.IsLetter(r) != unicode.Is(alphaFlip, r) }

func pyIsDecimal(r rune) bool { return unicode.IsDigit(r) != unicode.Is(decimalFlip, r) }

func pyIsDigit(r rune) bool {
	return (unicode.IsDigit(r) || unicode.Is(unicode.No, r) && r >= 0xb2 && r <= 0xb9) != unicode.Is(digitFlip, r)
}

func pyIsNumeric(r rune) bool { return unicode.IsNumber(r) != unicode.Is(numericFlip, r) }
