// Package math is CPython's math module on Go's math package, with
// CPython's errors ("math domain error" ValueError, "math range error"
// OverflowError) and exact integer functions (factorial, comb, perm, gcd,
// lcm, isqrt) and exact summation (fsum).
package math

import (
	gomath "math"
	"math/big"

	"upy/py"
)

func domain() error   { return py.Errorf(py.ValueError, "math domain error") }
func rangeErr() error { return py.Errorf(py.OverflowError, "math range error") }

func init() {
	py.RegisterModule("math", func(t *py.Thread) (*py.Module, error) { return Module(), nil })
}

// checked wraps a one-argument function with CPython's error rules: a NaN
// from a non-NaN is a domain error, an infinity from a finite argument a
// range error when canOverflow, else a domain error.
func checked(fn func(float64) float64, canOverflow bool) func(float64) (float64, error) {
	return func(x float64) (float64, error) {
		r := fn(x)
		if gomath.IsNaN(r) && !gomath.IsNaN(x) {
			return 0, domain()
		}
		if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsNaN(x) {
			if canOverflow {
				return 0, rangeErr()
			}
			return 0, domain()
		}
		return r, nil
	}
}

func f1(name string, fn func(float64) (float64, error)) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs(name, kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		r, err := fn(x)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}
}

func f2(name string, fn func(x, y float64) (float64, error)) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		y, err := py.ToFloat(t, args[1])
		if err != nil {
			return nil, err
		}
		r, err := fn(x, y)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}
}

func boolFn(name string, fn func(float64) bool) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(fn(x)), nil
	}
}

// intArg converts an integer argument via __index__ (floats are rejected).
func intArg(t *py.Thread, o py.Object) (*big.Int, error) {
	v, err := py.Index(t, o)
	if err != nil {
		return nil, err
	}
	b, _ := py.IntToBig(v)
	return b, nil
}

const (
	radToDeg = 180 / gomath.Pi
	degToRad = gomath.Pi / 180
)

// Module builds the math module.
func Module() *py.Module {
	m := py.NewModule("math")
	m.Set("pi", py.Float(gomath.Pi))
	m.Set("e", py.Float(gomath.E))
	m.Set("tau", py.Float(2*gomath.Pi))
	m.Set("inf", py.Float(gomath.Inf(1)))
	m.Set("nan", py.Float(gomath.NaN()))

	for name, fn := range map[string]func(float64) float64{
		"sin": py.Sin, "cos": py.Cos, "tan": py.Tan, "asin": py.Asin,
		"acos": py.Acos, "atan": py.Atan, "tanh": py.Tanh, "asinh": gomath.Asinh,
		"acosh": acosh, "atanh": gomath.Atanh, "sqrt": gomath.Sqrt, "log1p": gomath.Log1p,
		"fabs": gomath.Abs, "erf": gomath.Erf, "erfc": gomath.Erfc, "cbrt": cbrt,
		"radians": func(x float64) float64 { return x * degToRad },
	} {
		m.SetFunc(name, f1(name, checked(fn, false)))
	}
	for name, fn := range map[string]func(float64) float64{
		"exp": py.Exp, "exp2": exp2, "expm1": gomath.Expm1, "sinh": py.Sinh,
		"cosh":    py.Cosh,
		"degrees": func(x float64) float64 { return x * radToDeg },
	} {
		m.SetFunc(name, f1(name, checked(fn, true)))
	}
	m.SetFunc("gamma", f1("gamma", tgamma))
	m.SetFunc("lgamma", f1("lgamma", lgamma))
	m.SetFunc("log", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("log", args, kw, 1, 2); err != nil {
			return nil, err
		}
		x, err := logHelper(t, args[0], py.Log)
		if err != nil {
			return nil, err
		}
		if len(args) == 2 {
			b, err := logHelper(t, args[1], py.Log)
			if err != nil {
				return nil, err
			}
			if b == 0 {
				return nil, py.Errorf(py.ZeroDivisionError, "float division by zero")
			}
			return py.Float(x / b), nil
		}
		return py.Float(x), nil
	})
	for name, fn := range map[string]func(float64) float64{"log2": py.Log2, "log10": py.Log10} {
		fn := fn
		name := name
		m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			r, err := logHelper(t, args[0], fn)
			return py.Float(r), err
		})
	}
	m.SetFunc("atan2", f2("atan2", func(y, x float64) (float64, error) { return py.Atan2(y, x), nil }))
	m.SetFunc("copysign", f2("copysign", func(x, y float64) (float64, error) { return gomath.Copysign(x, y), nil }))
	m.SetFunc("pow", f2("pow", mathPow))
	m.SetFunc("fmod", f2("fmod", func(x, y float64) (float64, error) {
		if gomath.IsNaN(x) || gomath.IsNaN(y) {
			return gomath.NaN(), nil
		}
		if y == 0 || gomath.IsInf(x, 0) {
			return 0, domain()
		}
		if gomath.IsInf(y, 0) {
			return x, nil
		}
		return gomath.Mod(x, y), nil
	}))
	m.SetFunc("remainder", f2("remainder", func(x, y float64) (float64, error) {
		if gomath.IsNaN(x) || gomath.IsNaN(y) {
			return gomath.NaN(), nil
		}
		if y == 0 || gomath.IsInf(x, 0) {
			return 0, domain()
		}
		if gomath.IsInf(y, 0) {
			return x, nil
		}
		return gomath.Remainder(x, y), nil
	}))
	m.SetFunc("nextafter", f2("nextafter", func(x, y float64) (float64, error) { return gomath.Nextafter(x, y), nil }))
	m.SetFunc("ulp", f1("ulp", func(x float64) (float64, error) {
		if gomath.IsNaN(x) {
			return x, nil
		}
		x = gomath.Abs(x)
		if gomath.IsInf(x, 0) {
			return x, nil
		}
		x2 := gomath.Nextafter(x, gomath.Inf(1))
		if gomath.IsInf(x2, 0) {
			x2 = gomath.Nextafter(x, gomath.Inf(-1))
			return x - x2, nil
		}
		return x2 - x, nil
	}))
	m.SetFunc("isnan", boolFn("isnan", gomath.IsNaN))
	m.SetFunc("isinf", boolFn("isinf", func(x float64) bool { return gomath.IsInf(x, 0) }))
	m.SetFunc("isfinite", boolFn("isfinite", func(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }))
	m.SetFunc("ldexp", mathLdexp)
	m.SetFunc("frexp", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("frexp", args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		if gomath.IsNaN(x) || gomath.IsInf(x, 0) || x == 0 {
			return py.NewTuple(py.Float(x), py.Int(0)), nil
		}
		fr, e := gomath.Frexp(x)
		return py.NewTuple(py.Float(fr), py.Int(e)), nil
	})
	m.SetFunc("modf", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("modf", args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		if gomath.IsInf(x, 0) {
			return py.NewTuple(py.Float(gomath.Copysign(0, x)), py.Float(x)), nil
		}
		i, f := gomath.Modf(x)
		return py.NewTuple(py.Float(f), py.Float(i)), nil
	})
	m.SetFunc("hypot", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs("hypot", kw); err != nil {
			return nil, err
		}
		xs := make([]float64, len(args))
		for i, a := range args {
			x, err := py.ToFloat(t, a)
			if err != nil {
				return nil, err
			}
			xs[i] = x
		}
		return py.Float(vectorNorm(xs)), nil
	})
	m.SetFunc("dist", mathDist)
	m.SetFunc("isclose", mathIsClose)
	m.SetFunc("fsum", mathFsum)
	m.SetFunc("prod", mathProd)
	m.SetFunc("floor", roundingFn("floor", "__floor__", gomath.Floor))
	m.SetFunc("ceil", roundingFn("ceil", "__ceil__", gomath.Ceil))
	m.SetFunc("trunc", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("trunc", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if f, ok := args[0].(py.Float); ok {
			return t.Call(py.IntType, []py.Object{f}, nil)
		}
		r, found, err := py.CallSpecial(t, args[0], py.Intern("__trunc__"))
		if !found {
			return nil, py.Errorf(py.TypeError, "type %s doesn't define __trunc__ method", py.TypeName(args[0]))
		}
		return r, err
	})
	addIntFunctions(m)
	return m
}

// mathPow is math.pow: C99 pow with errors for domain and overflow.
func mathPow(x, y float64) (float64, error) {
	r := py.PowC(x, y)
	switch {
	case gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y):
		return 0, domain()
	case gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsInf(y, 0):
		if x == 0 {
			return 0, domain()
		}
		return 0, rangeErr()
	}
	return r, nil
}

func mathLdexp(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("ldexp", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := py.ToFloat(t, args[0])
	if err != nil {
		return nil, err
	}
	var e int64
	switch v := args[1].(type) {
	case py.Int:
		e = int64(v)
	case py.Bool:
		if v {
			e = 1
		}
	case *py.BigInt:
		if v.V.Sign() > 0 {
			e = 1 << 20
		} else {
			e = -(1 << 20)
		}
	default:
		iv, ierr := py.Index(t, args[1])
		if _, isF := args[1].(py.Float); isF || ierr != nil {
			return nil, py.Errorf(py.TypeError, "Expected an int as second argument to ldexp.")
		}
		b, _ := py.IntToBig(iv)
		if b.IsInt64() {
			e = b.Int64()
		} else if b.Sign() > 0 {
			e = 1 << 20
		} else {
			e = -(1 << 20)
		}
	}
	if x == 0 || gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return py.Float(x), nil
	}
	if e > 1<<20 {
		e = 1 << 20
	} else if e < -(1 << 20) {
		e = -(1 << 20)
	}
	r := gomath.Ldexp(x, int(e))
	if gomath.IsInf(r, 0) {
		return nil, rangeErr()
	}
	return py.Float(r), nil
}

// logHelper applies a logarithm to an int or float argument; ints too
// large for a float are split into mantissa and exponent.
func logHelper(t *py.Thread, o py.Object, fn func(float64) float64) (float64, error) {
	if b, ok := o.(*py.BigInt); ok {
		if b.V.Sign() <= 0 {
			return 0, domain()
		}
		x, _ := b.V.Float64()
		if !gomath.IsInf(x, 0) {
			return fn(x), nil
		}
		e := b.V.BitLen()
		mant, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(&b.V), -e).Float64()
		return fn(mant) + float64(e)*fn(2), nil
	}
	x, err := py.ToFloat(t, o)
	if err != nil {
		return 0, err
	}
	if gomath.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, domain()
	}
	return fn(x), nil
}

func roundingFn(name, method string, fn func(float64) float64) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch v := args[0].(type) {
		case py.Int, *py.BigInt:
			return v, nil
		case py.Float:
			return t.Call(py.IntType, []py.Object{py.Float(fn(float64(v)))}, nil)
		}
		r, found, err := py.CallSpecial(t, args[0], py.Intern(method))
		if found {
			return r, err
		}
		x, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		return t.Call(py.IntType, []py.Object{py.Float(fn(x))}, nil)
	}
}

// vectorNorm is the Euclidean norm, accurate to within rounding: the
// squares are summed in double-double after scaling by a power of two.
func vectorNorm(xs []float64) float64 {
	maxv := 0.0
	nan := false
	for _, x := range xs {
		ax := gomath.Abs(x)
		if gomath.IsInf(ax, 0) {
			return gomath.Inf(1)
		}
		if gomath.IsNaN(ax) {
			nan = true
			continue
		}
		if ax > maxv {
			maxv = ax
		}
	}
	if nan {
		return gomath.NaN()
	}
	if maxv == 0 || len(xs) == 1 {
		return maxv
	}
	_, e := gomath.Frexp(maxv)
	var hi, lo float64
	for _, x := range xs {
		s := gomath.Ldexp(x, -e)
		p := s * s
		pe := gomath.FMA(s, s, -p)
		sum := hi + p
		bb := sum - hi
		err := (hi - (sum - bb)) + (p - bb)
		hi = sum
		lo += err + pe
	}
	total := hi + lo
	lo = lo - (total - hi)
	hi = total
	r := gomath.Sqrt(hi)
	// one Newton correction using the low part and the exact residual
	res := gomath.FMA(-r, r, hi) + lo
	r += res / (2 * r)
	return gomath.Ldexp(r, e)
}

func mathDist(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("dist", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := py.ToSlice(t, args[0])
	if err != nil {
		return nil, err
	}
	q, err := py.ToSlice(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.Errorf(py.ValueError, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		a, err := py.ToFloat(t, p[i])
		if err != nil {
			return nil, err
		}
		b, err := py.ToFloat(t, q[i])
		if err != nil {
			return nil, err
		}
		d[i] = a - b
	}
	return py.Float(vectorNorm(d)), nil
}

func mathIsClose(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	return IsClose(t, args, kw, py.ToFloat, gomath.Abs)
}

// IsClose is isclose() of math and cmath: two positional numbers,
// converted by conv, and the keyword-only rel_tol and abs_tol.
func IsClose[T float64 | complex128](t *py.Thread, args []py.Object, kw []py.Kwarg,
	conv func(*py.Thread, py.Object) (T, error), abs func(T) float64) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.Errorf(py.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	a, err := conv(t, args[0])
	if err != nil {
		return nil, err
	}
	b, err := conv(t, args[1])
	if err != nil {
		return nil, err
	}
	rel, absTol := 1e-9, 0.0
	for _, k := range kw {
		v, err := py.ToFloat(t, k.Value)
		if err != nil {
			return nil, err
		}
		switch k.Name {
		case "rel_tol":
			rel = v
		case "abs_tol":
			absTol = v
		default:
			return nil, py.InvalidKeyword("isclose", k.Name)
		}
	}
	if rel < 0 || absTol < 0 {
		return nil, py.Errorf(py.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	// An infinite (component) is close only to itself, handled above.
	if gomath.IsInf(abs(a), 1) || gomath.IsInf(abs(b), 1) {
		return py.False, nil
	}
	d := abs(a - b)
	return py.NewBool(d <= rel*abs(b) || d <= rel*abs(a) || d <= absTol), nil
}

// mathFsum sums exactly (big floats wide enough for any float64) and
// rounds once, which is what CPython's partials algorithm computes.
func mathFsum(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("fsum", args, kw, 1, 1); err != nil {
		return nil, err
	}
	const prec = 2200
	acc := new(big.Float).SetPrec(prec)
	tmp := new(big.Float).SetPrec(prec)
	special := 0.0
	hasSpecial, hasNaN := false, false
	err := py.Iterate(t, args[0], func(o py.Object) (bool, error) {
		x, err := py.ToFloat(t, o)
		if err != nil {
			return false, err
		}
		if gomath.IsNaN(x) {
			hasNaN = true
			return true, nil
		}
		if gomath.IsInf(x, 0) {
			special += x
			hasSpecial = true
			return true, nil
		}
		acc.Add(acc, tmp.SetFloat64(x))
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if hasNaN {
		return py.Float(gomath.NaN()), nil
	}
	if hasSpecial {
		if gomath.IsNaN(special) {
			return nil, py.Errorf(py.ValueError, "-inf + inf in fsum")
		}
		return py.Float(special), nil
	}
	r, _ := acc.Float64()
	if gomath.IsInf(r, 0) {
		return nil, py.Errorf(py.OverflowError, "intermediate overflow in fsum")
	}
	return py.Float(r), nil
}

func mathProd(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
	}
	var acc py.Object = py.Int(1)
	for _, k := range kw {
		if k.Name != "start" {
			return nil, py.InvalidKeyword("prod", k.Name)
		}
		acc = k.Value
	}
	err := py.Iterate(t, args[0], func(o py.Object) (bool, error) {
		r, err := py.BinaryOp(t, py.OpMul, acc, o)
		acc = r
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// acosh is fdlibm's formula on the accurate log: Go's math.Acosh takes
// log(x + sqrt(x*x-1)) directly and is off by an ulp where C's is not.
func acosh(x float64) float64 {
	switch {
	case x < 1 || gomath.IsNaN(x):
		return gomath.NaN()
	case x == 1:
		return 0
	case x >= 1<<28:
		if gomath.IsInf(x, 1) {
			return x
		}
		return py.Log(x) + gomath.Ln2
	case x > 2:
		return py.Log(2*x - 1/(x+gomath.Sqrt(x*x-1)))
	}
	t := x - 1
	return gomath.Log1p(t + gomath.Sqrt(2*t+t*t))
}

// cbrtFactor is 2**(k/3) for k in -2..2. C divides the rounded constants
// in double arithmetic; Go constant arithmetic would be exact.
var cbrtFactor = func() [5]float64 {
	cbrt2, sqrCbrt2 := 1.2599210498948731648, 1.5874010519681994748
	return [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
}()

// cbrt is glibc's __cbrt (which python3 uses on Linux): a polynomial
// first guess refined by one Halley step, exactly as glibc rounds it
// (cbrt(27.0) is 3.0000000000000004 there too).
func cbrt(x float64) float64 {
	if x == 0 || gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return x + x
	}
	xm, xe := gomath.Frexp(gomath.Abs(x))
	u := 0.354895765043919860 + (1.50819193781584896+(-2.11499494167371287+(2.44693122563534430+
		(-1.83469277483613086+(0.784932344976639262-0.145263899385486377*xm)*xm)*xm)*xm)*xm)*xm
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * cbrtFactor[2+xe%3]
	return gomath.Copysign(gomath.Ldexp(ym, xe/3), x)
}

// exp2 goes through the correctly rounded pow for fractional powers.
func exp2(x float64) float64 {
	if x == gomath.Trunc(x) && gomath.Abs(x) < 2000 {
		return gomath.Ldexp(1, int(x))
	}
	return py.PowC(2, x)
}
