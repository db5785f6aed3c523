package py

import gomath "math"

// sin, cos and tan: the argument is reduced by multiples of pi/2 and the
// reduced sine and cosine evaluated in double-double (libm_trig_dd.go),
// so results are correctly rounded in all but rare cases, as glibc's
// (which CPython uses on Linux) almost always are; fdlibm's kernels and
// Go's Cephes-derived functions are an ulp off in a few percent of cases.
// Arguments past 2**28 fall back to Go's Payne-Hanek reduction.

const (
	invpio2 = 6.36619772367581382433e-01
	pio4    = 7.85398163397448278999e-01
)

func highWord(x float64) uint32 { return uint32(gomath.Float64bits(x) >> 32) }
func lowWord(x float64) uint32  { return uint32(gomath.Float64bits(x)) }

func Sin(x float64) float64 {
	if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.NaN()
	}
	if x == 0 {
		return x // keeps the sign of zero
	}
	n, y0, y1, ok := reduceTrig(x)
	if !ok {
		return gomath.Sin(x)
	}
	s, c := ddSinCos(y0, y1)
	switch n & 3 {
	case 0:
		return s.hi
	case 1:
		return c.hi
	case 2:
		return -s.hi
	}
	return -c.hi
}

func Cos(x float64) float64 {
	if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.NaN()
	}
	n, y0, y1, ok := reduceTrig(x)
	if !ok {
		return gomath.Cos(x)
	}
	s, c := ddSinCos(y0, y1)
	switch n & 3 {
	case 0:
		return c.hi
	case 1:
		return -s.hi
	case 2:
		return -c.hi
	}
	return s.hi
}

func Tan(x float64) float64 {
	if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.NaN()
	}
	if x == 0 {
		return x // keeps the sign of zero
	}
	n, y0, y1, ok := reduceTrig(x)
	if !ok {
		return gomath.Tan(x)
	}
	s, c := ddSinCos(y0, y1)
	if n&1 != 0 {
		return ddNeg(ddDiv(c, s)).hi
	}
	return ddDiv(s, c).hi
}

// reduceTrig reduces x by multiples of pi/2 (see ddReduce).
func reduceTrig(x float64) (n int, y0, y1 float64, ok bool) {
	n, r, ok := ddReduce(x)
	return n, r.hi, r.lo, ok
}
