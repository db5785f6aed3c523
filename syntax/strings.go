package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"upy/internal/uninames"
)

// strLit is a decoded string literal token.
type strLit struct {
	bytes bool
	fstr  bool
	raw   bool
	body  string // decoded value (or the raw body of an f-string)
	kind  string // "u" for u"..."
}

// splitLiteral separates prefix, quotes and body of a literal token.
func splitLiteral(lit string) (prefix, body string) {
	i := strings.IndexAny(lit, "'\"")
	prefix = strings.ToLower(lit[:i])
	rest := lit[i:]
	q := rest[:1]
	if strings.HasPrefix(rest, q+q+q) && len(rest) >= 6 {
		return prefix, rest[3 : len(rest)-3]
	}
	return prefix, rest[1 : len(rest)-1]
}

// decodeLiteral decodes a string token; errors are reported as messages.
func decodeLiteral(lit string) (strLit, string) {
	prefix, body := splitLiteral(lit)
	sl := strLit{
		bytes: strings.Contains(prefix, "b"),
		fstr:  strings.Contains(prefix, "f"),
		raw:   strings.Contains(prefix, "r"),
	}
	if prefix == "u" {
		sl.kind = "u"
	}
	if sl.fstr {
		sl.body = body
		return sl, ""
	}
	if sl.bytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				return sl, "bytes can only contain ASCII literal characters"
			}
		}
	}
	if sl.raw {
		sl.body = body
		return sl, ""
	}
	v, msg := unescape(body, sl.bytes)
	sl.body = v
	return sl, msg
}

// unescape processes backslash escapes.
func unescape(s string, isBytes bool) (string, string) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, ""
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b = append(b, c)
			continue
		}
		i++
		c = s[i]
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b = append(b, c)
		case 'a':
			b = append(b, 7)
		case 'b':
			b = append(b, 8)
		case 'f':
			b = append(b, 12)
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			n := 0
			j := i
			for ; j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7'; j++ {
				n = n*8 + int(s[j]-'0')
			}
			i = j - 1
			if isBytes {
				b = append(b, byte(n))
			} else {
				b = appendRune(b, rune(n))
			}
		case 'x':
			if !isHex(at(s, i+1)) || !isHex(at(s, i+2)) {
				if isBytes {
					return "", "(value error) invalid \\x escape at position " + itoa(i-1)
				}
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes in position " + itoa(i-1) + "-" + itoa(min(i+1, len(s)-1)) + ": truncated \\xXX escape"
			}
			n, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if isBytes {
				b = append(b, byte(n))
			} else {
				b = appendRune(b, rune(n))
			}
			i += 2
		case 'u', 'U':
			if isBytes {
				b = append(b, '\\', c)
				continue
			}
			n := 4
			if c == 'U' {
				n = 8
			}
			if i+n >= len(s)+1 || !allHex(s[i+1:min(i+1+n, len(s))], n) {
				kind := "\\uXXXX"
				if c == 'U' {
					kind = "\\UXXXXXXXX"
				}
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes in position " + itoa(i-1) + "-" + itoa(min(i+n, len(s)-1)) + ": truncated " + kind + " escape"
			}
			v, _ := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if v > 0x10ffff {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes in position " + itoa(i-1) + "-" + itoa(i+n) + ": illegal Unicode character"
			}
			b = appendRune(b, rune(v))
			i += n
		case 'N':
			if isBytes {
				b = append(b, '\\', c)
				continue
			}
			// CPython's positions: through the brace that opens an empty
			// name, the closing brace of an unknown one, the end of the
			// literal when no brace closes.
			bad := func(last int, msg string) (string, string) {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes in position " + itoa(i-1) + "-" + itoa(last) + ": " + msg
			}
			if i+1 >= len(s) || s[i+1] != '{' {
				return bad(i, "malformed \\N character escape")
			}
			end := strings.IndexByte(s[i+2:], '}')
			switch {
			case end < 0:
				return bad(len(s)-1, "malformed \\N character escape")
			case end == 0:
				return bad(i+1, "malformed \\N character escape")
			}
			r, ok := uninames.Lookup(s[i+2 : i+2+end])
			if !ok {
				return bad(i+2+end, "unknown Unicode character name")
			}
			end += 2
			b = appendRune(b, r)
			i += end
		default:
			b = append(b, '\\', c)
		}
	}
	return string(b), ""
}

func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func allHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return true
}

// appendRune encodes r, keeping surrogates in generalized UTF-8 as the
// runtime's str does.
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}
