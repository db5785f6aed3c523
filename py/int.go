package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// int: construction, conversion to decimal text and modular powers.

func intNew(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	var x, base Object
	switch len(args) {
	case 0:
	case 1:
		x = args[0]
	case 2:
		x, base = args[0], args[1]
	default:
		return nil, Errorf(TypeError, "int() takes at most 2 arguments (%d given)", len(args))
	}
	if len(args)+len(kw) > 2 {
		// clinic counts all arguments first
		return nil, Errorf(TypeError, "int() takes at most 2 arguments (%d given)", len(args)+len(kw))
	}
	for _, k := range kw {
		if k.Name != "base" {
			return nil, InvalidKeyword("int", k.Name)
		}
		if base != nil {
			return nil, Errorf(TypeError, "argument for int() given by name ('base') and position (2)")
		}
		base = k.Value
	}
	if x == nil {
		if base != nil {
			return nil, Errorf(TypeError, "int() missing string argument")
		}
		return Int(0), nil
	}
	if base == nil {
		return IntOf(t, x)
	}
	b, err := IndexInt(t, base)
	if err != nil {
		return nil, err
	}
	if b != 0 && (b < 2 || b > 36) {
		return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	x = numSelfStr(x)
	switch v := x.(type) {
	case *Str:
		return IntFromString(v.S, b)
	case *Bytes, *ByteArray:
		return intFromBytes(v, b)
	}
	return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
}

// numSelfStr unwraps instances of str/bytes subclasses.
func numSelfStr(o Object) Object {
	if inst, ok := o.(*Instance); ok && inst.Base != nil {
		switch inst.Base.(type) {
		case *Str, *Bytes, *ByteArray:
			return inst.Base
		}
	}
	return o
}

func intFromBytes(v Object, base int) (Object, error) {
	var b []byte
	switch x := v.(type) {
	case *Bytes:
		b = x.B
	case *ByteArray:
		b = x.B
	}
	r, err := parseInt(string(b), base)
	if err == errBadNumber {
		// CPython shows the text as a bytes repr, cut to 200 characters
		// (%.200R), whatever the bytes-like type
		s := BytesRepr(b)
		if len(s) > 200 {
			s = s[:200]
		}
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, s)
	}
	return r, err
}

// IntOf is int(x) for one argument: ints, floats, strings and bytes, and
// objects with __int__, __index__ or __trunc__.
func IntOf(t *Thread, x Object) (Object, error) {
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		return Int(small(v)), nil
	case Float:
		return floatToInt(float64(v))
	case *Str:
		return IntFromString(v.S, 10)
	case *Bytes, *ByteArray:
		return intFromBytes(v, 10)
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, x, Intern("__int__"))
	if found {
		if err != nil {
			return nil, err
		}
		return intResult(r, "__int__")
	}
	r, found, err = CallSpecial(t, x, strIndex)
	if found {
		if err != nil {
			return nil, err
		}
		return intResult(r, "__index__")
	}
	r, found, err = CallSpecial(t, x, Intern("__trunc__"))
	if found {
		if err != nil {
			return nil, err
		}
		switch numSelf(r).(type) {
		case Int, *BigInt, Bool:
			return intResult(r, "__trunc__")
		}
		i, err := Index(t, r)
		if err != nil {
			return nil, Errorf(TypeError, "__trunc__ returned non-Integral (type %s)", TypeName(r))
		}
		return i, nil
	}
	if s := numSelfStr(x); s != x {
		return IntOf(t, s)
	}
	if b, ok := AsBytes(x); ok { // other buffers (memoryview, array)
		return intFromBytes(NewBytes(b), 10)
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// intResult checks the result of __int__ and friends, converting int
// subclasses (and bool) to exact ints.
func intResult(r Object, name string) (Object, error) {
	switch v := numSelf(r).(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		return Int(small(v)), nil
	}
	return nil, Errorf(TypeError, "%s returned non-int (type %s)", name, TypeName(r))
}

// floatToInt truncates a float to an int.
func floatToInt(f float64) (Object, error) {
	if f >= -9.2e18 && f <= 9.2e18 {
		return MakeInt(int64(f)), nil
	}
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return NewBig(b), nil
}

// IntMaxStrDigits is sys.get_int_max_str_digits(): the largest number of
// decimal digits converted between int and str (0: no limit).
// (Declared in sys.go.)

const log10of2 = 0.30102999566398119521

// intDecimal returns the decimal text of an int, enforcing the digit limit.
func intDecimal(o Object) (string, error) {
	switch v := o.(type) {
	case Int:
		return strconv.FormatInt(int64(v), 10), nil
	case Bool:
		return strconv.FormatInt(small(v), 10), nil
	case *BigInt:
		return bigDecimal(&v.V)
	}
	return "", Errorf(TypeError, "expected int, got %s", TypeName(o))
}

func bigDecimal(b *big.Int) (string, error) {
	lim := IntMaxStrDigits
	if lim > 0 {
		if float64(b.BitLen()-1)*log10of2 >= float64(lim)+1 {
			return "", strLimitError()
		}
	}
	s := b.String()
	if lim > 0 {
		n := len(s)
		if b.Sign() < 0 {
			n--
		}
		if n > lim {
			return "", strLimitError()
		}
	}
	return s, nil
}

func strLimitError() error {
	return Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits)
}

// intPowMod is pow(a, b, m) for ints.
func intPowMod(a, b, m Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y >= 0 {
			if n, ok := m.(Int); ok && n > 0 {
				return MakeInt(int64(powMod64(int64(x), uint64(y), uint64(n)))), nil
			}
		}
	}
	x, _ := ToBig(a)
	y, _ := ToBig(b)
	n, _ := ToBig(m)
	if n.Sign() == 0 {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	an := new(big.Int).Abs(n)
	if an.Cmp(bigOne) == 0 {
		return Int(0), nil
	}
	base := new(big.Int).Mod(x, an)
	exp := y
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, an)
		if inv == nil || base.Sign() == 0 {
			return nil, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(base, exp, an)
	if n.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, n)
	}
	return NewBig(r), nil
}

// powMod64 is x**y mod n for n > 0, the result in [0, n).
func powMod64(x int64, y, n uint64) uint64 {
	xm := x % int64(n)
	if xm < 0 {
		xm += int64(n)
	}
	b := uint64(xm)
	r := uint64(1) % n
	for y > 0 {
		if y&1 != 0 {
			hi, lo := bits.Mul64(r, b)
			_, r = bits.Div64(hi%n, lo, n)
		}
		y >>= 1
		if y > 0 {
			hi, lo := bits.Mul64(b, b)
			_, b = bits.Div64(hi%n, lo, n)
		}
	}
	return r
}
