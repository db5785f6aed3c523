package py

import (
	"strings"
	"unicode"
)

// Full case mappings (Unicode SpecialCasing and CaseFolding) where they
// differ from Go's one-rune mappings, and the final sigma rule of
// str.lower, as CPython applies them.

var upperSpecial = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
	'ẖ': "H̱", 'ẗ': "T̈", 'ẘ': "W̊", 'ẙ': "Y̊", 'ẚ': "Aʾ",
	'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
	'ﬓ': "ՄՆ", 'ﬔ': "ՄԵ", 'ﬕ': "ՄԻ", 'ﬖ': "ՎՆ", 'ﬗ': "ՄԽ",
	'ᾳ': "ΑΙ", 'ῃ': "ΗΙ", 'ῳ': "ΩΙ", 'ᾶ': "Α͂", 'ῆ': "Η͂", 'ῶ': "Ω͂", 'ῖ': "Ι͂", 'ῦ': "Υ͂",
}

// titleSpecial holds the title-case forms that are several characters.
var titleSpecial = map[rune]string{
	'ß': "Ss", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
	'ŉ': "ʼN", 'և': "Եւ",
}

var foldSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'İ': "i̇", 'ŉ': "ʼn", 'ǰ': "ǰ", 'ΐ': "ΐ", 'ΰ': "ΰ", 'և': "եւ",
	'ẖ': "ẖ", 'ẗ': "ẗ", 'ẘ': "ẘ", 'ẙ': "ẙ", 'ẚ': "aʾ",
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
	'ſ': "s", 'ς': "σ", 'ϐ': "β", 'ϑ': "θ", 'ϕ': "φ", 'ϖ': "π", 'ϰ': "κ", 'ϱ': "ρ", 'ϵ': "ε",
	'µ': "μ", 'ẛ': "ṡ", 'ι': "ι",
	'ᾳ': "αι", 'ῃ': "ηι", 'ῳ': "ωι", 'ᾼ': "αι", 'ῌ': "ηι", 'ῼ': "ωι", 'ᾶ': "ᾶ", 'ῆ': "ῆ", 'ῶ': "ῶ",
}

func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
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

func pyLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == 'İ':
			b.WriteString("i̇")
		case r == 'Σ':
			if finalSigma(rs, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func pyUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		if m, ok := upperSpecial[r]; ok {
			b.WriteString(m)
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

func pyCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		if m, ok := foldSpecial[r]; ok {
			b.WriteString(m)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// pyTitleRune writes the title-case form of r.
func pyTitleRune(b *strings.Builder, r rune) {
	if m, ok := titleSpecial[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

func pyCapitalize(s string) string {
	if s == "" {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	pyTitleRune(&b, rs[0])
	for i := 1; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 'İ':
			b.WriteString("i̇")
		case r == 'Σ':
			if finalSigma(rs, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func pyTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		cased := isCased(r)
		switch {
		case prevCased && r == 'Σ':
			if finalSigma(rs, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		case prevCased:
			if r == 'İ' {
				b.WriteString("i̇")
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		case cased:
			pyTitleRune(&b, r)
		default:
			b.WriteRune(r)
		}
		prevCased = cased
	}
	return b.String()
}

func pySwapcase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case unicode.IsUpper(r):
			if r == 'Σ' {
				if finalSigma(rs, i) {
					b.WriteRune('ς')
				} else {
					b.WriteRune('σ')
				}
			} else if r == 'İ' {
				b.WriteString("i̇")
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		case unicode.IsLower(r):
			if m, ok := upperSpecial[r]; ok {
				b.WriteString(m)
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
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
