package engine

import (
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

// decodeRune decodes one code point of a str's storage (UTF-8 where lone
// surrogates use their generalized 3-byte form). Invalid bytes decode as
// U+FFFD with size 1.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// appendRune encodes r, surrogates in generalized UTF-8.
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// isSpaceUni is str.isspace for one code point.
func isSpaceUni(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// isWordUni is CPython's Unicode word character: str.isalnum() or '_'.
func isWordUni(r rune) bool {
	if r < 0x80 {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isDigitUni(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

var asciiWord = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return
}()

func isWordASCII(r rune) bool { return r < 0x80 && asciiWord[r] }

func isSpaceASCII(r rune) bool {
	return r == ' ' || r >= '\t' && r <= '\r'
}

func isDigitASCII(r rune) bool { return r >= '0' && r <= '9' }

func lowerASCII(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

// Case-insensitive matching of str patterns treats two characters as the
// same when they are connected by simple lower- or upper-case mappings
// (so 'k', 'K' and KELVIN SIGN are one class, as are 's', 'S' and LONG S).
// foldClasses maps every character of a class with more than one member
// to the sorted members of its class.
var (
	foldOnce    sync.Once
	foldClasses map[rune][]rune
)

func buildFoldClasses() {
	parent := map[rune]rune{}
	var find func(r rune) rune
	find = func(r rune) rune {
		p, ok := parent[r]
		if !ok || p == r {
			return r
		}
		root := find(p)
		parent[r] = root
		return root
	}
	union := func(a, b rune) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if ra < rb {
				parent[rb] = ra
			} else {
				parent[ra] = rb
			}
		}
	}
	for _, cr := range unicode.CaseRanges {
		for r := rune(cr.Lo); r <= rune(cr.Hi); r++ {
			if l := unicode.ToLower(r); l != r {
				union(r, l)
			}
			if u := unicode.ToUpper(r); u != r {
				union(r, u)
			}
		}
	}
	// Characters with equal full case foldings but no simple mapping
	// between them, which CPython also treats as equal.
	union(0x390, 0x1FD3)
	union(0x3B0, 0x1FE3)
	union(0xFB05, 0xFB06)
	groups := map[rune][]rune{}
	for r := range parent {
		root := find(r)
		groups[root] = append(groups[root], r)
	}
	foldClasses = map[rune][]rune{}
	for root, members := range groups {
		found := false
		for _, m := range members {
			if m == root {
				found = true
			}
		}
		if !found {
			members = append(members, root)
		}
		sort.Slice(members, func(i, j int) bool { return members[i] < members[j] })
		if len(members) < 2 {
			continue
		}
		for _, m := range members {
			foldClasses[m] = members
		}
	}
}

// foldClassUni returns the characters equivalent to r ignoring case
// (including r), or nil when r has no other case forms.
func foldClassUni(r rune) []rune {
	foldOnce.Do(buildFoldClasses)
	return foldClasses[r]
}

// foldClass returns the equivalence class of r for fold mode f, nil when r
// is alone in its class.
func foldClass(r rune, f foldMode) []rune {
	switch f {
	case foldASCII:
		if r >= 'a' && r <= 'z' {
			return []rune{r - 32, r}
		}
		if r >= 'A' && r <= 'Z' {
			return []rune{r, r + 32}
		}
	case foldUni:
		return foldClassUni(r)
	}
	return nil
}

// equalFold reports whether a and b are equal in fold mode f.
func equalFold(a, b rune, f foldMode) bool {
	if a == b {
		return true
	}
	switch f {
	case foldASCII:
		return lowerASCII(a) == lowerASCII(b) && a < 0x80 && b < 0x80
	case foldUni:
		for _, m := range foldClassUni(a) {
			if m == b {
				return true
			}
		}
	}
	return false
}

// isIdentifier approximates str.isidentifier.
func isIdentifier(s []rune) bool {
	if len(s) == 0 {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
}
