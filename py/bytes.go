package py

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"upy/internal/uninames"
)

// bytes and bytearray (the common methods) and the utf-8/ascii/latin-1
// codecs (UTF-16 and UTF-32 are in codec_utf16.go).

// AsBytes returns the bytes of a bytes-like object without copying.
func AsBytes(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.B, true
	case *ByteArray:
		return v.B, true
	case *MemoryView:
		if v.released {
			return nil, false
		}
		return v.bytes(), true
	case *Instance:
		return AsBytes(v.Base)
	case Buffer:
		return v.GetBuffer().B, true
	}
	return nil, false
}

// WritableBytes returns the writable buffer of a bytearray, a writable
// contiguous memoryview or another writable buffer.
func WritableBytes(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *ByteArray:
		return v.B, true
	case *MemoryView:
		return v.writable()
	case *Instance:
		return WritableBytes(v.Base)
	case Buffer:
		if info := v.GetBuffer(); !info.ReadOnly {
			return info.B, true
		}
	}
	return nil, false
}

// BytesRepr is repr(bytes).
func BytesRepr(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	out := []byte{'b', quote}
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c == '\t':
			out = append(out, '\\', 't')
		case c < 0x20 || c >= 0x7f:
			out = append(out, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}

// Encode implements str.encode.
func Encode(s *Str, enc, errors string) (Object, error) {
	switch normEncoding(enc) {
	case "utf-8":
		var out []byte
		for i := 0; i < len(s.S); {
			r, n := DecodeRune(s.S, i)
			if r >= 0xD800 && r <= 0xDFFF {
				switch errors {
				case "surrogatepass":
					out = append(out, s.S[i:i+n]...)
				case "ignore":
				case "replace":
					out = append(out, '?')
				case "backslashreplace", "namereplace": // surrogates have no name
					out = appendCodeEscape(out, r)
				case "xmlcharrefreplace":
					out = append(out, "&#"+intToString(int64(r))+";"...)
				case "surrogateescape":
					if r >= 0xDC80 && r <= 0xDCFF {
						out = append(out, byte(r-0xDC00))
						break
					}
					fallthrough
				default:
					if err := checkErrorHandler(errors); err != nil {
						return nil, err
					}
					// the error covers the whole run of surrogates
					j := i + n
					for j < len(s.S) {
						r2, n2 := DecodeRune(s.S, j)
						if r2 < 0xD800 || r2 > 0xDFFF {
							break
						}
						j += n2
					}
					st := NewStr(s.S[:i]).Len()
					return nil, newUnicodeError(UnicodeEncodeError, "utf-8", s, st, st+NewStr(s.S[i:j]).Len(), "surrogates not allowed")
				}
			} else {
				out = append(out, s.S[i:i+n]...)
			}
			i += n
		}
		return NewBytes(out), nil
	case "ascii", "latin-1":
		limit := rune(128)
		name := "ascii"
		if normEncoding(enc) == "latin-1" {
			limit, name = 256, "latin-1"
		}
		var out []byte
		idx := 0
		for i := 0; i < len(s.S); idx++ {
			r, n := DecodeRune(s.S, i)
			i += n
			if r < limit {
				out = append(out, byte(r))
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				out = append(out, '?')
			case "backslashreplace":
				out = appendCodeEscape(out, r)
			case "namereplace":
				if name, ok := uninames.Name(r); ok {
					out = append(append(append(out, `\N{`...), name...), '}')
				} else {
					out = appendCodeEscape(out, r)
				}
			case "xmlcharrefreplace":
				out = append(out, "&#"+intToString(int64(r))+";"...)
			case "surrogateescape":
				if r >= 0xDC80 && r <= 0xDCFF {
					out = append(out, byte(r-0xDC00))
					break
				}
				fallthrough
			default:
				if err := checkErrorHandler(errors); err != nil {
					return nil, err
				}
				// the error covers the whole run of unencodable characters
				end := idx + 1
				for j := i; j < len(s.S); end++ {
					r2, n2 := DecodeRune(s.S, j)
					if r2 < limit {
						break
					}
					j += n2
				}
				return nil, newUnicodeError(UnicodeEncodeError, name, s, idx, end, "ordinal not in range("+intToString(int64(limit))+")")
			}
		}
		return NewBytes(out), nil
	}
	if c, ok := wideCodecFor(normEncoding(enc)); ok {
		return encodeWide(c, s, errors)
	}
	return nil, Errorf(LookupError, "unknown encoding: %s", enc)
}

// appendCodeEscape appends backslashreplace's escape of code point r
// (surrogates included, which string(r) would turn into U+FFFD).
func appendCodeEscape(out []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	var digits int
	switch {
	case r < 0x100:
		out, digits = append(out, '\\', 'x'), 2
	case r < 0x10000:
		out, digits = append(out, '\\', 'u'), 4
	default:
		out, digits = append(out, '\\', 'U'), 8
	}
	for shift := (digits - 1) * 4; shift >= 0; shift -= 4 {
		out = append(out, hex[(r>>uint(shift))&0xf])
	}
	return out
}

// charEscape formats a character as CPython's codec errors do: always
// escaped ('\xe9', '\u20ac', '\U0001f600').
func charEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("'\\x%02x'", r)
	case r < 0x10000:
		return fmt.Sprintf("'\\u%04x'", r)
	}
	return fmt.Sprintf("'\\U%08x'", r)
}

// unicodeError is an encode error at byte offset pos of s.
func unicodeError(cls *Type, enc string, s *Str, pos int, reason string) *Exception {
	i := NewStr(s.S[:pos]).Len()
	return newUnicodeError(cls, enc, s, i, i+1, reason)
}

// checkErrorHandler fails for an error handler name the codecs do not
// know; CPython looks the name up only when an error occurs.
func checkErrorHandler(name string) error {
	switch name {
	case "strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace", "namereplace":
		return nil
	}
	return Errorf(LookupError, "unknown error handler name '%s'", name)
}

// checkDecodeHandler is checkErrorHandler for decoding, which the
// handlers that replace characters by names or references cannot do.
func checkDecodeHandler(name string) error {
	if name == "namereplace" || name == "xmlcharrefreplace" {
		return Errorf(TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	}
	return checkErrorHandler(name)
}

func normEncoding(e string) string {
	e = strings.ToLower(strings.ReplaceAll(e, "_", "-"))
	switch e {
	case "utf-8", "utf8", "u8", "utf":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
		return "latin-1"
	case "utf-16", "utf16", "u16":
		return "utf-16"
	case "utf-16-le", "utf-16le", "unicodelittleunmarked":
		return "utf-16-le"
	case "utf-16-be", "utf-16be", "unicodebigunmarked":
		return "utf-16-be"
	case "utf-32", "utf32", "u32":
		return "utf-32"
	case "utf-32-le", "utf-32le":
		return "utf-32-le"
	case "utf-32-be", "utf-32be":
		return "utf-32-be"
	}
	return e
}

// utf8Invalid measures the invalid sequence at the start of b as
// CPython's decoder does: the bytes of a truncated but so far valid
// sequence, else one byte, and the reason it gives.
func utf8Invalid(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		if b[k] < lo || b[k] > hi {
			return k, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xBF
	}
	return 1, "invalid start byte"
}

// Decode implements bytes.decode.
func Decode(b []byte, enc, errors string) (Object, error) {
	switch normEncoding(enc) {
	case "utf-8":
		if utf8.Valid(b) {
			return NewStr(string(b)), nil
		}
		var out []byte
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				if errors == "surrogatepass" && i+2 < len(b) && b[i] == 0xED && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2]&0xC0 == 0x80 {
					// an encoded surrogate: kept in upy's generalized UTF-8
					out = append(out, b[i:i+3]...)
					i += 3
					continue
				}
				// CPython treats a maximal invalid prefix as one error
				bad, reason := utf8Invalid(b[i:])
				switch errors {
				case "ignore":
				case "replace":
					out = AppendRune(out, 0xFFFD)
				case "surrogateescape":
					for _, c := range b[i : i+bad] {
						out = AppendRune(out, 0xDC00+rune(c))
					}
				case "backslashreplace":
					for _, c := range b[i : i+bad] {
						out = append(out, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
					}
				default:
					if err := checkDecodeHandler(errors); err != nil {
						return nil, err
					}
					return nil, newUnicodeError(UnicodeDecodeError, "utf-8", NewBytes(b), i, i+bad, reason)
				}
				i += bad
				continue
			}
			out = append(out, b[i:i+n]...)
			i += n
		}
		return NewStr(string(out)), nil
	case "ascii":
		var out []byte
		for i, c := range b {
			if c < 128 {
				out = append(out, c)
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				out = AppendRune(out, 0xFFFD)
			case "surrogateescape":
				out = AppendRune(out, 0xDC00+rune(c))
			case "backslashreplace":
				out = append(out, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
			default:
				if err := checkDecodeHandler(errors); err != nil {
					return nil, err
				}
				return nil, newUnicodeError(UnicodeDecodeError, "ascii", NewBytes(b), i, i+1, "ordinal not in range(128)")
			}
		}
		return NewStr(string(out)), nil
	case "latin-1":
		out := make([]byte, 0, len(b))
		for _, c := range b {
			out = AppendRune(out, rune(c))
		}
		return NewStr(string(out)), nil
	}
	if c, ok := wideCodecFor(normEncoding(enc)); ok {
		return decodeWide(c, enc, b, errors)
	}
	return nil, Errorf(LookupError, "unknown encoding: %s", enc)
}

func bytesFrom(t *Thread, args []Object, kw []Kwarg, name string) ([]byte, error) {
	var src, enc, errs Object
	if err := UnpackClinicArgs(t, name, args, kw, "source?", &src, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if src == nil {
		if enc != nil {
			return nil, Errorf(TypeError, "encoding without a string argument")
		}
		if errs != nil {
			return nil, Errorf(TypeError, "errors without a string argument")
		}
		return nil, nil
	}
	if s := asStr(src); s != nil {
		if enc == nil {
			return nil, Errorf(TypeError, "string argument without an encoding")
		}
		e, er := asStr(enc).S, "strict"
		if errs != nil {
			er = asStr(errs).S
		}
		r, err := Encode(s, e, er)
		if err != nil {
			return nil, err
		}
		return r.(*Bytes).B, nil
	}
	if b, ok := AsBytes(src); ok && enc == nil && errs == nil {
		return append([]byte(nil), b...), nil
	}
	if name == "bytes" && enc == nil && errs == nil {
		if r, found, err := CallSpecial(t, src, Intern("__bytes__")); found {
			if err != nil {
				return nil, err
			}
			b, ok := r.(*Bytes)
			if !ok {
				if inst, isInst := r.(*Instance); isInst {
					if bb, ok2 := inst.Base.(*Bytes); ok2 {
						return bb.B, nil
					}
				}
				return nil, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
			}
			return b.B, nil
		}
	}
	// argument types are checked before their combination
	if enc != nil && asStr(enc) == nil {
		return nil, Errorf(TypeError, "%s() argument 'encoding' must be str, not %s", name, TypeName(enc))
	}
	if errs != nil && asStr(errs) == nil {
		return nil, Errorf(TypeError, "%s() argument 'errors' must be str, not %s", name, TypeName(errs))
	}
	if _, isStr := src.(*Str); !isStr && (enc != nil || errs != nil) {
		if enc != nil {
			return nil, Errorf(TypeError, "encoding without a string argument")
		}
		return nil, Errorf(TypeError, "errors without a string argument")
	}
	if hasIndex(src) {
		n, err := IndexInt(t, src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		if n > 1<<31 {
			return nil, Errorf(MemoryError, "")
		}
		return make([]byte, n), nil
	}
	var out []byte
	err := Iterate(t, src, func(x Object) (bool, error) {
		if !hasIndex(x) {
			return false, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(x))
		}
		n, err := IndexInt(t, x)
		if err != nil && !AsException(err).IsInstance(OverflowError) {
			return false, err
		}
		if err != nil || n < 0 || n > 255 {
			// CPython words this per type: "bytes must be…" but "byte must be…"
			if name == "bytearray" {
				return false, Errorf(ValueError, "byte must be in range(0, 256)")
			}
			return false, Errorf(ValueError, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return true, nil
	})
	if err != nil {
		if e := AsException(err); e.IsInstance(TypeError) && src.Type().Lookup(strIter) == nil {
			return nil, Errorf(TypeError, "cannot convert '%s' object to %s", TypeName(src), name)
		}
	}
	return out, err
}

func init() {
	BytesType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		b, err := bytesFrom(t, args, kw, "bytes")
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	}
	ByteArrayType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		b, err := bytesFrom(t, args, kw, "bytearray")
		if err != nil {
			return nil, err
		}
		return &ByteArray{B: b}, nil
	}
	mk := func(tp *Type, b []byte) Object {
		if tp == ByteArrayType {
			return &ByteArray{B: b}
		}
		return NewBytes(b)
	}
	for _, tp := range []*Type{BytesType, ByteArrayType} {
		tp := tp
		bm := func(name string, fn func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error)) {
			tp.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				b, ok := AsBytes(args[0])
				if !ok {
					return nil, Errorf(TypeError, "descriptor '%s' requires a '%s' object", name, tp.Name)
				}
				return fn(t, b, args[1:], kw)
			})
		}
		bm("__len__", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) { return Int(len(b)), nil })
		// comparisons reached through subclass instances (the plain
		// types compare in compareSequences)
		for _, op := range []CompareOp{LT, LE, EQ, NE, GT, GE} {
			op := op
			bm(op.Name().S, func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
				if len(a) != 1 || !isBytesOrByteArray(a[0]) {
					return NotImplemented, nil
				}
				o, _ := AsBytes(a[0])
				return NewBool(cmpResult(op, bytes.Compare(b, o))), nil
			})
		}
		// raw: a bytearray subclass's repr names the subclass
		tp.AddRawMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			b, ok := AsBytes(args[0])
			if !ok || !args[0].Type().IsSubtype(tp) {
				return nil, Errorf(TypeError, "descriptor '__repr__' requires a '%s' object but received a '%s'", tp.Name, TypeName(args[0]))
			}
			if tp == ByteArrayType {
				// CPython's bytearray repr escapes ' even inside double quotes
				r := BytesRepr(b)
				if r[1] == '"' {
					r = strings.ReplaceAll(r, "'", "\\'")
				}
				return NewStr(TypeName(args[0]) + "(" + r + ")"), nil
			}
			return NewStr(BytesRepr(b)), nil
		})
		tp.AddMethod("__iter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if it, ok := builtinIter(args[0]); ok {
				return it, nil
			}
			b, ok := AsBytes(args[0])
			if !ok {
				return nil, Errorf(TypeError, "descriptor '__iter__' requires a '%s' object", tp.Name)
			}
			return &bytesIter{b: b}, nil
		})
		bm("__getitem__", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			if sl, ok := a[0].(*Slice); ok {
				start, _, step, n, err := sl.Indices(t, len(b))
				if err != nil {
					return nil, err
				}
				out := make([]byte, n)
				for i := range out {
					out[i] = b[start+i*step]
				}
				return mk(tp, out), nil
			}
			if !hasIndex(a[0]) {
				return nil, Errorf(TypeError, "%s indices must be integers or slices, not %s", strings.TrimSuffix(tp.Name, "s"), TypeName(a[0]))
			}
			i, err := seqIndex(t, a[0], len(b), tp.Name)
			if err != nil {
				if e := AsException(err); e.IsInstance(IndexError) && tp == BytesType && strings.HasSuffix(e.Error(), "out of range") {
					return nil, Errorf(IndexError, "index out of range")
				}
				return nil, err
			}
			return Int(b[i]), nil
		})
		bm("__contains__", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			if n, ok := a[0].(Int); ok {
				if n < 0 || n > 255 {
					return nil, Errorf(ValueError, "byte must be in range(0, 256)")
				}
				return NewBool(bytes.IndexByte(b, byte(n)) >= 0), nil
			}
			sub, ok := AsBytes(a[0])
			if !ok {
				return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(a[0]))
			}
			return NewBool(bytes.Contains(b, sub)), nil
		})
		bm("__add__", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			o, ok := AsBytes(a[0])
			if !ok {
				return nil, Errorf(TypeError, "can't concat %s to %s", TypeName(a[0]), tp.Name)
			}
			return mk(tp, append(append([]byte(nil), b...), o...)), nil
		})
		overflow := "repeated bytes are too long" // bytearray: a MemoryError
		if tp == ByteArrayType {
			overflow = ""
		}
		brepeat := repeatOp(func(b []byte) int { return len(b) }, maxRepeatBytes, overflow,
			func(b []byte, k int) Object { return mk(tp, bytes.Repeat(b, k)) })
		mul := func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) { return brepeat(t, b, a) }
		bm("__mul__", mul)
		bm("__rmul__", mul)
		bm("decode", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			enc, errs := "utf-8", "strict"
			if err := UnpackClinicArgs(t, "decode", a, kw, "encoding?", &enc, "errors?", &errs); err != nil {
				return nil, err
			}
			if len(b) == 0 {
				// CPython returns '' before looking the codec up
				return NewStr(""), nil
			}
			return Decode(b, enc, errs)
		})
		bm("join", func(t *Thread, b []byte, a []Object, kw []Kwarg) (Object, error) {
			if !Iterable(a[0]) {
				return nil, Errorf(TypeError, "can only join an iterable")
			}
			var out []byte
			i := 0
			err := Iterate(t, a[0], func(x Object) (bool, error) {
				xb, ok := AsBytes(x)
				if !ok {
					return false, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(x))
				}
				if i > 0 {
					out = append(out, b...)
				}
				out = append(out, xb...)
				i++
				return true, nil
			})
			return mk(tp, out), err
		})
	}
	BytesType.AddMethod("__hash__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		b, _ := AsBytes(args[0])
		return Int(bytesHash(b)), nil
	})
	ByteArrayType.Dict.SetString("__hash__", None)
	bam := func(name string, fn func(t *Thread, ba *ByteArray, a []Object) (Object, error)) {
		ByteArrayType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			ba, ok := args[0].(*ByteArray)
			if !ok {
				if inst, ok2 := args[0].(*Instance); ok2 {
					ba, ok = inst.Base.(*ByteArray)
				}
				if !ok {
					return nil, Errorf(TypeError, "expected bytearray")
				}
			}
			return fn(t, ba, args[1:])
		})
	}
	bam("append", func(t *Thread, ba *ByteArray, a []Object) (Object, error) {
		n, err := IndexInt(t, a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 255 {
			return nil, Errorf(ValueError, "byte must be in range(0, 256)")
		}
		if err := ba.checkResize(); err != nil {
			return nil, err
		}
		ba.B = append(ba.B, byte(n))
		return None, nil
	})
	bam("extend", func(t *Thread, ba *ByteArray, a []Object) (Object, error) {
		// unlike bytearray(), extend takes no int count and no str
		if asStr(a[0]) != nil {
			return nil, Errorf(TypeError, "'str' object cannot be interpreted as an integer")
		}
		if _, isBuf := AsBytes(a[0]); !isBuf && hasIndex(a[0]) {
			return nil, Errorf(TypeError, "can't extend bytearray with %s", TypeName(a[0]))
		}
		b, err := bytesFrom(t, a[:1], nil, "bytearray")
		if err != nil {
			return nil, err
		}
		if len(b) > 0 {
			if err := ba.checkResize(); err != nil {
				return nil, err
			}
		}
		ba.B = append(ba.B, b...)
		return None, nil
	})
	bam("__iadd__", func(t *Thread, ba *ByteArray, a []Object) (Object, error) {
		b, ok := AsBytes(a[0])
		if !ok {
			return nil, Errorf(TypeError, "can't concat %s to bytearray", TypeName(a[0]))
		}
		if len(b) > 0 {
			if err := ba.checkResize(); err != nil {
				return nil, err
			}
		}
		ba.B = append(ba.B, b...)
		return ba, nil
	})
	bam("__imul__", func(t *Thread, ba *ByteArray, a []Object) (Object, error) {
		k, ok, err := repeatCount(t, a[0], len(ba.B), maxRepeatBytes, "")
		if !ok {
			return NotImplemented, nil
		}
		if err != nil {
			return nil, err
		}
		if k != 1 && len(ba.B) > 0 {
			if err := ba.checkResize(); err != nil {
				return nil, err
			}
		}
		ba.B = bytes.Repeat(ba.B, k)
		return ba, nil
	})
	bam("clear", func(t *Thread, ba *ByteArray, a []Object) (Object, error) {
		if len(ba.B) > 0 {
			if err := ba.checkResize(); err != nil {
				return nil, err
			}
		}
		ba.B = ba.B[:0]
		return None, nil
	})
	bam("__setitem__", func(t *Thread, ba *ByteArray, a []Object) (Object, error) {
		if sl, ok := a[0].(*Slice); ok {
			if tp := a[1].Type(); tp.IsSubtype(IntType) || tp.IsSubtype(StrType) {
				// bytearray(n) and bytearray(s, enc) are constructors, not sources
				return nil, Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			src, err := bytesFrom(t, a[1:2], nil, "bytearray")
			if err != nil {
				return nil, err
			}
			start, stop, step, n, err := sl.Indices(t, len(ba.B))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				if len(src) == stop-start {
					copy(ba.B[start:stop], src)
					return None, nil
				}
				if err := ba.checkResize(); err != nil {
					return nil, err
				}
				ba.B = append(append(append([]byte(nil), ba.B[:start]...), src...), ba.B[stop:]...)
				return None, nil
			}
			if len(src) == 0 && n > 0 {
				// bytearray deletes an extended slice assigned nothing
				del := ByteArrayType.Dict.GetStr(Intern("__delitem__")).(*MethodDescriptor)
				return del.Fn(t, []Object{ba, sl}, nil)
			}
			if len(src) != n {
				return nil, Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
			}
			for i := 0; i < n; i++ {
				ba.B[start+i*step] = src[i]
			}
			return None, nil
		}
		i, err := seqIndex(t, a[0], len(ba.B), "bytearray")
		if err != nil {
			return nil, err
		}
		v, err := IndexInt(t, a[1])
		if err != nil {
			return nil, err
		}
		if v < 0 || v > 255 {
			return nil, Errorf(ValueError, "byte must be in range(0, 256)")
		}
		ba.B[i] = byte(v)
		return None, nil
	})
	InstallNew(BytesType, ByteArrayType)
}
