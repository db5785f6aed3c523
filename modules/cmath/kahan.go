package cmath

import (
	"math"
	"math/cmplx"

	"upy/py"
)

// Finite arguments go through the formulas of W. Kahan, "Branch Cuts for
// Complex Elementary Functions" (1987), as C libraries and CPython do, so
// that results agree to the last bit and do not overflow needlessly;
// infinities and NaNs keep Go's math/cmplx results (C99 Annex G values).

// largeDouble bounds where the squaring formulas below could overflow.
const largeDouble = math.MaxFloat64 / 4

func csqrt(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Sqrt(z)
	}
	if x == 0 && y == 0 {
		return complex(0, y)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < math.SmallestNonzeroFloat64*(1<<52) && ay < math.SmallestNonzeroFloat64*(1<<52) {
		// Subnormal: scale up to keep precision.
		ax = math.Ldexp(ax, 53)
		s = math.Ldexp(math.Sqrt(ax+py.Hypot(ax, math.Ldexp(ay, 53))), -27)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+py.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y))
	}
	return complex(d, math.Copysign(s, y))
}

func clog(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Log(z)
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	if ax > largeDouble || ay > largeDouble {
		re = py.Log(py.Hypot(ax/2, ay/2)) + math.Ln2
	} else if ax < math.SmallestNonzeroFloat64*(1<<52) && ay < math.SmallestNonzeroFloat64*(1<<52) {
		re = py.Log(py.Hypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*math.Ln2
	} else {
		h := py.Hypot(ax, ay)
		if h >= 0.71 && h <= 1.73 {
			// Near the unit circle log1p keeps the digits log(h) loses.
			am, an := max(ax, ay), min(ax, ay)
			re = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = py.Log(h)
		}
	}
	return complex(re, py.Atan2(y, x))
}

func clog10(z complex128) complex128 {
	r := clog(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10)
}

func cacos(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Acos(z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		re := py.Atan2(math.Abs(y), x)
		l := py.Log(py.Hypot(x/2, y/2)) + 2*math.Ln2
		if x < 0 {
			return complex(re, -math.Copysign(l, y))
		}
		return complex(re, math.Copysign(l, -y))
	}
	s1 := csqrt(complex(1-x, -y))
	s2 := csqrt(complex(1+x, y))
	return complex(2*py.Atan2(real(s1), real(s2)), math.Asinh(real(s2)*imag(s1)-imag(s2)*real(s1)))
}

func cacosh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Acosh(z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		return complex(py.Log(py.Hypot(x/2, y/2))+2*math.Ln2, py.Atan2(y, x))
	}
	s1 := csqrt(complex(x-1, y))
	s2 := csqrt(complex(x+1, y))
	return complex(math.Asinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*py.Atan2(imag(s1), real(s2)))
}

func casinh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Asinh(z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		l := py.Log(py.Hypot(x/2, y/2)) + 2*math.Ln2
		if y >= 0 {
			return complex(math.Copysign(l, x), py.Atan2(y, math.Abs(x)))
		}
		return complex(-math.Copysign(l, -x), py.Atan2(y, math.Abs(x)))
	}
	s1 := csqrt(complex(1+y, -x))
	s2 := csqrt(complex(1-y, x))
	return complex(math.Asinh(real(s1)*imag(s2)-real(s2)*imag(s1)), py.Atan2(y, real(s1)*real(s2)-imag(s1)*imag(s2)))
}

func casin(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Asin(z)
	}
	s := casinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s))
}

// catanh returns false for the poles ±1.
func catanh(z complex128) (complex128, bool) {
	if !finite(z) {
		return cmplx.Atanh(z), true
	}
	x, y := real(z), imag(z)
	if x < 0 {
		r, ok := catanh(complex(-x, -y))
		return complex(-real(r), -imag(r)), ok
	}
	ay := math.Abs(y)
	if x > math.Sqrt(largeDouble) || ay > math.Sqrt(largeDouble) {
		h := py.Hypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), true
	}
	if x == 1 && ay < math.Sqrt(math.SmallestNonzeroFloat64*(1<<52)) {
		if ay == 0 {
			return 0, false
		}
		return complex(-py.Log(math.Sqrt(ay)/math.Sqrt(py.Hypot(ay, 2))), math.Copysign(py.Atan2(2, -ay)/2, y)), true
	}
	re := math.Log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
	im := -py.Atan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	return complex(re, im), true
}

func catan(z complex128) (complex128, bool) {
	if !finite(z) {
		return atan(z), true
	}
	r, ok := catanh(complex(-imag(z), real(z)))
	return complex(imag(r), -real(r)), ok
}

func ctanh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Tanh(z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > 354 { // tanh(x) is ±1 and cosh(x) overflows
		return complex(math.Copysign(1, x), 4*py.Sin(y)*py.Cos(y)*py.Exp(-2*math.Abs(x)))
	}
	tx, ty := py.Tanh(x), py.Tan(y)
	cx := 1 / py.Cosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx)
}

func ctan(z complex128) complex128 {
	r := ctanh(complex(-imag(z), real(z)))
	return complex(imag(r), -real(r))
}

// logLargeDouble is log(largeDouble): beyond it exp overflows unless scaled.
var logLargeDouble = math.Log(largeDouble)

func cexp(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Exp(z)
	}
	x, y := real(z), imag(z)
	if x > logLargeDouble {
		l := py.Exp(x - 1)
		return complex(l*py.Cos(y)*math.E, l*py.Sin(y)*math.E)
	}
	l := py.Exp(x)
	return complex(l*py.Cos(y), l*py.Sin(y))
}

func ccosh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Cosh(z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > logLargeDouble {
		xm := x - math.Copysign(1, x)
		return complex(py.Cos(y)*py.Cosh(xm)*math.E, py.Sin(y)*py.Sinh(xm)*math.E)
	}
	return complex(py.Cos(y)*py.Cosh(x), py.Sin(y)*py.Sinh(x))
}

func csinh(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Sinh(z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > logLargeDouble {
		xm := x - math.Copysign(1, x)
		return complex(py.Cos(y)*py.Sinh(xm)*math.E, py.Sin(y)*py.Cosh(xm)*math.E)
	}
	return complex(py.Cos(y)*py.Sinh(x), py.Sin(y)*py.Cosh(x))
}

func csin(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Sin(z)
	}
	r := csinh(complex(-imag(z), real(z)))
	return complex(imag(r), -real(r))
}

func ccos(z complex128) complex128 {
	if !finite(z) {
		return cmplx.Cos(z)
	}
	return ccosh(complex(-imag(z), real(z)))
}
