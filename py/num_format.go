package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// __format__ of int, bool, float and complex: the format-spec mini-language.

func init() {
	for _, tp := range []*Type{IntType, FloatType, ComplexType} {
		tp := tp
		tp.AddRawMethod("__format__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if err := CheckArgs("__format__", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			spec, ok := args[1].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[1]))
			}
			if _, sub := args[0].(*Instance); sub && spec.S == "" {
				return StrObj(t, args[0]) // format(x, '') is str(x)
			}
			s, err := FormatNumber(numSelf(args[0]), spec.S)
			if err != nil {
				return nil, err
			}
			return NewStr(s), nil
		})
	}
	InstallNew(IntType, FloatType, BoolType, ComplexType)
}

// FormatNumber is format(v, spec) for a builtin number.
func FormatNumber(v Object, spec string) (string, error) {
	if spec == "" {
		switch x := v.(type) {
		case Bool:
			if x {
				return "True", nil
			}
			return "False", nil
		case Int:
			return intToString(int64(x)), nil
		case *BigInt:
			return intDecimal(x)
		case Float:
			return FloatRepr(float64(x)), nil
		case Complex:
			return complexRepr(complex128(x)), nil
		}
	}
	fs, err := ParseFormatSpec(spec, TypeName(v))
	if err != nil {
		return "", err
	}
	switch x := v.(type) {
	case Int, Bool, *BigInt:
		return formatIntSpec(x, &fs, TypeName(x))
	case Float:
		return formatFloatSpec(float64(x), &fs, "float")
	case Complex:
		return formatComplexSpec(complex128(x), &fs)
	}
	return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(v))
}

// groupDigits inserts sep every `every` digits from the right. minLen is
// the minimal result length (zero padding participating in grouping).
func groupDigits(digits string, sep byte, every, minLen int) string {
	if sep == 0 {
		for len(digits) < minLen {
			digits = "0" + digits
		}
		return digits
	}
	// number of digits needed so the grouped text reaches minLen
	n := len(digits)
	for n+(n-1)/every < minLen {
		n++
	}
	if n > len(digits) {
		digits = strings.Repeat("0", n-len(digits)) + digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first == 0 {
		first = every
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += every {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+every])
	}
	s := b.String()
	if len(s) < minLen {
		// a leading separator position is filled with a zero, as CPython
		s = strings.Repeat("0", minLen-len(s)) + s
	}
	return s
}

func signText(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// finish pads a number: prefix (sign and base prefix) and digits, with
// zero padding through grouping when the fill is '0' with '=' alignment.
func finish(fs *FormatSpec, prefix, digits, suffix string, sep byte, every int) string {
	align := fs.NumAlign()
	if align == '=' && fs.Fill == '0' && fs.Width > 0 {
		minLen := fs.Width - len(prefix) - len([]rune(suffix))
		return prefix + groupDigits(digits, sep, every, minLen) + suffix
	}
	body := groupDigits(digits, sep, every, 0) + suffix
	if align == 0 {
		align = '>'
	}
	p := *fs
	p.Align = align
	return p.Pad(prefix, body, align)
}

func formatIntSpec(v Object, fs *FormatSpec, typ string) (string, error) {
	kind := fs.Kind
	switch kind {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := toFloat64(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(f, fs, typ)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", unknownFormat(kind, typ)
	}
	if fs.Precision >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if fs.NoNegZero {
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if fs.Grouping != 0 {
		switch {
		case kind == 'n' || kind == 'c' || (fs.Grouping == ',' && kind != 0 && kind != 'd'):
			return "", Errorf(ValueError, "Cannot specify '%c' with '%c'.", fs.Grouping, kind)
		}
	}
	if kind == 'c' {
		if fs.Sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if fs.Alt {
			return "", Errorf(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if _, isBig := v.(*BigInt); isBig {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		i, ok := v.(Int)
		if b, isB := v.(Bool); isB {
			i, ok = Int(small(b)), true
		}
		if !ok || i < 0 || i > 0x10ffff {
			return "", Errorf(OverflowError, "%s", "%c arg not in range(0x110000)")
		}
		return fs.Pad("", string(AppendRune(nil, rune(i))), '<'), nil
	}
	x, _ := ToBig(v)
	neg := x.Sign() < 0
	a := new(big.Int).Abs(x)
	var digits, prefix string
	every := 3
	switch kind {
	case 'b':
		digits, prefix, every = a.Text(2), "0b", 4
	case 'o':
		digits, prefix, every = a.Text(8), "0o", 4
	case 'x':
		digits, prefix, every = a.Text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(a.Text(16)), "0X", 4
	default:
		var err error
		if digits, err = bigDecimal(a); err != nil {
			return "", err
		}
	}
	if !fs.Alt {
		prefix = ""
	}
	return finish(fs, signText(neg, fs.Sign)+prefix, digits, "", fs.Grouping, every), nil
}

func unknownFormat(kind byte, typ string) error {
	if kind < 0x20 || kind > 0x7e {
		return Errorf(ValueError, "Unknown format code '\\x%x' for object of type '%s'", kind, typ)
	}
	return Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", kind, typ)
}

// floatBody formats |f| (finite) for a presentation type. It returns the
// digits and the rest (fraction/exponent) separately for grouping.
func floatBody(a float64, kind byte, prec int, alt bool) (intPart, rest string) {
	var s string
	switch kind {
	case 'f', 'F', '%':
		s = strconv.FormatFloat(a, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
	case 'e', 'E':
		s = expText(a, prec, alt)
	case 'g', 'G', 'n':
		if prec == 0 {
			prec = 1
		}
		s = gText(a, prec, alt, false)
	case 'r':
		// no type with a precision: like g, but at least one fractional digit
		if prec == 0 {
			prec = 1
		}
		s = gText(a, prec, alt, true)
	case 0:
		// no type, no precision: repr
		s = FloatRepr(a)
		if alt && !strings.Contains(s, ".") {
			if i := strings.IndexByte(s, 'e'); i >= 0 {
				s = s[:i] + "." + s[i:]
			} else {
				s += "."
			}
		}
	}
	if kind == 'E' || kind == 'G' {
		s = strings.ToUpper(s)
	}
	i := strings.IndexAny(s, ".eE")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// expText is C's %.*e: at least two exponent digits.
func expText(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'e', prec, 64)
	mant, exp, _ := strings.Cut(s, "e")
	if alt && !strings.Contains(mant, ".") {
		mant += "."
	}
	return mant + "e" + exp
}

// gText is %g with prec significant digits. reprMode is the float format
// without a type: exponent when exp >= prec... as 'g', but a fixed-point
// result always has a fractional digit.
func gText(a float64, prec int, alt, reprMode bool) string {
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	_, expS, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expS)
	limit := prec
	if reprMode {
		limit = prec - 1
	}
	if exp < -4 || exp >= limit {
		s := expText(a, prec-1, alt)
		if !alt {
			mant, rest, _ := strings.Cut(s, "e")
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + "e" + rest
		}
		return s
	}
	s := strconv.FormatFloat(a, 'f', prec-1-exp, 64)
	if !alt && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if alt && !strings.Contains(s, ".") {
		s += "."
	}
	if reprMode && !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func formatFloatSpec(f float64, fs *FormatSpec, typ string) (string, error) {
	kind := fs.Kind
	switch kind {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return "", unknownFormat(kind, typ)
	}
	if kind == 'n' && fs.Grouping != 0 {
		return "", Errorf(ValueError, "Cannot specify '%c' with 'n'.", fs.Grouping)
	}
	prec := fs.Precision
	k := kind
	if kind == 0 && prec >= 0 {
		k = 'r'
	}
	if prec < 0 && kind != 0 {
		prec = 6
	}
	neg := math.Signbit(f)
	a := math.Abs(f)
	var intPart, rest string
	switch {
	case math.IsNaN(f):
		neg = false
		intPart = "nan"
	case math.IsInf(f, 0):
		intPart = "inf"
	default:
		if kind == '%' {
			a *= 100
		}
		intPart, rest = floatBody(a, k, prec, fs.Alt)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if kind == 'E' || kind == 'F' || kind == 'G' {
			intPart = strings.ToUpper(intPart)
		}
	}
	if kind == '%' {
		rest += "%"
	}
	if neg && fs.NoNegZero && !math.IsNaN(f) && !math.IsInf(f, 0) && isZeroText(intPart+rest) {
		neg = false
	}
	prefix := signText(neg, fs.Sign)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return finish(fs, prefix, intPart, rest, 0, 3), nil
	}
	return finish(fs, prefix, intPart, rest, fs.Grouping, 3), nil
}

// isZeroText reports whether a formatted magnitude has only zero digits.
func isZeroText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' {
			break
		}
		if c >= '1' && c <= '9' {
			return false
		}
	}
	return true
}

func formatComplexSpec(c complex128, fs *FormatSpec) (string, error) {
	kind := fs.Kind
	switch kind {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownFormat(kind, "complex")
	}
	if fs.Zero {
		return "", Errorf(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if fs.Align == '=' {
		return "", Errorf(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	parens := false
	skipRe := false
	sub := *fs
	sub.Width, sub.Fill, sub.Align, sub.Zero = -1, 0, 0, false
	if kind == 0 {
		// repr style: the real part is dropped when it is +0, and both
		// parts use repr digits without ".0"
		if fs.Precision < 0 {
			sub.Kind = 0
		}
		parens = true
		if re == 0 && !math.Signbit(re) {
			skipRe = true
			parens = false
		}
	}
	part := func(f float64, forceSign bool) (string, error) {
		p := sub
		if forceSign && p.Sign != '+' {
			p.Sign = '+'
		}
		if kind == 0 && fs.Precision < 0 {
			s := floatReprShort(math.Abs(f))
			neg := math.Signbit(f) && !math.IsNaN(f)
			return signText(neg, p.Sign) + s, nil
		}
		if kind == 0 {
			p.Kind = 'g'
			s, err := formatFloatSpec(f, &p, "complex")
			return s, err
		}
		return formatFloatSpec(f, &p, "complex")
	}
	var b strings.Builder
	if !skipRe {
		s, err := part(re, false)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	s, err := part(im, !skipRe)
	if err != nil {
		return "", err
	}
	b.WriteString(s)
	b.WriteString("j")
	body := b.String()
	if parens {
		body = "(" + body + ")"
	}
	return fs.Pad("", body, '>'), nil
}
