package py

import (
	"bytes"
	"strconv"
	"strings"
)

// The methods shared by bytes and bytearray (CPython's bytes_methods.c),
// and bytearray's mutating methods.

func isBSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
func isBLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isBUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isBAlpha(c byte) bool { return isBLower(c) || isBUpper(c) }
func isBDigit(c byte) bool { return c >= '0' && c <= '9' }

// bytesArg converts a bytes-like argument, failing with CPython's message.
func bytesArg(o Object) ([]byte, error) {
	if b, ok := AsBytes(o); ok {
		return b, nil
	}
	return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
}

// bytesSubArg is the needle of find/count/index: an int byte or bytes-like.
func bytesSubArg(t *Thread, o Object) ([]byte, error) {
	if b, ok := AsBytes(o); ok {
		return b, nil
	}
	if hasIndex(o) {
		n, err := IndexInt(t, o)
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 255 {
			return nil, Errorf(ValueError, "byte must be in range(0, 256)")
		}
		return []byte{byte(n)}, nil
	}
	return nil, Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", TypeName(o))
}

// bytesRange resolves optional start/end arguments as slice bounds.
func bytesRange(t *Thread, n int, args []Object) (int, int, error) {
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

// bytesFind implements find/rfind/index/rindex; it returns -1 when absent.
func bytesFind(t *Thread, name string, b []byte, a []Object, kw []Kwarg, reverse bool) (int, error) {
	if err := CheckArgs(name, a, kw, 1, 3); err != nil {
		return 0, err
	}
	// the bounds are parsed before the needle, as CPython does
	start, end, err := bytesRange(t, len(b), a[1:])
	if err != nil {
		return 0, err
	}
	sub, err := bytesSubArg(t, a[0])
	if err != nil {
		return 0, err
	}
	if start > end || start > len(b) {
		return -1, nil
	}
	var i int
	if reverse {
		i = bytes.LastIndex(b[start:end], sub)
	} else {
		i = bytes.Index(b[start:end], sub)
	}
	if i < 0 {
		return -1, nil
	}
	return start + i, nil
}

func bytesSplitWS(b []byte, maxsplit int) [][]byte {
	var out [][]byte
	i := 0
	for i < len(b) {
		for i < len(b) && isBSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, b[i:])
			return out
		}
		j := i
		for j < len(b) && !isBSpace(b[j]) {
			j++
		}
		out = append(out, b[i:j])
		i = j
	}
	return out
}

func bytesRSplitWS(b []byte, maxsplit int) [][]byte {
	var out [][]byte
	end := len(b)
	for end > 0 {
		for end > 0 && isBSpace(b[end-1]) {
			end--
		}
		if end == 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, b[:end])
			break
		}
		j := end
		for j > 0 && !isBSpace(b[j-1]) {
			j--
		}
		out = append(out, b[j:end])
		end = j
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func bytesStripSet(b []byte, chars []byte, left, right bool) []byte {
	in := func(c byte) bool {
		if chars == nil {
			return isBSpace(c)
		}
		return bytes.IndexByte(chars, c) >= 0
	}
	i, j := 0, len(b)
	if left {
		for i < j && in(b[i]) {
			i++
		}
	}
	if right {
		for j > i && in(b[j-1]) {
			j--
		}
	}
	return b[i:j]
}

// bytesFill is the fill byte argument of center/ljust/rjust.
func bytesFill(name string, a []Object) (byte, error) {
	if len(a) < 2 {
		return ' ', nil
	}
	f, ok := AsBytes(a[1])
	if !ok || len(f) != 1 {
		what := TypeName(a[1])
		if _, isBA := a[1].(*ByteArray); isBA && len(f) != 1 {
			what = "a bytearray object of length " + itoa(len(f))
		}
		return 0, Errorf(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, what)
	}
	return f[0], nil
}

func itoa(n int) string { return strconv.Itoa(n) }

func bytesTitle(b []byte) []byte {
	out := make([]byte, len(b))
	prevCased := false
	for i, c := range b {
		switch {
		case isBLower(c):
			if !prevCased {
				c -= 32
			}
			prevCased = true
		case isBUpper(c):
			if prevCased {
				c += 32
			}
			prevCased = true
		default:
			prevCased = false
		}
		out[i] = c
	}
	return out
}

func bytesIsTitle(b []byte) bool {
	cased, prevCased := false, false
	for _, c := range b {
		switch {
		case isBUpper(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isBLower(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// bytesHex implements bytes.hex(sep, bytes_per_sep) (also used by memoryview).
func bytesHex(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
	var sepObj, perObj Object
	if err := UnpackClinicArgs(t, "hex", a, kw, "sep?", &sepObj, "bytes_per_sep?", &perObj); err != nil {
		return nil, err
	}
	const d = "0123456789abcdef"
	sep := ""
	if sepObj != nil {
		switch s := sepObj.(type) {
		case *Str:
			if s.Len() != 1 {
				return nil, Errorf(ValueError, "sep must be length 1.")
			}
			if s.At(0) > 127 {
				return nil, Errorf(ValueError, "sep must be ASCII.")
			}
			sep = s.S
		default:
			sb, ok := AsBytes(sepObj)
			if !ok {
				if sepObj.Type().Lookup(strLen) == nil {
					return nil, Errorf(TypeError, "object of type '%s' has no len()", TypeName(sepObj))
				}
				return nil, Errorf(TypeError, "sep must be str or bytes.")
			}
			if len(sb) != 1 {
				return nil, Errorf(ValueError, "sep must be length 1.")
			}
			sep = string(sb)
		}
	}
	per := 1
	if perObj != nil {
		n, err := IndexInt(t, perObj)
		if err != nil {
			return nil, err
		}
		per = n
	}
	out := make([]byte, 0, 3*len(b))
	if sep == "" || per == 0 || len(b) == 0 {
		for _, c := range b {
			out = append(out, d[c>>4], d[c&15])
		}
		return NewStr(string(out)), nil
	}
	abs := per
	if abs < 0 {
		abs = -abs
	}
	for i, c := range b {
		if i > 0 {
			var boundary bool
			if per > 0 {
				boundary = (len(b)-i)%abs == 0
			} else {
				boundary = i%abs == 0
			}
			if boundary {
				out = append(out, sep...)
			}
		}
		out = append(out, d[c>>4], d[c&15])
	}
	return NewStr(string(out)), nil
}

// bytesFromHex parses the argument of bytes.fromhex.
func bytesFromHex(o Object) ([]byte, error) {
	s := asStr(o)
	if s == nil {
		return nil, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(o))
	}
	h := s.S
	var out []byte
	hexv := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	pos := func(i int) int { return NewStr(h[:i]).Len() }
	for i := 0; i < len(h); {
		c := h[i]
		if isBSpace(c) {
			i++
			continue
		}
		hi := hexv(c)
		if hi < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos(i))
		}
		if i+1 >= len(h) || hexv(h[i+1]) < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos(i+1))
		}
		out = append(out, byte(hi<<4|hexv(h[i+1])))
		i += 2
	}
	return out, nil
}

func init() {
	mk := func(tp *Type, b []byte) Object {
		if tp == ByteArrayType {
			return &ByteArray{B: b}
		}
		return NewBytes(b)
	}
	// cp copies b so results never alias a bytearray's buffer.
	cp := func(b []byte) []byte { return append([]byte{}, b...) }
	for _, tp := range []*Type{BytesType, ByteArrayType} {
		tp := tp
		bm := func(name string, fn func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error)) {
			tp.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				if len(args) == 0 {
					return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", name, tp.Name)
				}
				b, ok := AsBytes(args[0])
				if !ok {
					return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, tp.Name, TypeName(args[0]))
				}
				return fn(t, b, args[1:], kw)
			})
		}
		bm("hex", bytesHex)
		bm("startswith", bytesAffix("startswith", false))
		bm("endswith", bytesAffix("endswith", true))
		for _, f := range []struct {
			name    string
			reverse bool
			raise   bool
		}{{"find", false, false}, {"rfind", true, false}, {"index", false, true}, {"rindex", true, true}} {
			f := f
			bm(f.name, func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				i, err := bytesFind(t, f.name, b, a, kw, f.reverse)
				if err != nil {
					return nil, err
				}
				if i < 0 && f.raise {
					return nil, Errorf(ValueError, "subsection not found")
				}
				return Int(i), nil
			})
		}
		bm("count", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("count", a, kw, 1, 3); err != nil {
				return nil, err
			}
			start, end, err := bytesRange(t, len(b), a[1:])
			if err != nil {
				return nil, err
			}
			sub, err := bytesSubArg(t, a[0])
			if err != nil {
				return nil, err
			}
			if start > end || start > len(b) {
				return Int(0), nil
			}
			return Int(bytes.Count(b[start:end], sub)), nil
		})
		bm("replace", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("replace", a, kw, 2, 3); err != nil {
				return nil, err
			}
			o, err := bytesArg(a[0])
			if err != nil {
				return nil, err
			}
			n, err := bytesArg(a[1])
			if err != nil {
				return nil, err
			}
			count := -1
			if len(a) > 2 {
				if count, err = IndexInt(t, a[2]); err != nil {
					return nil, err
				}
			}
			return mk(tp, bytes.Replace(b, o, n, count)), nil
		})
		split := func(name string, reverse bool) func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			return func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				var sepObj Object = None
				maxsplit := -1
				if err := UnpackClinicArgs(t, name, a, kw, "sep?", &sepObj, "maxsplit?", &maxsplit); err != nil {
					return nil, err
				}
				var parts [][]byte
				if sepObj == None {
					if reverse {
						parts = bytesRSplitWS(b, maxsplit)
					} else {
						parts = bytesSplitWS(b, maxsplit)
					}
				} else {
					sep, err := bytesArg(sepObj)
					if err != nil {
						return nil, err
					}
					if len(sep) == 0 {
						return nil, Errorf(ValueError, "empty separator")
					}
					n := maxsplit
					if n >= 0 {
						n++
					}
					if reverse {
						parts = bytesRSplitN(b, sep, n)
					} else {
						parts = bytes.SplitN(b, sep, n)
					}
				}
				items := make([]Object, len(parts))
				for i, p := range parts {
					items[i] = mk(tp, cp(p))
				}
				return NewList(items...), nil
			}
		}
		bm("split", split("split", false))
		bm("rsplit", split("rsplit", true))
		strip := func(name string, left, right bool) func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			return func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				if err := CheckArgs(name, a, kw, 0, 1); err != nil {
					return nil, err
				}
				var chars []byte
				if len(a) > 0 && a[0] != None {
					c, err := bytesArg(a[0])
					if err != nil {
						return nil, err
					}
					chars = c
					if chars == nil {
						chars = []byte{}
					}
				}
				return mk(tp, cp(bytesStripSet(b, chars, left, right))), nil
			}
		}
		bm("strip", strip("strip", true, true))
		bm("lstrip", strip("lstrip", true, false))
		bm("rstrip", strip("rstrip", false, true))
		bmap := func(name string, f func(c byte) byte) {
			bm(name, func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				if err := CheckArgs(name, a, kw, 0, 0); err != nil {
					return nil, err
				}
				out := make([]byte, len(b))
				for i, c := range b {
					out[i] = f(c)
				}
				return mk(tp, out), nil
			})
		}
		bmap("upper", func(c byte) byte {
			if isBLower(c) {
				return c - 32
			}
			return c
		})
		bmap("lower", func(c byte) byte {
			if isBUpper(c) {
				return c + 32
			}
			return c
		})
		bmap("swapcase", func(c byte) byte {
			if isBUpper(c) {
				return c + 32
			}
			if isBLower(c) {
				return c - 32
			}
			return c
		})
		bm("capitalize", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("capitalize", a, kw, 0, 0); err != nil {
				return nil, err
			}
			out := make([]byte, len(b))
			for i, c := range b {
				if i == 0 && isBLower(c) {
					c -= 32
				} else if i > 0 && isBUpper(c) {
					c += 32
				}
				out[i] = c
			}
			return mk(tp, out), nil
		})
		bm("title", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("title", a, kw, 0, 0); err != nil {
				return nil, err
			}
			return mk(tp, bytesTitle(b)), nil
		})
		bpred := func(name string, f func(b []byte) bool) {
			bm(name, func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				if err := CheckArgs(name, a, kw, 0, 0); err != nil {
					return nil, err
				}
				return NewBool(f(b)), nil
			})
		}
		all := func(f func(c byte) bool) func(b []byte) bool {
			return func(b []byte) bool {
				if len(b) == 0 {
					return false
				}
				for _, c := range b {
					if !f(c) {
						return false
					}
				}
				return true
			}
		}
		bpred("isalpha", all(isBAlpha))
		bpred("isdigit", all(isBDigit))
		bpred("isalnum", all(func(c byte) bool { return isBAlpha(c) || isBDigit(c) }))
		bpred("isspace", all(isBSpace))
		bpred("isascii", func(b []byte) bool {
			for _, c := range b {
				if c > 127 {
					return false
				}
			}
			return true
		})
		bpred("islower", func(b []byte) bool {
			cased := false
			for _, c := range b {
				if isBUpper(c) {
					return false
				}
				cased = cased || isBLower(c)
			}
			return cased
		})
		bpred("isupper", func(b []byte) bool {
			cased := false
			for _, c := range b {
				if isBLower(c) {
					return false
				}
				cased = cased || isBUpper(c)
			}
			return cased
		})
		bpred("istitle", bytesIsTitle)
		pad := func(name string) {
			bm(name, func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				if err := CheckArgs(name, a, kw, 1, 2); err != nil {
					return nil, err
				}
				w, err := IndexInt(t, a[0])
				if err != nil {
					return nil, err
				}
				fill, err := bytesFill(name, a)
				if err != nil {
					return nil, err
				}
				if w <= len(b) {
					return mk(tp, cp(b)), nil
				}
				total := w - len(b)
				left := 0
				switch name {
				case "rjust":
					left = total
				case "center":
					left = total/2 + (total & w & 1)
				}
				out := append(bytes.Repeat([]byte{fill}, left), b...)
				out = append(out, bytes.Repeat([]byte{fill}, total-left)...)
				return mk(tp, out), nil
			})
		}
		pad("center")
		pad("ljust")
		pad("rjust")
		bm("zfill", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("zfill", a, kw, 1, 1); err != nil {
				return nil, err
			}
			w, err := IndexInt(t, a[0])
			if err != nil {
				return nil, err
			}
			if w <= len(b) {
				return mk(tp, cp(b)), nil
			}
			body := b
			var sign []byte
			if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
				sign, body = body[:1], body[1:]
			}
			out := append(cp(sign), bytes.Repeat([]byte{'0'}, w-len(b))...)
			return mk(tp, append(out, body...)), nil
		})
		bm("expandtabs", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			tab := 8
			if err := UnpackClinicArgs(t, "expandtabs", a, kw, "tabsize?", &tab); err != nil {
				return nil, err
			}
			var out []byte
			col := 0
			for _, c := range b {
				switch c {
				case '\t':
					if tab > 0 {
						n := tab - col%tab
						out = append(out, bytes.Repeat([]byte{' '}, n)...)
						col += n
					}
				case '\n', '\r':
					out = append(out, c)
					col = 0
				default:
					out = append(out, c)
					col++
				}
			}
			return mk(tp, out), nil
		})
		bm("splitlines", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
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
			var items []Object
			i := 0
			for i < len(b) {
				j := i
				for j < len(b) && b[j] != '\n' && b[j] != '\r' {
					j++
				}
				eol := j
				if j < len(b) {
					if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
						j += 2
					} else {
						j++
					}
				}
				if keep {
					eol = j
				}
				items = append(items, mk(tp, cp(b[i:eol])))
				i = j
			}
			return NewList(items...), nil
		})
		partition := func(name string, reverse bool) {
			bm(name, func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				if err := CheckArgs(name, a, kw, 1, 1); err != nil {
					return nil, err
				}
				sep, err := bytesArg(a[0])
				if err != nil {
					return nil, err
				}
				if len(sep) == 0 {
					return nil, Errorf(ValueError, "empty separator")
				}
				var i int
				if reverse {
					i = bytes.LastIndex(b, sep)
				} else {
					i = bytes.Index(b, sep)
				}
				sepObj := mk(tp, cp(sep))
				if tp == BytesType {
					if sb, ok := a[0].(*Bytes); ok {
						sepObj = sb
					}
				}
				if i < 0 {
					if reverse {
						return NewTuple(mk(tp, nil), mk(tp, nil), mk(tp, cp(b))), nil
					}
					return NewTuple(mk(tp, cp(b)), mk(tp, nil), mk(tp, nil)), nil
				}
				return NewTuple(mk(tp, cp(b[:i])), sepObj, mk(tp, cp(b[i+len(sep):]))), nil
			})
		}
		partition("partition", false)
		partition("rpartition", true)
		affix := func(name string, suffix bool) {
			bm(name, func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				if err := CheckArgs(name, a, kw, 1, 1); err != nil {
					return nil, err
				}
				p, err := bytesArg(a[0])
				if err != nil {
					return nil, err
				}
				if suffix && bytes.HasSuffix(b, p) {
					return mk(tp, cp(b[:len(b)-len(p)])), nil
				}
				if !suffix && bytes.HasPrefix(b, p) {
					return mk(tp, cp(b[len(p):])), nil
				}
				return mk(tp, cp(b)), nil
			})
		}
		affix("removeprefix", false)
		affix("removesuffix", true)
		bm("translate", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			var table Object
			var del Object
			if err := UnpackClinicArgs(t, "translate", a, kw, "table", &table, "/", "delete?", &del); err != nil {
				return nil, err
			}
			var tbl []byte
			if table != None {
				tb, err := bytesArg(table)
				if err != nil {
					return nil, err
				}
				if len(tb) != 256 {
					return nil, Errorf(ValueError, "translation table must be 256 characters long")
				}
				tbl = tb
			}
			var delset []byte
			if del != nil {
				d, err := bytesArg(del)
				if err != nil {
					return nil, err
				}
				delset = d
			}
			out := make([]byte, 0, len(b))
			for _, c := range b {
				if bytes.IndexByte(delset, c) >= 0 {
					continue
				}
				if tbl != nil {
					c = tbl[c]
				}
				out = append(out, c)
			}
			return mk(tp, out), nil
		})
		tp.AddStaticMethod("maketrans", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("maketrans", args, kw, 2, 2); err != nil {
				return nil, err
			}
			from, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			to, err := bytesArg(args[1])
			if err != nil {
				return nil, err
			}
			if len(from) != len(to) {
				return nil, Errorf(ValueError, "maketrans arguments must have same length")
			}
			tbl := make([]byte, 256)
			for i := range tbl {
				tbl[i] = byte(i)
			}
			for i, c := range from {
				tbl[c] = to[i]
			}
			return NewBytes(tbl), nil
		})
		tp.AddClassMethod("fromhex", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("fromhex", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			out, err := bytesFromHex(args[1])
			if err != nil {
				return nil, err
			}
			r := mk(tp, out)
			if cls, ok := args[0].(*Type); ok && cls != tp {
				return t.Call(cls, []Object{r}, nil)
			}
			return r, nil
		})
		bm("__mod__", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			r, err := percentFormat(t, latin1String(b), a[0], true)
			if err != nil {
				return nil, err
			}
			return mk(tp, latin1Bytes(r)), nil
		})
		bm("__rmod__", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			return NotImplemented, nil
		})
	}

	bam := func(name string, fn func(t *Thread, ba *ByteArray, a []Object, kw []Kwarg) (Object, error)) {
		ByteArrayType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			var ba *ByteArray
			if len(args) > 0 {
				switch v := args[0].(type) {
				case *ByteArray:
					ba = v
				case *Instance:
					ba, _ = v.Base.(*ByteArray)
				}
			}
			if ba == nil {
				return nil, Errorf(TypeError, "descriptor '%s' requires a 'bytearray' object", name)
			}
			return fn(t, ba, args[1:], kw)
		})
	}
	byteValue := func(t *Thread, o Object) (byte, error) {
		if !hasIndex(o) {
			return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
		}
		n, err := IndexInt(t, o)
		if err != nil {
			return 0, err
		}
		if n < 0 || n > 255 {
			return 0, Errorf(ValueError, "byte must be in range(0, 256)")
		}
		return byte(n), nil
	}
	bam("copy", func(t *Thread, ba *ByteArray, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("copy", a, kw, 0, 0); err != nil {
			return nil, err
		}
		return &ByteArray{B: cp(ba.B)}, nil
	})
	bam("reverse", func(t *Thread, ba *ByteArray, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("reverse", a, kw, 0, 0); err != nil {
			return nil, err
		}
		for i, j := 0, len(ba.B)-1; i < j; i, j = i+1, j-1 {
			ba.B[i], ba.B[j] = ba.B[j], ba.B[i]
		}
		return None, nil
	})
	bam("insert", func(t *Thread, ba *ByteArray, a []Object, kw []Kwarg) (Object, error) {
		if err := ba.checkResize(); err != nil {
			return nil, err
		}
		if err := CheckArgs("insert", a, kw, 2, 2); err != nil {
			return nil, err
		}
		i, err := IndexInt(t, a[0])
		if err != nil {
			return nil, err
		}
		v, err := byteValue(t, a[1])
		if err != nil {
			return nil, err
		}
		n := len(ba.B)
		if i < 0 {
			i = max(i+n, 0)
		}
		if i > n {
			i = n
		}
		ba.B = append(ba.B, 0)
		copy(ba.B[i+1:], ba.B[i:])
		ba.B[i] = v
		return None, nil
	})
	bam("remove", func(t *Thread, ba *ByteArray, a []Object, kw []Kwarg) (Object, error) {
		if err := ba.checkResize(); err != nil {
			return nil, err
		}
		if err := CheckArgs("remove", a, kw, 1, 1); err != nil {
			return nil, err
		}
		v, err := byteValue(t, a[0])
		if err != nil {
			return nil, err
		}
		i := bytes.IndexByte(ba.B, v)
		if i < 0 {
			return nil, Errorf(ValueError, "value not found in bytearray")
		}
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return None, nil
	})
	bam("pop", func(t *Thread, ba *ByteArray, a []Object, kw []Kwarg) (Object, error) {
		if err := ba.checkResize(); err != nil {
			return nil, err
		}
		if err := CheckArgs("pop", a, kw, 0, 1); err != nil {
			return nil, err
		}
		n := len(ba.B)
		i := n - 1
		if len(a) > 0 {
			v, err := IndexInt(t, a[0])
			if err != nil {
				return nil, err
			}
			i = v
			if i < 0 {
				i += n
			}
		}
		if n == 0 {
			return nil, Errorf(IndexError, "pop from empty bytearray")
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexError, "pop index out of range")
		}
		v := ba.B[i]
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return Int(v), nil
	})
	bam("__delitem__", func(t *Thread, ba *ByteArray, a []Object, kw []Kwarg) (Object, error) {
		if err := ba.checkResize(); err != nil {
			return nil, err
		}
		if sl, ok := a[0].(*Slice); ok {
			start, _, step, n, err := sl.Indices(t, len(ba.B))
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return None, nil
			}
			if step < 0 {
				start, step = start+(n-1)*step, -step
			}
			drop := make(map[int]bool, n)
			for k := 0; k < n; k++ {
				drop[start+k*step] = true
			}
			out := ba.B[:0]
			for i, c := range ba.B {
				if !drop[i] {
					out = append(out, c)
				}
			}
			ba.B = out
			return None, nil
		}
		i, err := seqIndex(t, a[0], len(ba.B), "bytearray")
		if err != nil {
			return nil, err
		}
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return None, nil
	})
}

// bytesAffix implements bytes.startswith/endswith.
func bytesAffix(name string, suffix bool) func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
	return func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs(name, a, kw, 1, 3); err != nil {
			return nil, err
		}
		start, end, err := bytesRange(t, len(b), a[1:])
		if err != nil {
			return nil, err
		}
		test := func(p []byte) bool {
			if start > len(b) || start > end {
				return false
			}
			s := b[start:end]
			if suffix {
				return bytes.HasSuffix(s, p)
			}
			return bytes.HasPrefix(s, p)
		}
		if tu, ok := a[0].(*Tuple); ok {
			for _, x := range tu.Items {
				p, ok := AsBytes(x)
				if !ok {
					return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(x))
				}
				if test(p) {
					return True, nil
				}
			}
			return False, nil
		}
		p, ok := AsBytes(a[0])
		if !ok {
			return nil, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(a[0]))
		}
		return NewBool(test(p)), nil
	}
}

// bytesRSplitN splits from the right; n < 0 means no limit.
func bytesRSplitN(b, sep []byte, n int) [][]byte {
	var out [][]byte
	end := len(b)
	for n < 0 || len(out) < n-1 {
		i := bytes.LastIndex(b[:end], sep)
		if i < 0 {
			break
		}
		out = append(out, b[i+len(sep):end])
		end = i
	}
	out = append(out, b[:end])
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// latin1String maps each byte to the code point of the same value.
func latin1String(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// latin1Bytes is the inverse of latin1String (code points are < 256).
func latin1Bytes(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}
