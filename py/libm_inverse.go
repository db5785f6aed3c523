package py

import gomath "math"

// atan, asin, acos, atan2, sinh, cosh and tanh in the manner of the
// classic fdlibm routines, which round like the C library CPython uses
// much more often than Go's versions (acos(0.5), atan(1/3) ...).

var atanhi = [...]float64{4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00}
var atanlo = [...]float64{2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17}
var aT = [...]float64{
	3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
	-1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
	6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
	-3.65315727442169155270e-02, 1.62858201153657823623e-02,
}

func Atan(x float64) float64 {
	hx := int32(highWord(x))
	ix := hx & 0x7fffffff
	if ix >= 0x44100000 { // |x| >= 2^66
		if gomath.IsNaN(x) {
			return x
		}
		if hx > 0 {
			return atanhi[3] + atanlo[3]
		}
		return -atanhi[3] - atanlo[3]
	}
	id := -1
	if ix < 0x3fdc0000 { // |x| < 0.4375
		if ix < 0x3e400000 { // |x| < 2^-27
			return x
		}
	} else {
		x = gomath.Abs(x)
		if ix < 0x3ff30000 { // |x| < 1.1875
			if ix < 0x3fe60000 { // 7/16 <= |x| < 11/16
				id = 0
				x = (2.0*x - 1.0) / (2.0 + x)
			} else {
				id = 1
				x = (x - 1.0) / (x + 1.0)
			}
		} else {
			if ix < 0x40038000 { // |x| < 2.4375
				id = 2
				x = (x - 1.5) / (1.0 + 1.5*x)
			} else {
				id = 3
				x = -1.0 / x
			}
		}
	}
	z := x * x
	w := z * z
	s1 := z * (aT[0] + w*(aT[2]+w*(aT[4]+w*(aT[6]+w*(aT[8]+w*aT[10])))))
	s2 := w * (aT[1] + w*(aT[3]+w*(aT[5]+w*(aT[7]+w*aT[9]))))
	if id < 0 {
		return x - x*(s1+s2)
	}
	z = atanhi[id] - ((x*(s1+s2) - atanlo[id]) - x)
	if hx < 0 {
		return -z
	}
	return z
}

const (
	pS0     = 1.66666666666666657415e-01
	pS1     = -3.25565818622400915405e-01
	pS2     = 2.01212532134862925881e-01
	pS3     = -4.00555345006794114027e-02
	pS4     = 7.91534994289814532176e-04
	pS5     = 3.47933107596021167570e-05
	qS1     = -2.40339491173441421878e+00
	qS2     = 2.02094576023350569471e+00
	qS3     = -6.88283971605453293030e-01
	qS4     = 7.70381505559019352791e-02
	pio2Hi  = 1.57079632679489655800e+00
	pio2Lo  = 6.12323399573676603587e-17
	pio4Hi  = 7.85398163397448278999e-01
	piD     = 3.14159265358979311600e+00
	piLo    = 1.2246467991473531772e-16
	piOver4 = 7.8539816339744827900e-01
)

func asinRatio(z float64) float64 {
	p := z * (pS0 + z*(pS1+z*(pS2+z*(pS3+z*(pS4+z*pS5)))))
	q := 1.0 + z*(qS1+z*(qS2+z*(qS3+z*qS4)))
	return p / q
}

func Asin(x float64) float64 {
	hx := int32(highWord(x))
	ix := hx & 0x7fffffff
	if ix >= 0x3ff00000 { // |x| >= 1
		if (uint32(ix)-0x3ff00000)|lowWord(x) == 0 {
			return x*pio2Hi + x*pio2Lo
		}
		return gomath.NaN()
	}
	if ix < 0x3fe00000 { // |x| < 0.5
		if ix < 0x3e400000 {
			return x
		}
		return x + x*asinRatio(x*x)
	}
	w := 1.0 - gomath.Abs(x)
	t := w * 0.5
	s := gomath.Sqrt(t)
	var r float64
	if ix >= 0x3FEF3333 { // |x| > 0.975
		r = pio2Hi - (2.0*(s+s*asinRatio(t)) - pio2Lo)
	} else {
		w = gomath.Float64frombits(gomath.Float64bits(s) &^ 0xffffffff)
		c := (t - w*w) / (s + w)
		p := 2.0*s*asinRatio(t) - (pio2Lo - 2.0*c)
		q := pio4Hi - 2.0*w
		r = pio4Hi - (p - q)
	}
	if hx > 0 {
		return r
	}
	return -r
}

func Acos(x float64) float64 {
	hx := int32(highWord(x))
	ix := hx & 0x7fffffff
	if ix >= 0x3ff00000 { // |x| >= 1
		if (uint32(ix)-0x3ff00000)|lowWord(x) == 0 {
			if hx > 0 {
				return 0.0
			}
			return piD + 2.0*pio2Lo
		}
		return gomath.NaN()
	}
	if ix < 0x3fe00000 { // |x| < 0.5
		if ix <= 0x3c600000 {
			return pio2Hi + pio2Lo
		}
		z := x * x
		return pio2Hi - (x - (pio2Lo - x*asinRatio(z)))
	}
	if hx < 0 { // x < -0.5
		z := (1.0 + x) * 0.5
		s := gomath.Sqrt(z)
		w := asinRatio(z)*s - pio2Lo
		return piD - 2.0*(s+w)
	}
	z := (1.0 - x) * 0.5
	s := gomath.Sqrt(z)
	df := gomath.Float64frombits(gomath.Float64bits(s) &^ 0xffffffff)
	c := (z - df*df) / (s + df)
	w := asinRatio(z)*s + c
	return 2.0 * (df + w)
}

func Atan2(y, x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) || gomath.IsInf(x, 0) || gomath.IsInf(y, 0) || x == 0 || y == 0 {
		return gomath.Atan2(y, x)
	}
	if x == 1.0 {
		return Atan(y)
	}
	hx, hy := int32(highWord(x)), int32(highWord(y))
	ix, iy := hx&0x7fffffff, hy&0x7fffffff
	m := ((hy >> 31) & 1) | ((hx >> 30) & 2)
	k := (iy - ix) >> 20
	var z float64
	switch {
	case k > 60:
		z = pio2Hi + 0.5*piLo
	case hx < 0 && k < -60:
		z = 0.0
	default:
		z = Atan(gomath.Abs(y / x))
	}
	switch m {
	case 0:
		return z
	case 1:
		return -z
	case 2:
		return piD - (z - piLo)
	}
	return (z - piLo) - piD
}

func Sinh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -h
	}
	ix := highWord(x) & 0x7fffffff
	ax := gomath.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3e300000 {
			return x
		}
		t := gomath.Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (2.0*t - t*t/(t+1.0))
		}
		return h * (t + t/(t+1.0))
	}
	if ix < 0x40862E42 {
		return h * Exp(ax)
	}
	w := Exp(0.5 * ax)
	t := h * w
	return t * w
}

func Cosh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	if gomath.IsInf(x, 0) {
		return gomath.Inf(1)
	}
	ix := highWord(x) & 0x7fffffff
	ax := gomath.Abs(x)
	if ix < 0x3fd62e43 {
		t := gomath.Expm1(ax)
		w := 1.0 + t
		if ix < 0x3c800000 {
			return w
		}
		return 1.0 + (t*t)/(w+w)
	}
	if ix < 0x40360000 {
		t := Exp(ax)
		return 0.5*t + 0.5/t
	}
	if ix < 0x40862E42 {
		return 0.5 * Exp(ax)
	}
	w := Exp(0.5 * ax)
	t := 0.5 * w
	return t * w
}

func Tanh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	ix := highWord(x) & 0x7fffffff
	var z float64
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3c800000 {
			return x * (1.0 + x)
		}
		if ix >= 0x3ff00000 {
			t := gomath.Expm1(2.0 * gomath.Abs(x))
			z = 1.0 - 2.0/(t+2.0)
		} else {
			t := gomath.Expm1(-2.0 * gomath.Abs(x))
			z = -t / (t + 2.0)
		}
	} else {
		z = 1.0
	}
	if x < 0 {
		return -z
	}
	return z
}
