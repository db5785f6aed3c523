package py

import "math"

// powPositive computes x**y for finite x > 0 (x != 1) and finite y != 0,
// correctly rounded in all but astronomically rare cases, so that results
// agree with the C library's pow that CPython uses. It works in
// double-double arithmetic (about 104 significant bits), with fast paths
// for integer and half-integer exponents.
func powPositive(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	if math.Abs(y) <= 1<<24 {
		if y == math.Trunc(y) {
			p, e := ddPowInt(x, int64(y))
			return ddScale(p, e)
		}
		if h := y - 0.5; h == math.Trunc(h) {
			p, e := ddPowInt(x, int64(h))
			p = ddMul(p, ddSqrt(x))
			return ddScale(p, e)
		}
	}
	l := ddLog(x)
	t := ddMulF(l, y)
	if t.hi > 710 {
		return math.Inf(1)
	}
	if t.hi < -746 {
		return 0
	}
	r, k := ddExp(t)
	return ddScale(r, k)
}

// dd is an unevaluated sum hi+lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := float64(s - a)
	return s, float64(a-float64(s-bb)) + float64(b-bb)
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, float64(b - float64(s-a))}
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	r := quickTwoSum(s, e)
	return quickTwoSum(r.hi, r.lo+f)
}

func ddMul(a, b dd) dd {
	p := a.hi * b.hi
	e := math.FMA(a.hi, b.hi, -p)
	e += float64(a.hi*b.lo) + float64(a.lo*b.hi)
	return quickTwoSum(p, e)
}

func ddMulF(a dd, b float64) dd {
	p := a.hi * b
	e := math.FMA(a.hi, b, -p)
	e += float64(a.lo * b)
	return quickTwoSum(p, e)
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulF(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulF(b, -q2))
	q3 := r.hi / b.hi
	s := quickTwoSum(q1, q2)
	return ddAdd(s, dd{q3, 0})
}

// ddSqrt is the square root of x to double-double precision.
func ddSqrt(x float64) dd {
	s := math.Sqrt(x)
	r := math.FMA(-s, s, x)
	return quickTwoSum(s, r/(2*s))
}

// ddPowInt computes x**n as a double-double mantissa and a binary exponent,
// renormalizing as it goes so no intermediate overflows or underflows.
func ddPowInt(x float64, n int64) (dd, int) {
	neg := n < 0
	if neg {
		n = -n
	}
	m, e := math.Frexp(x)
	base := dd{m, 0}
	be := e
	r := dd{1, 0}
	re := 0
	for n > 0 {
		if n&1 != 0 {
			r = ddMul(r, base)
			re += be
			r, re = ddNorm(r, re)
		}
		n >>= 1
		if n > 0 {
			base = ddMul(base, base)
			be *= 2
			base, be = ddNorm(base, be)
		}
	}
	if neg {
		r = ddDiv(dd{1, 0}, r)
		re = -re
		r, re = ddNorm(r, re)
	}
	return r, re
}

// ddNorm moves the binary exponent of a into e (exact scaling).
func ddNorm(a dd, e int) (dd, int) {
	_, k := math.Frexp(a.hi)
	if k == 0 {
		return a, e
	}
	return dd{math.Ldexp(a.hi, -k), math.Ldexp(a.lo, -k)}, e + k
}

// ddScale rounds a * 2**e to a float64.
func ddScale(a dd, e int) float64 {
	v := a.hi + a.lo
	return math.Ldexp(v, e)
}

var (
	ddLn2 = dd{0.6931471805599453, 2.3190468138462996e-17}
)

// ddExp returns exp(a) as a mantissa and binary exponent.
func ddExp(a dd) (dd, int) {
	k := math.Round(a.hi / ddLn2.hi)
	r := ddAdd(a, ddMulF(ddLn2, -k))
	// exp(r) = (exp(r/512))**512; expm1 of the small argument by Taylor.
	r = dd{r.hi / 512, r.lo / 512}
	s := r
	term := r
	for i := 2; i <= 10; i++ {
		term = ddMul(term, r)
		term = ddDiv(term, dd{float64(i), 0})
		s = ddAdd(s, term)
	}
	for i := 0; i < 9; i++ {
		// (1+s)**2 = 1 + (2s + s*s), kept as expm1 to preserve precision
		s = ddAdd(dd{2 * s.hi, 2 * s.lo}, ddMul(s, s))
	}
	return ddAdd(dd{1, 0}, s), int(k)
}

// ddLog returns log(x) for finite x > 0 to double-double precision: one
// Newton step on exp from the float64 logarithm.
func ddLog(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	y0 := math.Log(m)
	ex, k := ddExp(dd{-y0, 0})
	t := ddMulF(ex, math.Ldexp(m, k))
	t = ddAdd(t, dd{-1, 0})
	l := ddAdd(dd{y0, 0}, t)
	if e != 0 {
		l = ddAdd(l, ddMulF(ddLn2, float64(e)))
	}
	return l
}

// PowC is C99's pow(x, y) for the math module: NaN signals a domain
// error and an infinite result from finite operands an overflow.
func PowC(x, y float64) float64 {
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		if isOddInteger(y) {
			return math.Copysign(math.Inf(1), x)
		}
		return math.Inf(1)
	}
	r, err := floatPow(x, y)
	if err != nil {
		return math.Inf(1)
	}
	if f, ok := r.(Float); ok {
		return float64(f)
	}
	return math.NaN() // negative base, fractional exponent
}

// pio2 is pi/2 as a sum of three float64s.
var pio2 = [3]float64{1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33}

// SinCos returns sin(x) and cos(x) with the argument reduced in
// double-double precision, so results near multiples of pi/2 keep full
// relative accuracy (cos(pi/2) is 6.123233995736766e-17, as C's libm).
func SinCos(x float64) (float64, float64) {
	return Sin(x), Cos(x)
}

// Exp is exp(x) correctly rounded in all but rare cases (as C's libm,
// which CPython uses; Go's math.Exp can differ in the last bit).
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	case x == 0:
		return 1
	}
	r, k := ddExp(dd{x, 0})
	return ddScale(r, k)
}

// Log is the natural logarithm, correctly rounded in all but rare cases.
func Log(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) || x == 1 {
		return math.Log(x)
	}
	l := ddLog(x)
	return l.hi + l.lo
}
