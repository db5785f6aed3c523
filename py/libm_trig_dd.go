package py

import gomath "math"

// sin, cos and tan of a reduced argument evaluated in double-double
// arithmetic, so the result is correctly rounded in all but rare cases.
// glibc's sin and cos (which python3 uses on Linux) are correctly rounded
// too, where fdlibm's kernels are off by an ulp in a few percent of cases.

// ddSinCos returns sin(r) and cos(r) for r = y0+y1, |r| <= pi/4.
func ddSinCos(y0, y1 float64) (dd, dd) {
	r := quickTwoSum(y0, y1)
	r2 := ddMul(r, r)
	one := dd{1, 0}
	// Horner's scheme on the Taylor series: terms past r**29/29! are
	// below 2**-106 relative to the sum for |r| <= pi/4
	s, c := one, one
	for k := 14.0; k >= 1; k-- {
		s = ddAdd(one, ddNeg(ddDiv(ddMul(r2, s), dd{(2 * k) * (2*k + 1), 0})))
		c = ddAdd(one, ddNeg(ddDiv(ddMul(r2, c), dd{(2*k - 1) * (2 * k), 0})))
	}
	return ddMul(r, s), c
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

// ddReduce returns n and r = x - n*pi/2 in double-double with |r| about
// pi/4 or less, using the triple-double pio2 (float_pow.go); ok is false
// past 2**28, where that is too short.
func ddReduce(x float64) (n int, r dd, ok bool) {
	if gomath.Abs(x) <= pio4 {
		return 0, dd{x, 0}, true
	}
	if !(gomath.Abs(x) < 0x1p28) {
		return 0, dd{}, false
	}
	// n*pio2[0] and n*pio2[1] are split exactly (FMA), so r keeps about
	// 150 bits less the bits of n
	fn := gomath.RoundToEven(x * invpio2)
	p := fn * pio2[0]
	r = ddAdd(dd{x, 0}, dd{-p, -gomath.FMA(fn, pio2[0], -p)})
	p = fn * pio2[1]
	r = ddAdd(r, dd{-p, -gomath.FMA(fn, pio2[1], -p)})
	r = ddAdd(r, dd{-fn * pio2[2], 0})
	return int(fn), r, true
}
