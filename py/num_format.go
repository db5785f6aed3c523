package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// formatNumber implements format(number, spec).
func formatNumber(t *Thread, v Object, spec string) (string, error) {
	if spec == "" {
		if b, ok := v.(Bool); ok {
			if b {
				return "True", nil
			}
			return "False", nil
		}
		return numberRepr(v), nil
	}
	fs, err := ParseFormatSpec(spec)
	if err != nil {
		return "", err
	}
	if c, ok := v.(Complex); ok {
		s := numberRepr(c)
		return fs.Pad("", s, '>'), nil
	}
	kind := fs.Kind
	if isIntLike(v) {
		x, _ := asIntBig(v)
		switch kind {
		case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
			return formatInt(x, fs)
		case 'e', 'E', 'f', 'F', 'g', 'G', '%':
			f, _, err := toF(v)
			if err != nil {
				return "", err
			}
			return formatFloat(f, fs)
		}
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type 'int'", kind)
	}
	f, _, _ := toF(v)
	switch kind {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
		return formatFloat(f, fs)
	}
	return "", Errorf(ValueError, "Unknown format code '%c' for object of type 'float'", kind)
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b []byte
	first := len(digits) % every
	if first == 0 {
		first = every
	}
	b = append(b, digits[:first]...)
	for i := first; i < len(digits); i += every {
		b = append(b, sep)
		b = append(b, digits[i:i+every]...)
	}
	return string(b)
}

func signPrefix(neg bool, fs FormatSpec) string {
	if neg {
		return "-"
	}
	switch fs.Sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

func formatInt(x *big.Int, fs FormatSpec) (string, error) {
	if fs.Precision >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	neg := x.Sign() < 0
	a := new(big.Int).Abs(x)
	var digits, prefix string
	every := 3
	switch fs.Kind {
	case 'c':
		if fs.Sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		return fs.Pad("", string(AppendRune(nil, rune(x.Int64()))), '<'), nil
	case 'b':
		digits, prefix, every = a.Text(2), "0b", 4
	case 'o':
		digits, prefix, every = a.Text(8), "0o", 4
	case 'x':
		digits, prefix, every = a.Text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(a.Text(16)), "0X", 4
	default:
		digits = a.Text(10)
	}
	if !fs.Alt {
		prefix = ""
	}
	sign := signPrefix(neg, fs) + prefix
	if fs.Align == '=' && fs.Fill == '0' && fs.Grouping != 0 {
		// zero padding participates in grouping
		width := fs.Width - len(sign)
		for len(group(digits, fs.Grouping, every)) < width {
			digits = "0" + digits
		}
		return sign + group(digits, fs.Grouping, every), nil
	}
	digits = group(digits, fs.Grouping, every)
	return fs.Pad(sign, digits, '>'), nil
}

func formatFloat(f float64, fs FormatSpec) (string, error) {
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	if fs.NoNegZero && a == 0 {
		neg = false
	}
	prec := fs.Precision
	var body string
	switch {
	case math.IsInf(a, 0):
		body = "inf"
	case math.IsNaN(a):
		body = "nan"
	}
	kind := fs.Kind
	if body != "" {
		if kind == 'E' || kind == 'F' || kind == 'G' {
			body = strings.ToUpper(body)
		}
		if kind == '%' {
			body += "%"
		}
	} else {
		switch kind {
		case 0:
			if prec < 0 {
				body = FloatRepr(a)
			} else {
				body = gFormat(a, max(prec, 1), false, true)
			}
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
			if fs.Alt && prec == 0 {
				body += "."
			}
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = expFormat(a, prec, fs.Alt)
			if kind == 'E' {
				body = strings.ToUpper(body)
			}
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			if prec == 0 {
				prec = 1
			}
			body = gFormat(a, prec, fs.Alt, false)
			if kind == 'G' {
				body = strings.ToUpper(body)
			}
		case '%':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
		}
	}
	if fs.Grouping != 0 && body != "" && body[0] >= '0' && body[0] <= '9' {
		intPart := body
		rest := ""
		if i := strings.IndexAny(body, ".e%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		body = group(intPart, fs.Grouping, 3) + rest
	}
	return fs.Pad(signPrefix(neg, fs), body, '>'), nil
}

// expFormat formats like C's %.*e (two-digit exponent at least).
func expFormat(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'e', prec, 64)
	mant, exp, _ := strings.Cut(s, "e")
	if alt && !strings.Contains(mant, ".") {
		mant += "."
	}
	sign := exp[0]
	e := strings.TrimLeft(exp[1:], "0")
	for len(e) < 2 {
		e = "0" + e
	}
	return mant + "e" + string(sign) + e
}

// gFormat is %g: precision significant digits, trailing zeros removed
// (unless alt). reprStyle is format(x, '.Ng') without a type (keeps '.0').
func gFormat(a float64, prec int, alt, reprStyle bool) string {
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		if reprStyle {
			return "0.0"
		}
		return "0"
	}
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	_, expS, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expS)
	var s string
	if exp < -4 || exp >= prec {
		s = expFormat(a, prec-1, alt)
		if !alt {
			mant, rest, _ := strings.Cut(s, "e")
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + "e" + rest
		}
		return s
	}
	s = strconv.FormatFloat(a, 'f', max(prec-1-exp, 0), 64)
	if !alt && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if reprStyle && !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
