package py

import (
	"strconv"
	"unicode"
)

func intToString(n int64) string { return strconv.FormatInt(n, 10) }

// StrRepr quotes s as Python's repr(str) does.
func StrRepr(s string) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		r, size := DecodeRune(s, i)
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r == '\t':
			b = append(b, '\\', 't')
		case r < 0x20 || r == 0x7f:
			b = append(b, '\\', 'x', hexDigit(r>>4), hexDigit(r))
		case r < 0x7f:
			b = append(b, byte(r))
		case IsPrintable(r):
			b = AppendRune(b, r)
		case r < 0x100:
			b = append(b, '\\', 'x', hexDigit(r>>4), hexDigit(r))
		case r < 0x10000:
			b = append(b, '\\', 'u', hexDigit(r>>12), hexDigit(r>>8), hexDigit(r>>4), hexDigit(r))
		default:
			b = append(b, '\\', 'U', hexDigit(r>>28), hexDigit(r>>24), hexDigit(r>>20), hexDigit(r>>16),
				hexDigit(r>>12), hexDigit(r>>8), hexDigit(r>>4), hexDigit(r))
		}
	}
	return string(append(b, quote))
}

func hexDigit(r rune) byte { return "0123456789abcdef"[r&0xf] }

// IsPrintable approximates Python's str.isprintable for one code point:
// letters, marks, numbers, punctuation, symbols and the ASCII space.
func IsPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return false
	}
	// corrected to CPython's Unicode data (unicode_pred_data.go)
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S) != unicode.Is(printableFlip, r)
}
