package py

import "strings"

// FormatSpec is a parsed format specification (the mini-language of
// format() and str.format): [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type FormatSpec struct {
	Fill      rune // 0 when not given
	Align     byte // 0, '<', '>', '=', '^'
	Sign      byte // 0, '+', '-', ' '
	NoNegZero bool // 'z'
	Alt       bool // '#'
	Zero      bool // '0' before the width
	Width     int  // -1 when not given
	Grouping  byte // 0, ',', '_'
	Precision int  // -1 when not given
	Kind      byte // 0 or the presentation type letter
}

// ParseFormatSpec parses spec for a value of type typeName, failing with
// ValueError as CPython does.
func ParseFormatSpec(spec, typeName string) (FormatSpec, error) {
	fs := FormatSpec{Width: -1, Precision: -1}
	rs := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		fs.Fill, fs.Align = rs[0], byte(rs[1])
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		fs.Align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		fs.Sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		fs.NoNegZero = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		fs.Alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		fs.Zero = true
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		n, ok := atoiSmall(string(rs[start:i]))
		if !ok {
			return fs, Errorf(ValueError, "Too many decimal digits in format string")
		}
		fs.Width = n
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		fs.Grouping = byte(rs[i])
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
			if byte(rs[i]) == fs.Grouping {
				return fs, Errorf(ValueError, "Cannot specify '%c' with '%c'.", rs[i], rs[i])
			}
			return fs, Errorf(ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return fs, Errorf(ValueError, "Format specifier missing precision")
		}
		n, ok := atoiSmall(string(rs[start:i]))
		if !ok {
			return fs, Errorf(ValueError, "Too many decimal digits in format string")
		}
		fs.Precision = n
	}
	if i < len(rs) {
		if i+1 < len(rs) || rs[i] > 127 {
			return fs, Errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
		}
		fs.Kind = byte(rs[i])
	}
	if fs.Grouping != 0 {
		k := fs.Kind
		if k == 0 && typeName == "str" {
			k = 's'
		}
		switch k {
		case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
		case 'b', 'o', 'x', 'X':
			if fs.Grouping == ',' {
				return fs, Errorf(ValueError, "Cannot specify ',' with '%c'.", k)
			}
		default:
			if k > 32 && k < 127 {
				return fs, Errorf(ValueError, "Cannot specify '%c' with '%c'.", fs.Grouping, k)
			}
			return fs, Errorf(ValueError, "Cannot specify '%c' with '\\x%x'.", fs.Grouping, k)
		}
	}
	// A '0' before the width means zero fill; numbers also default to '='
	// alignment then (see NumAlign), strings keep their default.
	if fs.Zero && fs.Fill == 0 {
		fs.Fill = '0'
	}
	return fs, nil
}

func atoiSmall(s string) (int, bool) {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
		if n > 1<<30 {
			return 0, false
		}
	}
	return n, true
}

// Pad applies fill, alignment and width to an already formatted body.
// defAlign is the alignment used when none was given ('<' for strings,
// '>' for numbers). sign is a sign/prefix placed before '=' padding.
func (fs *FormatSpec) Pad(sign, body string, defAlign byte) string {
	n := len([]rune(sign)) + len([]rune(body))
	if fs.Width <= n {
		return sign + body
	}
	fill := fs.Fill
	if fill == 0 {
		fill = ' '
	}
	pad := fs.Width - n
	align := fs.Align
	if align == 0 {
		align = defAlign
	}
	f := string(fill)
	switch align {
	case '<':
		return sign + body + strings.Repeat(f, pad)
	case '^':
		left := pad / 2
		return strings.Repeat(f, left) + sign + body + strings.Repeat(f, pad-left)
	case '=':
		return sign + strings.Repeat(f, pad) + body
	}
	return strings.Repeat(f, pad) + sign + body
}

// NumAlign is the alignment numbers use: '=' when zero padding was
// requested without an explicit alignment, else Align (0 if not given).
func (fs *FormatSpec) NumAlign() byte {
	if fs.Align == 0 && fs.Zero {
		return '='
	}
	return fs.Align
}
