package py

import (
	"math"
	"strings"
)

// complexBinary is complex + - * / with CPython's algorithms (explicit
// float64 conversions keep the compiler from fusing operations).
func complexBinary(op BinOp, x, y complex128) (Object, error) {
	a, b, c, d := real(x), imag(x), real(y), imag(y)
	switch op {
	case OpAdd:
		return Complex(complex(a+c, b+d)), nil
	case OpSub:
		return Complex(complex(a-c, b-d)), nil
	case OpMul:
		return Complex(complexMul(x, y)), nil
	case OpTrueDiv:
		if c == 0 && d == 0 {
			return nil, Errorf(ZeroDivisionError, "complex division by zero")
		}
		return Complex(complexDiv(x, y)), nil
	}
	return nil, nil
}

func complexMul(x, y complex128) complex128 {
	a, b, c, d := real(x), imag(x), real(y), imag(y)
	return complex(float64(a*c)-float64(b*d), float64(a*d)+float64(b*c))
}

// complexDiv divides by Smith's method, scaling by the larger component
// of the divisor to avoid needless overflow. y must not be zero.
func complexDiv(x, y complex128) complex128 {
	a, b, c, d := real(x), imag(x), real(y), imag(y)
	ac, ad := math.Abs(c), math.Abs(d)
	switch {
	case ac >= ad:
		ratio := d / c
		den := c + float64(d*ratio)
		return complex((a+float64(b*ratio))/den, (b-float64(a*ratio))/den)
	case ad >= ac:
		ratio := c / d
		den := float64(c*ratio) + d
		return complex((float64(a*ratio)+b)/den, (float64(b*ratio)-a)/den)
	}
	nan := math.NaN()
	return complex(nan, nan)
}

// complexPowU is x**n for n >= 0 by repeated squaring.
func complexPowU(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

// complexPowInt is x**n for a small integral exponent, as CPython.
func complexPowInt(x complex128, n int64) (Object, error) {
	var r complex128
	if n >= 0 {
		r = complexPowU(x, n)
	} else {
		d := complexPowU(x, -n)
		if d == 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
		}
		r = complexDiv(1, d)
	}
	return complexPowResult(r)
}

func complexPowResult(r complex128) (Object, error) {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, Errorf(OverflowError, "complex exponentiation")
	}
	return Complex(r), nil
}

// complexPow is x**y in polar form.
func complexPow(x, y complex128) (Object, error) {
	if imag(y) == 0 && real(y) == math.Trunc(real(y)) && math.Abs(real(y)) <= 100 {
		return complexPowInt(x, int64(real(y)))
	}
	if y == 0 {
		return Complex(1), nil
	}
	if x == 0 {
		if imag(y) != 0 || real(y) < 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
		}
		return Complex(0), nil
	}
	vabs := Hypot(real(x), imag(x))
	length := math.Pow(vabs, real(y))
	if real(y) != 0 && vabs > 0 && vabs != 1 && !math.IsInf(vabs, 0) {
		length = powPositive(vabs, real(y))
	}
	at := Atan2(imag(x), real(x))
	phase := at * real(y)
	if imag(y) != 0 {
		length /= Exp(at * imag(y))
		phase += imag(y) * Log(vabs)
	}
	if math.IsInf(phase, 0) {
		// CPython: cos(inf) sets EDOM, reported as this error
		return nil, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
	}
	sn, cs := SinCos(phase)
	r := complex(length*cs, length*sn)
	return complexPowResult(r)
}

// complexAbs is abs(z).
func complexAbs(c complex128) (Object, error) {
	r := Hypot(real(c), imag(c))
	if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
		return nil, Errorf(OverflowError, "absolute value too large")
	}
	return Float(r), nil
}

// complexRepr is repr(z): (1+2j), 2j, (-0-1j), (nan+infj).
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	ims := floatReprShort(im)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + floatReprShort(re) + ims + "j)"
}

// floatReprShort is repr(f) without a trailing ".0", as complex parts print.
func floatReprShort(f float64) string {
	s := FloatRepr(f)
	if strings.HasSuffix(s, ".0") {
		s = s[:len(s)-2]
	}
	return s
}

func complexSelf(o Object) complex128 {
	if c, ok := numSelf(o).(Complex); ok {
		return complex128(c)
	}
	return 0
}

func complexNew(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	var re, im Object
	if err := UnpackClinicArgs(t, "complex", args, kw, "real?", &re, "imag?", &im); err != nil {
		return nil, err
	}
	if re == nil {
		re = Int(0)
	}
	if s, ok := re.(*Str); ok {
		if im != nil {
			return nil, Errorf(TypeError, "complex() can't take second arg if first is a string")
		}
		c, err := ComplexFromString(s.S)
		return Complex(c), err
	}
	if _, ok := im.(*Str); ok {
		return nil, Errorf(TypeError, "complex() second arg can't be a string")
	}
	if c, ok := re.(Complex); ok && im == nil {
		return c, nil
	}
	cr, crIsComplex, err := complexArg(t, re, "complex() first argument must be a string or a number, not '%s'")
	if err != nil {
		return nil, err
	}
	if im == nil {
		return Complex(cr), nil
	}
	ci, ciIsComplex, err := complexArg(t, im, "complex() second argument must be a number, not '%s'")
	if err != nil {
		return nil, err
	}
	r, i := real(cr), real(ci)
	if ciIsComplex {
		r -= imag(ci)
	}
	if crIsComplex {
		i += imag(cr)
	}
	return Complex(complex(r, i)), nil
}

// complexArg converts a complex() argument: numbers, __complex__,
// __float__ or __index__.
func complexArg(t *Thread, o Object, msg string) (complex128, bool, error) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), true, nil
	case Int, Bool, *BigInt, Float:
		f, err := toFloat64(v)
		return complex(f, 0), false, err
	}
	r, found, err := CallSpecial(orThread(t), o, Intern("__complex__"))
	if err != nil {
		return 0, false, err
	}
	if found {
		c, ok := numSelf(r).(Complex)
		if !ok {
			return 0, false, Errorf(TypeError, "__complex__ returned non-complex (type %s)", TypeName(r))
		}
		return complex128(c), true, nil
	}
	if o.Type().Lookup(Intern("__float__")) != nil || o.Type().Lookup(strIndex) != nil {
		f, err := ToFloat(t, o)
		return complex(f, 0), false, err
	}
	return 0, false, Errorf(TypeError, msg, TypeName(o))
}

func init() {
	ComplexType.New = complexNew
	ComplexType.Doc = "Create a complex number from a real part and an optional imaginary part."
	addNumberOps(ComplexType, kComplex)
	ComplexType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewStr(complexRepr(complexSelf(args[0]))), nil
	})
	ComplexType.AddMethod("__abs__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return complexAbs(complexSelf(args[0]))
	})
	ComplexType.AddMethod("__bool__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewBool(complexSelf(args[0]) != 0), nil
	})
	ComplexType.AddMethod("__hash__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return Int(hashComplex(complexSelf(args[0]))), nil
	})
	ComplexType.AddMethod("__complex__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return Complex(complexSelf(args[0])), nil
	})
	ComplexType.AddMethod("conjugate", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("conjugate", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		c := complexSelf(args[0])
		return Complex(complex(real(c), -imag(c))), nil
	})
	ComplexType.AddMethod("__getnewargs__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		c := complexSelf(args[0])
		return NewTuple(Float(real(c)), Float(imag(c))), nil
	})
	ComplexType.AddGetSet("real", func(t *Thread, self Object) (Object, error) {
		return Float(real(complexSelf(self))), nil
	}, nil)
	ComplexType.AddGetSet("imag", func(t *Thread, self Object) (Object, error) {
		return Float(imag(complexSelf(self))), nil
	}, nil)
}
