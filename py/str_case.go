package py

import (
	"strings"
	"unicode"
)

// Case mappings and properties as CPython applies them: Go's simple
// mappings, corrected by the generated tables of unicode_case_data.go
// (full mappings such as 'ß' -> "SS", and Unicode version differences),
// and the final sigma rule of str.lower.

func writeMapped(b *strings.Builder, r rune, full map[rune]string, simple func(rune) rune) {
	if m, ok := full[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(simple(r))
}

// isUpperProp and isLowerProp are Unicode's Uppercase and Lowercase
// properties (which include Other_Uppercase: 'Ⅰ', 'Ⓐ').
func isUpperProp(r rune) bool {
	if v, ok := upperProp[r]; ok {
		return v
	}
	return unicode.IsUpper(r)
}

func isLowerProp(r rune) bool {
	if v, ok := lowerProp[r]; ok {
		return v
	}
	return unicode.IsLower(r)
}

func isCased(r rune) bool {
	return isUpperProp(r) || isLowerProp(r) || unicode.IsTitle(r)
}

func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xad, 0xb7, 0x2019:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// finalSigma reports whether the Σ at rs[i] ends a word.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	k := i + 1
	for k < len(rs) && isCaseIgnorable(rs[k]) {
		k++
	}
	return k == len(rs) || !isCased(rs[k])
}

// lowerAt writes the lower-case form of rs[i] (Σ depends on context).
func lowerAt(b *strings.Builder, rs []rune, i int) {
	if rs[i] == 'Σ' {
		if finalSigma(rs, i) {
			b.WriteRune('ς')
		} else {
			b.WriteRune('σ')
		}
		return
	}
	writeMapped(b, rs[i], lowerFull, unicode.ToLower)
}

func pyLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := range rs {
		lowerAt(&b, rs, i)
	}
	return b.String()
}

func pyUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		writeMapped(&b, r, upperFull, unicode.ToUpper)
	}
	return b.String()
}

func pyCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		writeMapped(&b, r, foldFull, unicode.ToLower)
	}
	return b.String()
}

func pyCapitalize(s string) string {
	if s == "" {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	writeMapped(&b, rs[0], titleFull, unicode.ToTitle)
	for i := 1; i < len(rs); i++ {
		lowerAt(&b, rs, i)
	}
	return b.String()
}

func pyTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerAt(&b, rs, i)
		} else {
			writeMapped(&b, r, titleFull, unicode.ToTitle)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func pySwapcase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case isUpperProp(r):
			lowerAt(&b, rs, i)
		case isLowerProp(r):
			writeMapped(&b, r, upperFull, unicode.ToUpper)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func init() {
	// format(s, '') of a str subclass is str(s) (its __str__ may differ).
	orig := StrType.Dict.GetStr(Intern("__format__")).(*MethodDescriptor).Fn
	StrType.AddRawMethod("__format__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) == 2 && len(kw) == 0 {
			if inst, sub := args[0].(*Instance); sub {
				if spec, ok := args[1].(*Str); ok && spec.S == "" {
					return StrObj(t, args[0])
				}
				a := append([]Object{inst.Base}, args[1:]...)
				return orig(t, a, kw)
			}
		}
		return orig(t, args, kw)
	})
}
