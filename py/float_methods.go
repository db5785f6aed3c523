package py

import (
	"math"
	"math/big"
	"strings"
)

func floatSelf(o Object) float64 {
	if f, ok := numSelf(o).(Float); ok {
		return float64(f)
	}
	return 0
}

func floatMethod(name string, fn func(t *Thread, f float64) (Object, error)) {
	FloatType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs(name, args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		return fn(t, floatSelf(args[0]))
	})
}

// floatHex is float.hex(): 0x1.8000000000000p+0.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bitsv := math.Float64bits(f)
	exp := int(bitsv>>52) & 0x7ff
	mant := bitsv & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	const hexd = "0123456789abcdef"
	var m [13]byte
	for i := 12; i >= 0; i-- {
		m[i] = hexd[mant&0xf]
		mant >>= 4
	}
	es := "+"
	if exp < 0 {
		es = "-"
		exp = -exp
	}
	return sign + "0x" + lead + "." + string(m[:]) + "p" + es + intToString(int64(exp))
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, error) {
	bad := Errorf(ValueError, "invalid hexadecimal floating-point string")
	t := strings.TrimFunc(s, isPySpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	mant := new(big.Int)
	ndig := 0
	fracDigits := 0
	seenDot := false
	i := 0
	for ; i < len(t); i++ {
		c := t[i]
		if c == '.' {
			if seenDot {
				return 0, bad
			}
			seenDot = true
			continue
		}
		d := digitOf(c)
		if d >= 16 {
			break
		}
		mant.Lsh(mant, 4)
		mant.Or(mant, big.NewInt(int64(d)))
		ndig++
		if seenDot {
			fracDigits++
		}
	}
	if ndig == 0 {
		return 0, bad
	}
	exp := int64(0)
	if i < len(t) && (t[i] == 'p' || t[i] == 'P') {
		i++
		eneg := false
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			eneg = t[i] == '-'
			i++
		}
		start := i
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			if exp < 1<<40 {
				exp = exp*10 + int64(t[i]-'0')
			}
			i++
		}
		if i == start {
			return 0, bad
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(t) {
		return 0, bad
	}
	exp -= int64(4 * fracDigits)
	if mant.Sign() == 0 {
		return math.Copysign(0, sign), nil
	}
	if exp+int64(mant.BitLen()) > 1025 {
		return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
	}
	if exp+int64(mant.BitLen()) < -1080 {
		return math.Copysign(0, sign), nil
	}
	bf := new(big.Float).SetInt(mant)
	bf.SetMantExp(bf, int(exp))
	f, _ := bf.Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
	}
	return sign * f, nil
}

// floatAsRatio is float.as_integer_ratio().
func floatAsRatio(f float64) (Object, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert NaN to integer ratio")
	}
	r, _ := new(big.Float).SetFloat64(f).Rat(nil)
	return NewTuple(NewBig(new(big.Int).Set(r.Num())), NewBig(new(big.Int).Set(r.Denom()))), nil
}

func init() {
	FloatType.New = floatNew
	FloatType.Doc = "Convert a string or number to a floating point number, if possible."
	addNumberOps(FloatType, kFloat)
	floatMethod("__repr__", func(t *Thread, f float64) (Object, error) { return NewStr(FloatRepr(f)), nil })
	floatMethod("__abs__", func(t *Thread, f float64) (Object, error) { return Float(math.Abs(f)), nil })
	floatMethod("__bool__", func(t *Thread, f float64) (Object, error) { return NewBool(f != 0), nil })
	floatMethod("__hash__", func(t *Thread, f float64) (Object, error) { return Int(hashFloat(f)), nil })
	floatMethod("__float__", func(t *Thread, f float64) (Object, error) { return Float(f), nil })
	floatMethod("__int__", func(t *Thread, f float64) (Object, error) { return floatToInt(f) })
	floatMethod("__trunc__", func(t *Thread, f float64) (Object, error) { return floatToInt(f) })
	floatMethod("__floor__", func(t *Thread, f float64) (Object, error) { return floatFloor(f) })
	floatMethod("__ceil__", func(t *Thread, f float64) (Object, error) { return floatCeil(f) })
	floatMethod("is_integer", func(t *Thread, f float64) (Object, error) {
		return NewBool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
	floatMethod("as_integer_ratio", func(t *Thread, f float64) (Object, error) { return floatAsRatio(f) })
	floatMethod("hex", func(t *Thread, f float64) (Object, error) { return NewStr(floatHex(f)), nil })
	floatMethod("conjugate", func(t *Thread, f float64) (Object, error) { return Float(f), nil })
	floatMethod("__getnewargs__", func(t *Thread, f float64) (Object, error) { return NewTuple(Float(f)), nil })
	FloatType.AddMethod("__round__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("__round__", args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		f := floatSelf(args[0])
		if len(args) == 1 || args[1] == None {
			return floatRoundToInt(f)
		}
		nd, err := ndigitsArg(t, args[1])
		if err != nil {
			return nil, err
		}
		return roundFloat(f, nd)
	})
	FloatType.AddClassMethod("fromhex", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("fromhex", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "bad argument type for built-in operation")
		}
		f, err := floatFromHex(s.S)
		if err != nil {
			return nil, err
		}
		if cls, ok := args[0].(*Type); ok && cls != FloatType {
			return t.Call(cls, []Object{Float(f)}, nil)
		}
		return Float(f), nil
	})
	FloatType.AddClassMethod("__getformat__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("__getformat__", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "__getformat__() argument must be str, not %s", TypeName(args[1]))
		}
		if s.S != "double" && s.S != "float" {
			return nil, Errorf(ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return NewStr("IEEE, little-endian"), nil
	})
	FloatType.AddGetSet("real", func(t *Thread, self Object) (Object, error) {
		return Float(floatSelf(self)), nil
	}, nil)
	FloatType.AddGetSet("imag", func(t *Thread, self Object) (Object, error) {
		return Float(0), nil
	}, nil)
}

// ndigitsArg converts the ndigits argument of round() to a Go int,
// saturating huge values (their result does not depend on the size).
func ndigitsArg(t *Thread, o Object) (int, error) {
	v, err := Index(t, o)
	if err != nil {
		return 0, err
	}
	switch n := v.(type) {
	case Int:
		if n > 1<<40 {
			return 1 << 40, nil
		}
		if n < -(1 << 40) {
			return -(1 << 40), nil
		}
		return int(n), nil
	case *BigInt:
		if n.V.Sign() > 0 {
			return 1 << 40, nil
		}
		return -(1 << 40), nil
	}
	return 0, nil
}
