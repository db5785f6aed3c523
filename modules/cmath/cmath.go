// Package cmath is CPython's cmath module on Go's math/cmplx, with
// CPython's errors ("math domain error", "math range error").
package cmath

import (
	"math"
	"math/cmplx"

	pymath "upy/modules/math"
	"upy/py"
)

func init() {
	py.RegisterModule("cmath", func(t *py.Thread) (*py.Module, error) { return Module(), nil })
}

func domain() error   { return py.Errorf(py.ValueError, "math domain error") }
func rangeErr() error { return py.Errorf(py.OverflowError, "math range error") }

// toComplex converts an argument: complex, __complex__, or a real number.
func toComplex(t *py.Thread, o py.Object) (complex128, error) {
	switch v := o.(type) {
	case py.Complex:
		return complex128(v), nil
	case py.Float:
		return complex(float64(v), 0), nil
	case py.Int:
		return complex(float64(v), 0), nil
	}
	if o.Type().LookupString("__complex__") != nil {
		r, err := t.Call(py.ComplexType, []py.Object{o}, nil)
		if err != nil {
			return 0, err
		}
		if c, ok := r.(py.Complex); ok {
			return complex128(c), nil
		}
	}
	f, err := py.ToFloat(t, o)
	return complex(f, 0), err
}

func finite(c complex128) bool {
	return !math.IsInf(real(c), 0) && !math.IsNaN(real(c)) && !math.IsInf(imag(c), 0) && !math.IsNaN(imag(c))
}

func special(c complex128) bool { return !finite(c) }

// c1 wraps a function with CPython's error rules for finite arguments.
func c1(name string, fn func(complex128) complex128, canOverflow bool) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return nil, err
		}
		if infDomain(name, z) {
			return nil, domain()
		}
		r := fn(z)
		if finite(z) && special(r) {
			if canOverflow && !cmplx.IsNaN(r) {
				return nil, rangeErr()
			}
			return nil, domain()
		}
		return py.Complex(r), nil
	}
}

// infDomain reports the infinite arguments for which CPython's special
// value tables set EDOM (a NaN result from an infinite imaginary part).
func infDomain(name string, z complex128) bool {
	x, y := real(z), imag(z)
	switch name {
	case "sin", "cos", "tan":
		x, y = -y, x // these are the hyperbolic functions of i*z
	}
	if !math.IsInf(y, 0) || math.IsNaN(x) {
		return false
	}
	switch name {
	case "exp":
		return !math.IsInf(x, -1)
	case "sinh", "cosh", "sin", "cos":
		return true
	case "tanh", "tan":
		return !math.IsInf(x, 0)
	}
	return false
}

func logOf(z complex128) (complex128, error) {
	if z == 0 {
		return 0, domain()
	}
	return clog(z), nil
}

// Module builds the cmath module.
func Module() *py.Module {
	m := py.NewModule("cmath")
	m.Set("pi", py.Float(math.Pi))
	m.Set("e", py.Float(math.E))
	m.Set("tau", py.Float(2*math.Pi))
	m.Set("inf", py.Float(math.Inf(1)))
	m.Set("nan", py.Float(math.NaN()))
	m.Set("infj", py.Complex(complex(0, math.Inf(1))))
	m.Set("nanj", py.Complex(complex(0, math.NaN())))
	for name, fn := range map[string]func(complex128) complex128{
		"sqrt": csqrt, "acos": cacos, "asin": casin, "acosh": cacosh, "asinh": casinh,
		"tan": ctan, "tanh": ctanh,
	} {
		m.SetFunc(name, c1(name, fn, false))
	}
	m.SetFunc("sin", c1("sin", csin, true))
	m.SetFunc("cos", c1("cos", ccos, true))
	for name, fn := range map[string]func(complex128) (complex128, bool){"atan": catan, "atanh": catanh} {
		m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			z, err := toComplex(t, args[0])
			if err != nil {
				return nil, err
			}
			r, ok := fn(z)
			if !ok || finite(z) && special(r) {
				return nil, domain()
			}
			return py.Complex(r), nil
		})
	}
	for name, fn := range map[string]func(complex128) complex128{
		"exp": cexp, "cosh": ccosh, "sinh": csinh,
	} {
		m.SetFunc(name, c1(name, fn, true))
	}
	m.SetFunc("log", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("log", args, kw, 1, 2); err != nil {
			return nil, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return nil, err
		}
		r, err := logOf(z)
		if err != nil {
			return nil, err
		}
		if len(args) == 2 {
			b, err := toComplex(t, args[1])
			if err != nil {
				return nil, err
			}
			lb, err := logOf(b)
			if err != nil {
				return nil, err
			}
			return py.BinaryOp(t, py.OpTrueDiv, py.Complex(r), py.Complex(lb))
		}
		return py.Complex(r), nil
	})
	m.SetFunc("log10", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("log10", args, kw, 1, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return nil, err
		}
		if z == 0 {
			return nil, domain()
		}
		return py.Complex(clog10(z)), nil
	})
	m.SetFunc("phase", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("phase", args, kw, 1, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return nil, err
		}
		return py.Float(py.Atan2(imag(z), real(z))), nil
	})
	m.SetFunc("polar", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("polar", args, kw, 1, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return nil, err
		}
		r := py.Hypot(real(z), imag(z))
		if math.IsInf(r, 0) && finite(z) {
			return nil, rangeErr()
		}
		return py.NewTuple(py.Float(r), py.Float(py.Atan2(imag(z), real(z)))), nil
	})
	m.SetFunc("rect", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("rect", args, kw, 2, 2); err != nil {
			return nil, err
		}
		r, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		phi, err := py.ToFloat(t, args[1])
		if err != nil {
			return nil, err
		}
		if math.IsInf(phi, 0) && !math.IsNaN(r) && r != 0 {
			return nil, domain()
		}
		if math.IsInf(r, 0) && math.IsNaN(phi) {
			return py.Complex(complex(math.Inf(1), phi)), nil
		}
		if phi == 0 {
			return py.Complex(complex(r, phi*r)), nil
		}
		return py.Complex(complex(r*py.Cos(phi), r*py.Sin(phi))), nil
	})
	pred := func(name string, fn func(complex128) bool) {
		m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			z, err := toComplex(t, args[0])
			if err != nil {
				return nil, err
			}
			return py.NewBool(fn(z)), nil
		})
	}
	pred("isfinite", finite)
	pred("isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) })
	pred("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) })
	m.SetFunc("isclose", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return pymath.IsClose(t, args, kw, toComplex, cmplx.Abs)
	})
	return m
}

// atan follows CPython's branch cuts: on the imaginary axis beyond ±1j the
// real part is ±pi/2 with the sign of the (zero) real part.
func atan(z complex128) complex128 {
	r := cmplx.Atan(z)
	if real(z) == 0 && math.Abs(imag(z)) > 1 {
		r = complex(math.Copysign(math.Pi/2, real(z)), imag(r))
	}
	return r
}
