package py

import gomath "math"

// log10 and log2 in the manner of FreeBSD's e_log10.c/e_log2.c: the
// logarithm of the reduced argument is kept as a hi+lo pair and scaled
// by split constants, so exact powers (log10(1000), log10(1e-4)) come out
// exact and most results round as the C library's do. Go's Log10 and
// Log2 multiply a rounded log(x) by a rounded constant.

const (
	ivln10hi  = 4.34294481878168880939e-01
	ivln10lo  = 2.50829467116452752298e-11
	log10_2hi = 3.01029995663611771306e-01
	log10_2lo = 3.69423907715893078616e-13
	ivln2hi   = 1.44269504072144627571e+00
	ivln2lo   = 1.67517131648865118353e-10

	lg1 = 6.666666666666735130e-01
	lg2 = 3.999999999940941908e-01
	lg3 = 2.857142874366239149e-01
	lg4 = 2.222219843214978396e-01
	lg5 = 1.818357216161805012e-01
	lg6 = 1.531383769920937332e-01
	lg7 = 1.479819860511658591e-01
)

// logParts reduces x > 0 (finite, not 1) and returns k, hi and lo with
// log(x) = k*ln2 + hi + lo.
func logParts(x float64) (k int, hi, lo float64) {
	u := gomath.Float64bits(x)
	hx := uint32(u >> 32)
	if hx < 0x00100000 { // subnormal: scale up
		k -= 54
		x *= 0x1p54
		u = gomath.Float64bits(x)
		hx = uint32(u >> 32)
	}
	hx += 0x3ff00000 - 0x3fe6a09e
	k += int(hx>>20) - 0x3ff
	hx = (hx & 0x000fffff) + 0x3fe6a09e
	u = uint64(hx)<<32 | (u & 0xffffffff)
	x = gomath.Float64frombits(u)

	f := x - 1.0
	hfsq := 0.5 * f * f
	s := f / (2.0 + f)
	z := s * s
	w := z * z
	t1 := w * (lg2 + w*(lg4+w*lg6))
	t2 := z * (lg1 + w*(lg3+w*(lg5+w*lg7)))
	r := t2 + t1
	hi = f - hfsq
	hi = gomath.Float64frombits(gomath.Float64bits(hi) &^ 0xffffffff)
	lo = f - hi - hfsq + s*(hfsq+r)
	return k, hi, lo
}

// Log10 is glibc's __ieee754_log10 (the C library python3 uses on
// Linux): the exponent is split off and the natural logarithm of the
// mantissa in [1, 2) (or [0.5, 1) for negative exponents) is scaled.
func Log10(x float64) float64 {
	switch {
	case x == 0:
		return gomath.Inf(-1)
	case x < 0 || gomath.IsNaN(x):
		return gomath.NaN()
	case gomath.IsInf(x, 1):
		return x
	}
	const ivln10 = 4.34294481903251816668e-01
	u := gomath.Float64bits(x)
	hx := int32(u >> 32)
	k := int32(0)
	if hx < 0x00100000 { // subnormal: scale up
		k -= 54
		x *= 0x1p54
		u = gomath.Float64bits(x)
		hx = int32(u >> 32)
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = gomath.Float64frombits(uint64(uint32(hx))<<32 | u&0xffffffff)
	z := y*log10_2lo + ivln10*Log(x)
	return z + y*log10_2hi
}

func Log2(x float64) float64 {
	switch {
	case x == 0:
		return gomath.Inf(-1)
	case x < 0 || gomath.IsNaN(x):
		return gomath.NaN()
	case gomath.IsInf(x, 1):
		return x
	case x == 1:
		return 0
	}
	k, hi, lo := logParts(x)
	valHi := hi * ivln2hi
	valLo := (lo+hi)*ivln2lo + lo*ivln2hi
	y := float64(k)
	w := y + valHi
	valLo += (y - w) + valHi
	valHi = w
	return valLo + valHi
}

// Hypot is sqrt(x*x + y*y) with the sum of squares kept exactly (FMA)
// and one correction of the square root, so that it rounds like the C
// library's hypot (complex abs uses it).
func Hypot(x, y float64) float64 {
	switch {
	case gomath.IsInf(x, 0) || gomath.IsInf(y, 0):
		return gomath.Inf(1)
	case gomath.IsNaN(x) || gomath.IsNaN(y):
		return gomath.NaN()
	}
	x, y = gomath.Abs(x), gomath.Abs(y)
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	_, e := gomath.Frexp(x)
	x = gomath.Ldexp(x, -e)
	y = gomath.Ldexp(y, -e)
	h := x * x
	hl := gomath.FMA(x, x, -h)
	s := y * y
	sl := gomath.FMA(y, y, -s)
	t := h + s
	tl := (h - t) + s
	lo := tl + hl + sl
	r := gomath.Sqrt(t + lo)
	res := gomath.FMA(-r, r, t) + lo
	r += res / (2 * r)
	return gomath.Ldexp(r, e)
}
