package py

import (
	"math"
	"math/big"
	"strconv"
)

// float: construction, rounding and conversions.

func floatNew(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "float() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return Float(0), nil
	case 1:
	default:
		return nil, Errorf(TypeError, "float expected at most 1 argument, got %d", len(args))
	}
	return FloatOf(t, args[0])
}

// FloatOf is float(x): numbers, strings, bytes, __float__ and __index__.
func FloatOf(t *Thread, x Object) (Object, error) {
	switch v := x.(type) {
	case Float:
		return v, nil
	case Int:
		return Float(float64(v)), nil
	case Bool, *BigInt:
		f, err := toFloat64(v)
		return Float(f), err
	case *Str:
		f, err := FloatFromString(v.S)
		return Float(f), err
	case *Bytes, *ByteArray:
		var b []byte
		if bb, ok := v.(*Bytes); ok {
			b = bb.B
		} else {
			b = v.(*ByteArray).B
		}
		f, ok := parseFloatText(numericText(string(b)))
		if !ok {
			r, err := Repr(t, v)
			if err != nil {
				return nil, err
			}
			return nil, Errorf(ValueError, "could not convert string to float: %s", r)
		}
		return Float(f), nil
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, x, Intern("__float__"))
	if found {
		if err != nil {
			return nil, err
		}
		if f, ok := numSelf(r).(Float); ok {
			return f, nil
		}
		return nil, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r))
	}
	r, found, err = CallSpecial(t, x, strIndex)
	if found {
		if err != nil {
			return nil, err
		}
		i, err := intResult(r, "__index__")
		if err != nil {
			return nil, err
		}
		f, err := toFloat64(i)
		return Float(f), err
	}
	if s := numSelfStr(x); s != x {
		return FloatOf(t, s)
	}
	return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(x))
}

// roundFloat is round(f, ndigits) for a float, correctly rounded (half to
// even on the exact binary value) as CPython does via its dtoa.
func roundFloat(f float64, nd int) (Object, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return Float(f), nil
	}
	if nd > 323 {
		return Float(f), nil
	}
	if nd < -308 {
		return Float(math.Copysign(0, f)), nil
	}
	var r float64
	if nd >= 0 {
		var buf [64]byte
		s := strconv.AppendFloat(buf[:0], f, 'f', nd, 64)
		r, _ = strconv.ParseFloat(string(s), 64)
	} else {
		// round the exact value to a multiple of 10**-nd, half to even
		x, _ := new(big.Float).SetFloat64(f).Rat(nil)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
		num := new(big.Int).Set(x.Num())
		den := new(big.Int).Mul(x.Denom(), p)
		q := roundHalfEven(num, den)
		var err error
		r, err = strconv.ParseFloat(q.String()+"e"+strconv.Itoa(-nd), 64)
		if err != nil && !math.IsInf(r, 0) {
			return nil, Errorf(ValueError, "%v", err)
		}
	}
	if math.IsInf(r, 0) {
		return nil, Errorf(OverflowError, "rounded value too large to represent")
	}
	if r == 0 {
		r = math.Copysign(0, f)
	}
	return Float(r), nil
}

// roundHalfEven returns num/den rounded to the nearest integer, ties to even.
func roundHalfEven(num, den *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	neg := num.Sign() < 0
	m.Abs(m)
	m.Lsh(m, 1)
	if c := m.Cmp(den); c > 0 || (c == 0 && q.Bit(0) == 1) {
		if neg {
			q.Sub(q, bigOne)
		} else {
			q.Add(q, bigOne)
		}
	}
	return q
}

// roundInt is round(x, ndigits) for an int and a negative ndigits.
func roundInt(x Object, nd int) (Object, error) {
	if nd >= 0 {
		return intResult(x, "__round__")
	}
	if -nd > maxBigBits/3 {
		return Int(0), nil
	}
	b, _ := ToBig(x)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
	q := roundHalfEven(b, p)
	return NewBig(q.Mul(q, p)), nil
}

// floatRoundToInt is round(f) with no ndigits.
func floatRoundToInt(f float64) (Object, error) {
	return floatToInt(math.RoundToEven(f))
}

// floatFloorCeil is math.floor / math.ceil of a float as an int.
func floatFloor(f float64) (Object, error) { return floatToInt(math.Floor(f)) }
func floatCeil(f float64) (Object, error)  { return floatToInt(math.Ceil(f)) }

// Round is round(x[, ndigits]) for the builtins module; ndigits nil or
// None means no ndigits.
func Round(t *Thread, x, ndigits Object) (Object, error) {
	var args []Object
	if ndigits != nil && ndigits != None {
		args = []Object{ndigits}
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, x, Intern("__round__"), args...)
	if !found {
		return nil, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(x))
	}
	return r, err
}

// Abs is abs(x).
func Abs(t *Thread, x Object) (Object, error) {
	switch v := x.(type) {
	case Int:
		if v >= 0 {
			return v, nil
		}
		r, _, err := numericUnary(t, OpNeg, v)
		return r, err
	case Float:
		return Float(math.Abs(float64(v))), nil
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, x, Intern("__abs__"))
	if !found {
		return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", TypeName(x))
	}
	return r, err
}

// DivMod is divmod(a, b).
func DivMod(t *Thread, a, b Object) (Object, error) {
	if ka, kb := kindOf(a), kindOf(b); ka != kNone && kb != kNone && ka < kComplex && kb < kComplex {
		return divmodNumbers(a, b)
	}
	t = orThread(t)
	ta, tb := a.Type(), b.Type()
	name, rname := Intern("__divmod__"), Intern("__rdivmod__")
	fa := ta.Lookup(name)
	var fb Object
	if ta != tb {
		fb = tb.Lookup(rname)
	}
	if fb != nil && tb.IsSubtype(ta) {
		r, err := callMethodObj(t, fb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		fb = nil
	}
	if fa != nil {
		r, err := callMethodObj(t, fa, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		r, err := callMethodObj(t, fb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
}

// Pow is pow(x, y[, mod]); mod nil or None means two arguments.
func Pow(t *Thread, x, y, mod Object) (Object, error) {
	if mod == nil || mod == None {
		return BinaryOp(t, OpPow, x, y)
	}
	if kindOf(x) != kNone && kindOf(y) != kNone && kindOf(mod) != kNone {
		if kindOf(x) <= kBig && kindOf(y) <= kBig && kindOf(mod) <= kBig {
			return intPowMod(x, y, mod)
		}
		if kindOf(x) == kComplex || kindOf(y) == kComplex || kindOf(mod) == kComplex {
			return nil, Errorf(ValueError, "complex modulo")
		}
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	t = orThread(t)
	if fn := x.Type().Lookup(binOps[OpPow].name); fn != nil {
		r, err := callMethodObj(t, fn, x, y, mod)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(x), TypeName(y), TypeName(mod))
}
