package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Parsing of int(), float() and complex() arguments, as CPython: leading
// and trailing whitespace, single underscores between digits, and any
// Unicode decimal digits.

// isPySpace is str.isspace for one code point.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// numericText strips whitespace and replaces non-ASCII decimal digits
// (and spaces inside, which stay invalid) by their ASCII forms.
func numericText(s string) string {
	s = strings.TrimFunc(s, isPySpace)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case unicode.Is(unicode.Nd, r):
			b = append(b, byte('0'+digitValue(r)))
		default:
			b = append(b, '?') // never valid in a number
		}
	}
	return string(b)
}

// digitValue is the value of a Unicode decimal digit: digits come in
// runs of ten starting at zero.
func digitValue(r rune) int {
	n := 0
	for unicode.Is(unicode.Nd, r-1) {
		r--
		n++
	}
	return n % 10
}

var errBadNumber = Errorf(ValueError, "invalid literal")

// IntFromString parses s as int(s, base) does (base 0 or 2..36).
func IntFromString(s string, base int) (Object, error) {
	r, err := parseInt(s, base)
	if err == errBadNumber {
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, truncRepr(s))
	}
	return r, err
}

// truncRepr is repr(s) shortened to 200 characters as CPython's %.200R.
func truncRepr(s string) string {
	r := StrRepr(s)
	if rs := []rune(r); len(rs) > 200 {
		r = string(rs[:200])
	}
	return r
}

func digitOf(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

func parseInt(s string, base int) (Object, error) {
	s = numericText(s)
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			base = map[byte]int{'x': 16, 'o': 8, 'b': 2}[p]
			s = s[2:]
			prefixed = true
		}
	}
	if base == 0 {
		base = 10
		if len(s) > 0 && s[0] == '0' {
			// a non-zero decimal literal cannot start with 0
			for i := 0; i < len(s); i++ {
				if s[i] != '0' && s[i] != '_' {
					return nil, errBadNumber
				}
			}
		}
	}
	// validate digits and underscores
	digits := make([]byte, 0, len(s))
	prevUnderscore := !prefixed
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prevUnderscore {
				return nil, errBadNumber
			}
			prevUnderscore = true
			continue
		}
		if digitOf(c) >= base {
			return nil, errBadNumber
		}
		prevUnderscore = false
		digits = append(digits, c)
	}
	if len(digits) == 0 || (len(s) > 0 && s[len(s)-1] == '_') {
		return nil, errBadNumber
	}
	if lim := IntMaxStrDigits; lim > 0 && base&(base-1) != 0 && len(digits) > lim {
		return nil, Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", lim, len(digits))
	}
	if len(digits) <= 12 {
		if n, err := strconv.ParseInt(string(digits), base, 64); err == nil {
			if neg {
				n = -n
			}
			return MakeInt(n), nil
		}
	}
	v, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return nil, errBadNumber
	}
	if neg {
		v.Neg(v)
	}
	return NewBig(v), nil
}

// FloatFromString parses s as float(s) does.
func FloatFromString(s string) (float64, error) {
	f, ok := parseFloatText(numericText(s))
	if !ok {
		return 0, Errorf(ValueError, "could not convert string to float: %s", truncRepr(s))
	}
	return f, nil
}

// parseFloatText parses a stripped float literal (with inf/nan forms).
func parseFloatText(s string) (float64, bool) {
	n := scanFloat(s)
	if n != len(s) || n == 0 {
		return 0, false
	}
	return convertFloat(s)
}

// convertFloat converts a literal accepted by scanFloat.
func convertFloat(s string) (float64, bool) {
	body := s
	sign := 1.0
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		return math.Copysign(math.NaN(), sign), true
	}
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// scanFloat returns the length of the longest float literal at the start
// of s: [sign] (digits [. [digits]] | . digits) [e [sign] digits], or
// [sign] inf|infinity|nan; digits may contain single underscores.
func scanFloat(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	rest := strings.ToLower(s[i:])
	for _, w := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(rest, w) {
			return i + len(w)
		}
	}
	digits := func(j int) int {
		if j >= len(s) || s[j] < '0' || s[j] > '9' {
			return j
		}
		j++
		for j < len(s) {
			if s[j] >= '0' && s[j] <= '9' {
				j++
			} else if s[j] == '_' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
				j += 2
			} else {
				break
			}
		}
		return j
	}
	j := digits(i)
	intDigits := j > i
	frac := false
	if j < len(s) && s[j] == '.' {
		k := digits(j + 1)
		frac = k > j+1
		if !intDigits && !frac {
			return 0
		}
		j = k
	} else if !intDigits {
		return 0
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if e := digits(k); e > k {
			j = e
		}
	}
	return j
}

// ComplexFromString parses s as complex(s) does.
func ComplexFromString(s string) (complex128, error) {
	bad := Errorf(ValueError, "complex() arg is a malformed string")
	if strings.Contains(s, "_") {
		// CPython strips underscores in a helper with its own message
		bad = Errorf(ValueError, "could not convert string to complex: %s", StrRepr(s))
	}
	t := numericText(s)
	if strings.HasPrefix(t, "(") {
		if !strings.HasSuffix(t, ")") {
			return 0, bad
		}
		t = strings.TrimFunc(t[1:len(t)-1], isPySpace)
	}
	if t == "" {
		return 0, bad
	}
	isJ := func(i int) bool { return i < len(t) && (t[i] == 'j' || t[i] == 'J') }
	n := scanFloat(t)
	if n == 0 {
		// j, +j, -j
		sign := 1.0
		i := 0
		if t[0] == '+' || t[0] == '-' {
			if t[0] == '-' {
				sign = -1
			}
			i = 1
		}
		if isJ(i) && i+1 == len(t) {
			return complex(0, sign), nil
		}
		return 0, bad
	}
	x, ok := convertFloat(t[:n])
	if !ok {
		return 0, bad
	}
	if n == len(t) {
		return complex(x, 0), nil
	}
	if isJ(n) && n+1 == len(t) {
		return complex(0, x), nil
	}
	if t[n] != '+' && t[n] != '-' {
		return 0, bad
	}
	m := scanFloat(t[n:])
	var y float64
	if m == 0 {
		if !isJ(n + 1) {
			return 0, bad
		}
		y = 1
		if t[n] == '-' {
			y = -1
		}
		m = 1
	} else if y, ok = convertFloat(t[n : n+m]); !ok {
		return 0, bad
	}
	if !isJ(n+m) || n+m+1 != len(t) {
		return 0, bad
	}
	return complex(x, y), nil
}
