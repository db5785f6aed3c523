package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Constructors and special methods of int, bool, float and complex.

// IntFromString parses an int literal in base (0: auto-detect prefix).
func IntFromString(s string, base int) (Object, error) {
	orig := s
	s = strings.TrimSpace(s)
	bad := func() error {
		return Errorf(ValueError, "invalid literal for int() with base %d: %s", base, StrRepr(orig))
	}
	neg := false
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		neg = s[0] == '-'
		s = s[1:]
	}
	b := base
	if len(s) > 1 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0)) {
			b = map[byte]int{'x': 16, 'o': 8, 'b': 2}[p]
			s = s[2:]
			if strings.HasPrefix(s, "_") {
				s = s[1:]
			}
		}
	}
	if b == 0 {
		b = 10
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return nil, bad()
		}
	}
	if s == "" || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		return nil, bad()
	}
	s = strings.ReplaceAll(s, "_", "")
	if b == 10 && len(s) > IntMaxStrDigits && IntMaxStrDigits > 0 {
		return nil, Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits, len(s))
	}
	if n, err := strconv.ParseInt(s, b, 64); err == nil {
		if neg {
			n = -n
		}
		return Int(n), nil
	}
	v, ok := new(big.Int).SetString(s, b)
	if !ok {
		return nil, bad()
	}
	if neg {
		v.Neg(v)
	}
	return NewBig(v), nil
}

// FloatFromString parses float() input.
func FloatFromString(s string) (float64, error) {
	t := strings.TrimSpace(s)
	l := strings.ToLower(t)
	switch strings.TrimLeft(l, "+-") {
	case "inf", "infinity":
		if strings.HasPrefix(l, "-") {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if strings.Contains(t, "__") || strings.HasPrefix(t, "_") || strings.HasSuffix(t, "_") || strings.ContainsAny(t, "xXpP") {
		return 0, Errorf(ValueError, "could not convert string to float: %s", StrRepr(s))
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, Errorf(ValueError, "could not convert string to float: %s", StrRepr(s))
	}
	return f, nil
}

func intNew(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	if len(args) == 1 && kw == nil {
		switch v := args[0].(type) {
		case Int:
			return v, nil
		case Float:
			return floatToInt(float64(v))
		case *Str:
			return IntFromString(v.S, 10)
		}
	}
	var x, base Object
	if err := UnpackArgs(t, "int", args, kw, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if x == nil {
		if base != nil {
			return nil, Errorf(TypeError, "int() missing string argument")
		}
		return Int(0), nil
	}
	if base != nil {
		b, err := IndexInt(t, base)
		if err != nil {
			return nil, err
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		switch v := x.(type) {
		case *Str:
			return IntFromString(v.S, b)
		case *Bytes:
			return IntFromString(string(v.B), b)
		case *ByteArray:
			return IntFromString(string(v.B), b)
		}
		return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
	}
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		if v {
			return Int(1), nil
		}
		return Int(0), nil
	case Float:
		return floatToInt(float64(v))
	case *Str:
		return IntFromString(v.S, 10)
	case *Bytes:
		return IntFromString(string(v.B), 10)
	case *ByteArray:
		return IntFromString(string(v.B), 10)
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		r, found, err := CallSpecial(t, x, Intern(name))
		if found {
			if err != nil {
				return nil, err
			}
			if !isIntLike(r) {
				return nil, Errorf(TypeError, "%s returned non-int (type %s)", name, TypeName(r))
			}
			return r, nil
		}
	}
	if inst, ok := x.(*Instance); ok && inst.Base != nil {
		return intNew(t, cls, []Object{inst.Base}, nil)
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

func floatToInt(f float64) (Object, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return NewBig(b), nil
}

func floatNew(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("float", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	switch v := args[0].(type) {
	case *Str:
		f, err := FloatFromString(v.S)
		return Float(f), err
	case *Bytes:
		f, err := FloatFromString(string(v.B))
		return Float(f), err
	}
	f, err := ToFloat(t, args[0])
	if err != nil {
		if e := AsException(err); e.IsInstance(TypeError) {
			return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(args[0]))
		}
		return nil, err
	}
	return Float(f), nil
}

func intRepr(o Object) (string, error) {
	switch v := o.(type) {
	case Int:
		return strconv.FormatInt(int64(v), 10), nil
	case *BigInt:
		if IntMaxStrDigits > 0 && v.V.BitLen() > 14000 {
			s := v.V.String()
			n := len(strings.TrimPrefix(s, "-"))
			if n > IntMaxStrDigits {
				return "", Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits)
			}
			return s, nil
		}
		return v.V.String(), nil
	case Bool:
		if v {
			return "True", nil
		}
		return "False", nil
	}
	return "", Errorf(TypeError, "expected int")
}

// numSelf returns the numeric value of a method receiver.
func numSelf(o Object) Object {
	if inst, ok := o.(*Instance); ok && inst.Base != nil {
		return inst.Base
	}
	return o
}

func round(t *Thread, x Object, nd Object) (Object, error) {
	switch v := x.(type) {
	case Float:
		f := float64(v)
		if nd == nil || nd == None {
			if math.IsInf(f, 0) {
				return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, Errorf(ValueError, "cannot convert float NaN to integer")
			}
			return floatToInt(math.RoundToEven(f))
		}
		n, err := IndexInt(t, nd)
		if err != nil {
			return nil, err
		}
		if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
			return v, nil
		}
		if n > 300 {
			return v, nil
		}
		if n < -308 {
			return Float(math.Copysign(0, f)), nil
		}
		// Go formats the exact binary value, rounding half to even: the
		// same result as CPython's correctly rounded round().
		if n >= 0 {
			r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', n, 64), 64)
			if r == 0 {
				r = math.Copysign(0, f)
			}
			return Float(r), nil
		}
		iv, _ := new(big.Float).SetFloat64(f).Int(nil)
		rounded, err := round(t, NewBig(iv), Int(n))
		if err != nil {
			return nil, err
		}
		rb, _ := asIntBig(rounded)
		// correct for the truncated fraction: x.5 cases only matter at n=0
		r, _ := new(big.Float).SetInt(rb).Float64()
		if r == 0 {
			r = math.Copysign(0, f)
		}
		return Float(r), nil
	case Int, *BigInt, Bool:
		if nd == nil || nd == None {
			r, _ := intNew(t, IntType, []Object{v}, nil)
			return r, nil
		}
		n, err := IndexInt(t, nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			r, _ := intNew(t, IntType, []Object{v}, nil)
			return r, nil
		}
		x, _ := asIntBig(v)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		q, m := new(big.Int).DivMod(x, p, new(big.Int))
		twice := new(big.Int).Mul(m, big.NewInt(2))
		if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return NewBig(q.Mul(q, p)), nil
	}
	return nil, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(x))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func init() {
	IntType.New = intNew
	FloatType.New = floatNew
	BoolType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("bool", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return False, nil
		}
		b, err := Truth(t, args[0])
		return NewBool(b), err
	}
	ComplexType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		var re, im Object = Int(0), Int(0)
		if err := UnpackArgs(t, "complex", args, kw, "real?", &re, "imag?", &im); err != nil {
			return nil, err
		}
		if s, ok := re.(*Str); ok {
			return parseComplex(s.S)
		}
		r, ok := toComplex(re)
		i, ok2 := toComplex(im)
		if !ok || !ok2 {
			return nil, Errorf(TypeError, "complex() first argument must be a string or a number, not '%s'", TypeName(re))
		}
		return Complex(r + i*1i), nil
	}
	for i := range binOps {
		op := BinOp(i)
		fwd := func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			r, ok, err := numericBinary(t, op, numSelf(args[0]), numSelf(args[1]))
			if !ok {
				return NotImplemented, nil
			}
			return r, err
		}
		rev := func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			r, ok, err := numericBinary(t, op, numSelf(args[1]), numSelf(args[0]))
			if !ok {
				return NotImplemented, nil
			}
			return r, err
		}
		for _, tp := range []*Type{IntType, FloatType, ComplexType} {
			tp.AddMethod(binOps[i].name.S, fwd)
			tp.AddMethod(binOps[i].rname.S, rev)
		}
	}
	for _, tp := range []*Type{IntType, FloatType, ComplexType} {
		tp := tp
		for _, u := range []struct {
			name string
			op   UnaryOpKind
		}{{"__neg__", OpNeg}, {"__pos__", OpPos}, {"__invert__", OpInvert}} {
			op := u.op
			tp.AddMethod(u.name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				r, ok, err := numericUnary(t, op, numSelf(args[0]))
				if !ok {
					return NotImplemented, nil
				}
				return r, err
			})
		}
		tp.AddMethod("__abs__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			switch v := numSelf(args[0]).(type) {
			case Int:
				if v < 0 {
					r, _, err := numericUnary(t, OpNeg, v)
					return r, err
				}
				return v, nil
			case *BigInt:
				return NewBig(new(big.Int).Abs(&v.V)), nil
			case Bool:
				if v {
					return Int(1), nil
				}
				return Int(0), nil
			case Float:
				return Float(math.Abs(float64(v))), nil
			case Complex:
				return Float(math.Hypot(real(v), imag(v))), nil
			}
			return NotImplemented, nil
		})
		tp.AddMethod("__hash__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			h, err := Hash(t, numSelf(args[0]))
			return Int(h), err
		})
		tp.AddMethod("__bool__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			b, err := Truth(t, numSelf(args[0]))
			return NewBool(b), err
		})
		tp.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			return NewStr(numberRepr(numSelf(args[0]))), nil
		})
		tp.AddMethod("__format__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			spec, ok := args[1].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "format spec must be a str")
			}
			s, err := formatNumber(t, numSelf(args[0]), spec.S)
			if err != nil {
				return nil, err
			}
			return NewStr(s), nil
		})
		tp.AddMethod("__round__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			var nd Object
			if len(args) > 1 {
				nd = args[1]
			}
			return round(t, numSelf(args[0]), nd)
		})
		tp.AddMethod("__float__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			f, err := ToFloat(t, numSelf(args[0]))
			return Float(f), err
		})
		tp.AddMethod("__int__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			return intNew(t, IntType, []Object{numSelf(args[0])}, nil)
		})
		tp.AddMethod("__divmod__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			a, b := numSelf(args[0]), numSelf(args[1])
			q, ok, err := numericBinary(t, OpFloorDiv, a, b)
			if !ok {
				return NotImplemented, nil
			}
			if err != nil {
				return nil, err
			}
			m, _, err := numericBinary(t, OpMod, a, b)
			if err != nil {
				return nil, err
			}
			return NewTuple(q, m), nil
		})
		tp.AddMethod("__trunc__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			return intNew(t, IntType, []Object{numSelf(args[0])}, nil)
		})
		tp.AddMethod("__floor__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if f, ok := numSelf(args[0]).(Float); ok {
				return floatToInt(math.Floor(float64(f)))
			}
			return intNew(t, IntType, []Object{numSelf(args[0])}, nil)
		})
		tp.AddMethod("__ceil__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if f, ok := numSelf(args[0]).(Float); ok {
				return floatToInt(math.Ceil(float64(f)))
			}
			return intNew(t, IntType, []Object{numSelf(args[0])}, nil)
		})
		tp.AddMethod("conjugate", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if c, ok := numSelf(args[0]).(Complex); ok {
				return Complex(complex(real(c), -imag(c))), nil
			}
			return numSelf(args[0]), nil
		})
		tp.AddGetSet("real", func(t *Thread, self Object) (Object, error) {
			switch v := numSelf(self).(type) {
			case Complex:
				return Float(real(v)), nil
			case Bool:
				return intNew(t, IntType, []Object{v}, nil)
			}
			return numSelf(self), nil
		}, nil)
		tp.AddGetSet("imag", func(t *Thread, self Object) (Object, error) {
			switch v := numSelf(self).(type) {
			case Complex:
				return Float(imag(v)), nil
			case Float:
				return Float(0), nil
			}
			return Int(0), nil
		}, nil)
	}
	IntType.AddMethod("__pow__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		a, b := numSelf(args[0]), numSelf(args[1])
		if len(args) < 3 || args[2] == None {
			r, ok, err := numericBinary(t, OpPow, a, b)
			if !ok {
				return NotImplemented, nil
			}
			return r, err
		}
		x, ok1 := asIntBig(a)
		y, ok2 := asIntBig(b)
		m, ok3 := asIntBig(numSelf(args[2]))
		if !ok1 || !ok2 || !ok3 {
			return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		if m.Sign() == 0 {
			return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
		}
		base := new(big.Int).Set(x)
		exp := new(big.Int).Set(y)
		if exp.Sign() < 0 {
			inv := new(big.Int).ModInverse(new(big.Int).Mod(base, new(big.Int).Abs(m)), new(big.Int).Abs(m))
			if inv == nil {
				return nil, Errorf(ValueError, "base is not invertible for the given modulus")
			}
			base, exp = inv, exp.Neg(exp)
		}
		r := new(big.Int).Exp(base, exp, new(big.Int).Abs(m))
		if m.Sign() < 0 && r.Sign() != 0 {
			r.Add(r, m)
		}
		return NewBig(r), nil
	})
	IntType.AddMethod("__index__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return intNew(t, IntType, []Object{numSelf(args[0])}, nil)
	})
	IntType.AddMethod("bit_length", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		x, _ := asIntBig(numSelf(args[0]))
		return Int(new(big.Int).Abs(x).BitLen()), nil
	})
	IntType.AddMethod("bit_count", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		x, _ := asIntBig(numSelf(args[0]))
		n := 0
		for _, w := range new(big.Int).Abs(x).Bits() {
			for ; w != 0; w &= w - 1 {
				n++
			}
		}
		return Int(n), nil
	})
	IntType.AddGetSet("numerator", func(t *Thread, self Object) (Object, error) {
		return intNew(t, IntType, []Object{numSelf(self)}, nil)
	}, nil)
	IntType.AddGetSet("denominator", func(t *Thread, self Object) (Object, error) { return Int(1), nil }, nil)
	IntType.AddMethod("to_bytes", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		length := 1
		order := "big"
		signed := false
		if err := UnpackArgs(t, "to_bytes", args[1:], kw, "length?", &length, "byteorder?", &order, "signed?", &signed); err != nil {
			return nil, err
		}
		x, _ := asIntBig(numSelf(args[0]))
		if x.Sign() < 0 && !signed {
			return nil, Errorf(OverflowError, "can't convert negative int to unsigned")
		}
		v := new(big.Int).Set(x)
		if v.Sign() < 0 {
			v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
		}
		b := v.Bytes()
		if len(b) > length || (signed && x.Sign() >= 0 && len(b) == length && b[0]&0x80 != 0) ||
			(signed && x.Sign() < 0 && new(big.Int).Neg(x).Cmp(new(big.Int).Lsh(big.NewInt(1), uint(8*length-1))) > 0) {
			return nil, Errorf(OverflowError, "int too big to convert")
		}
		out := make([]byte, length)
		copy(out[length-len(b):], b)
		if order == "little" {
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		} else if order != "big" {
			return nil, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
		}
		return NewBytes(out), nil
	})
	IntType.AddClassMethod("from_bytes", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		var data Object
		order := "big"
		signed := false
		if err := UnpackArgs(t, "from_bytes", args[1:], kw, "bytes", &data, "byteorder?", &order, "signed?", &signed); err != nil {
			return nil, err
		}
		b, ok := AsBytes(data)
		if !ok {
			items, err := ToSlice(t, data)
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				n, err := IndexInt(t, it)
				if err != nil {
					return nil, err
				}
				b = append(b, byte(n))
			}
		}
		bb := append([]byte(nil), b...)
		if order == "little" {
			for i, j := 0, len(bb)-1; i < j; i, j = i+1, j-1 {
				bb[i], bb[j] = bb[j], bb[i]
			}
		}
		v := new(big.Int).SetBytes(bb)
		if signed && len(bb) > 0 && bb[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(bb))))
		}
		return NewBig(v), nil
	})
	FloatType.AddMethod("is_integer", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		f := float64(numSelf(args[0]).(Float))
		return NewBool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
	BoolType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if args[0].(Bool) {
			return NewStr("True"), nil
		}
		return NewStr("False"), nil
	})
	InstallNew(IntType, FloatType, BoolType, ComplexType)
}

func parseComplex(s string) (Object, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	t = strings.TrimSuffix(strings.TrimPrefix(t, "("), ")")
	bad := Errorf(ValueError, "complex() arg is a malformed string")
	if !strings.HasSuffix(t, "j") && !strings.HasSuffix(t, "J") {
		f, err := FloatFromString(t)
		if err != nil {
			return nil, bad
		}
		return Complex(complex(f, 0)), nil
	}
	body := t[:len(t)-1]
	i := strings.LastIndexAny(body, "+-")
	for i > 0 && (body[i-1] == 'e' || body[i-1] == 'E') {
		i = strings.LastIndexAny(body[:i], "+-")
	}
	var re, im float64
	var err error
	if i <= 0 {
		if body == "" || body == "+" {
			im = 1
		} else if body == "-" {
			im = -1
		} else if im, err = FloatFromString(body); err != nil {
			return nil, bad
		}
	} else {
		if re, err = FloatFromString(body[:i]); err != nil {
			return nil, bad
		}
		ims := body[i:]
		switch ims {
		case "+":
			im = 1
		case "-":
			im = -1
		default:
			if im, err = FloatFromString(ims); err != nil {
				return nil, bad
			}
		}
	}
	return Complex(complex(re, im)), nil
}

// numberRepr is repr() of a number.
func numberRepr(o Object) string {
	switch v := o.(type) {
	case Float:
		return FloatRepr(float64(v))
	case Complex:
		re, im := real(v), imag(v)
		ims := FloatRepr(im)
		if strings.HasSuffix(ims, ".0") {
			ims = ims[:len(ims)-2]
		}
		if re == 0 && !math.Signbit(re) {
			return ims + "j"
		}
		res := FloatRepr(re)
		if strings.HasSuffix(res, ".0") {
			res = res[:len(res)-2]
		}
		sign := "+"
		if im < 0 || (im == 0 && math.Signbit(im)) {
			sign = ""
		}
		return "(" + res + sign + ims + "j)"
	}
	s, _ := intRepr(o)
	return s
}
