package py

import gomath "math"

// sin, cos and tan in the manner of the classic Sun fdlibm routines
// (argument reduction by pi/2 in three parts, then odd/even polynomial
// kernels on [-pi/4, pi/4]). They round like the C libraries CPython
// uses far more often than Go's Cephes-derived functions do (for example
// sin(pi) is 1.2246467991473532e-16 and tan(pi/4) 0.9999999999999999).
// Huge arguments fall back to Go's Payne-Hanek reduction.

const (
	kS1 = -1.66666666666666324348e-01
	kS2 = 8.33333333332248946124e-03
	kS3 = -1.98412698298579493134e-04
	kS4 = 2.75573137070700676789e-06
	kS5 = -2.50507602534068634195e-08
	kS6 = 1.58969099521155010221e-10

	kC1 = 4.16666666666666019037e-02
	kC2 = -1.38888888888741095749e-03
	kC3 = 2.48015872894767294178e-05
	kC4 = -2.75573143513906633035e-07
	kC5 = 2.08757232129817482790e-09
	kC6 = -1.13596475577881948265e-11

	invpio2 = 6.36619772367581382433e-01
	pio2_1  = 1.57079632673412561417e+00
	pio2_1t = 6.07710050650619224932e-11
	pio2_2  = 6.07710050630396597660e-11
	pio2_2t = 2.02226624879595063154e-21
	pio2_3  = 2.02226624871116645580e-21
	pio2_3t = 8.47842766036889956997e-32

	pio4   = 7.85398163397448278999e-01
	pio4lo = 3.06161699786838301793e-17
)

var kT = [...]float64{
	3.33333333333334091986e-01,
	1.33333333333201242699e-01,
	5.39682539762260521377e-02,
	2.18694882948595424599e-02,
	8.86323982359930005737e-03,
	3.59207910759131235356e-03,
	1.45620945432529025516e-03,
	5.88041240820264096874e-04,
	2.46463134818469906812e-04,
	7.81794442939557092300e-05,
	7.14072491382608190305e-05,
	-1.85586374855275456654e-05,
	2.59073051863633712884e-05,
}

func highWord(x float64) uint32 { return uint32(gomath.Float64bits(x) >> 32) }
func lowWord(x float64) uint32  { return uint32(gomath.Float64bits(x)) }

func withLowZero(x float64) float64 {
	return gomath.Float64frombits(gomath.Float64bits(x) &^ 0xffffffff)
}

// kernelSin is sin(x+y) for |x| <= pi/4, y the tail of x; iy == 0
// means y is zero.
func kernelSin(x, y float64, iy int) float64 {
	z := x * x
	w := z * z
	r := kS2 + z*(kS3+z*kS4) + z*w*(kS5+z*kS6)
	v := z * x
	if iy == 0 {
		return x + v*(kS1+z*r)
	}
	return x - ((z*(0.5*y-v*r) - y) - v*kS1)
}

// kernelCos is cos(x+y) for |x| <= pi/4.
func kernelCos(x, y float64) float64 {
	z := x * x
	w := z * z
	r := z*(kC1+z*(kC2+z*kC3)) + w*w*(kC4+z*(kC5+z*kC6))
	hz := 0.5 * z
	w = 1 - hz
	return w + (((1 - w) - hz) + (z*r - x*y))
}

// kernelTan is tan(x+y) (iy == 1) or -1/tan(x+y) (iy == -1), |x| <= pi/4.
func kernelTan(x, y float64, iy int) float64 {
	hx := int32(highWord(x))
	ix := hx & 0x7fffffff
	if ix < 0x3e300000 { // |x| < 2**-28
		if int(x) == 0 {
			if (uint32(ix)|lowWord(x))|uint32(iy+1) == 0 {
				return 1 / gomath.Abs(x)
			}
			if iy == 1 {
				return x
			}
			w := x + y
			z := withLowZero(w)
			v := y - (z - x)
			a := -1 / w
			t := withLowZero(a)
			s := 1 + t*z
			return t + a*(s+t*v)
		}
	}
	if ix >= 0x3FE59428 { // |x| >= 0.6744
		if hx < 0 {
			x = -x
			y = -y
		}
		z := pio4 - x
		w := pio4lo - y
		x = z + w
		y = 0.0
	}
	z := x * x
	w := z * z
	r := kT[1] + w*(kT[3]+w*(kT[5]+w*(kT[7]+w*(kT[9]+w*kT[11]))))
	v := z * (kT[2] + w*(kT[4]+w*(kT[6]+w*(kT[8]+w*(kT[10]+w*kT[12])))))
	s := z * x
	r = y + z*(s*(r+v)+y)
	r += kT[0] * s
	w = x + r
	if ix >= 0x3FE59428 {
		v = float64(iy)
		sign := 1.0
		if hx < 0 {
			sign = -1
		}
		return sign * (v - 2.0*(x-(w*w/(w+v)-r)))
	}
	if iy == 1 {
		return w
	}
	z = withLowZero(w)
	v = r - (z - x)
	a := -1.0 / w
	t := withLowZero(a)
	s = 1.0 + t*z
	return t + a*(s+t*v)
}

// remPio2 reduces x to y0+y1 in [-pi/4, pi/4] and returns the quadrant
// n; ok is false for arguments too large for this method.
func remPio2(x float64) (n int, y0, y1 float64, ok bool) {
	hx := int32(highWord(x))
	ix := hx & 0x7fffffff
	if ix <= 0x3fe921fb { // |x| <= pi/4
		return 0, x, 0, true
	}
	if ix < 0x4002d97c { // |x| < 3pi/4: special case n = +-1
		if hx > 0 {
			z := x - pio2_1
			if ix != 0x3ff921fb {
				y0 = z - pio2_1t
				y1 = (z - y0) - pio2_1t
			} else {
				z -= pio2_2
				y0 = z - pio2_2t
				y1 = (z - y0) - pio2_2t
			}
			return 1, y0, y1, true
		}
		z := x + pio2_1
		if ix != 0x3ff921fb {
			y0 = z + pio2_1t
			y1 = (z - y0) + pio2_1t
		} else {
			z += pio2_2
			y0 = z + pio2_2t
			y1 = (z - y0) + pio2_2t
		}
		return -1, y0, y1, true
	}
	if ix <= 0x413921fb { // |x| ~<= 2**19*(pi/2): medium size
		t := gomath.Abs(x)
		n = int(t*invpio2 + 0.5)
		fn := float64(n)
		r := t - fn*pio2_1
		w := fn * pio2_1t
		j := int(ix >> 20)
		y0 = r - w
		i := j - int((highWord(y0)>>20)&0x7ff)
		if i > 16 { // 2nd iteration needed
			t = r
			w = fn * pio2_2
			r = t - w
			w = fn*pio2_2t - ((t - r) - w)
			y0 = r - w
			i = j - int((highWord(y0)>>20)&0x7ff)
			if i > 49 { // 3rd iteration
				t = r
				w = fn * pio2_3
				r = t - w
				w = fn*pio2_3t - ((t - r) - w)
				y0 = r - w
			}
		}
		y1 = (r - y0) - w
		if hx < 0 {
			return -n, -y0, -y1, true
		}
		return n, y0, y1, true
	}
	return 0, 0, 0, false
}

func Sin(x float64) float64 {
	if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.NaN()
	}
	if x == 0 {
		return x // keeps the sign of zero
	}
	n, y0, y1, ok := remPio2(x)
	if !ok {
		return gomath.Sin(x)
	}
	if n == 0 && y1 == 0 && gomath.Abs(x) <= pio4 {
		return kernelSin(x, 0, 0)
	}
	switch n & 3 {
	case 0:
		return kernelSin(y0, y1, 1)
	case 1:
		return kernelCos(y0, y1)
	case 2:
		return -kernelSin(y0, y1, 1)
	}
	return -kernelCos(y0, y1)
}

func Cos(x float64) float64 {
	if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.NaN()
	}
	n, y0, y1, ok := remPio2(x)
	if !ok {
		return gomath.Cos(x)
	}
	if n == 0 && y1 == 0 && gomath.Abs(x) <= pio4 {
		return kernelCos(x, 0)
	}
	switch n & 3 {
	case 0:
		return kernelCos(y0, y1)
	case 1:
		return -kernelSin(y0, y1, 1)
	case 2:
		return -kernelCos(y0, y1)
	}
	return kernelSin(y0, y1, 1)
}

func Tan(x float64) float64 {
	if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.NaN()
	}
	if x == 0 {
		return x // keeps the sign of zero
	}
	n, y0, y1, ok := remPio2(x)
	if !ok {
		return gomath.Tan(x)
	}
	if n == 0 && y1 == 0 && gomath.Abs(x) <= pio4 {
		return kernelTan(x, 0, 1)
	}
	return kernelTan(y0, y1, 1-((n&1)<<1))
}
