package py

import (
	"math"
	"strconv"
)

// FloatRepr formats f as Python's repr: the shortest digits that round
// trip, in positional notation when the decimal exponent is in
// [-4, 16), else in scientific notation with at least two exponent digits.
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(appendFloatRepr(buf[:0], f))
}

func appendFloatRepr(b []byte, f float64) []byte {
	switch {
	case f != f:
		return append(b, "nan"...)
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		// integral values: the common fast case
		if f == 0 && math.Signbit(f) {
			return append(b, "-0.0"...)
		}
		b = strconv.AppendInt(b, int64(f), 10)
		return append(b, '.', '0')
	}
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64)
	return layoutDigits(b, e, true)
}

// layoutDigits lays out strconv 'e' output (d.ddde±XX) as repr does.
// addDot0 adds ".0" to integral positional results.
func layoutDigits(b, e []byte, addDot0 bool) []byte {
	if e[0] == '-' {
		b = append(b, '-')
		e = e[1:]
	}
	// split mantissa digits and exponent
	var digits [24]byte
	nd := 0
	i := 0
	for ; i < len(e) && e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[nd] = e[i]
			nd++
		}
	}
	exp, _ := strconv.Atoi(string(e[i+1:]))
	d := digits[:nd]
	switch {
	case exp < -4 || exp >= 16:
		b = append(b, d[0])
		if nd > 1 {
			b = append(b, '.')
			b = append(b, d[1:]...)
		}
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	case exp < 0:
		b = append(b, '0', '.')
		for k := 0; k < -exp-1; k++ {
			b = append(b, '0')
		}
		b = append(b, d...)
	default:
		if nd <= exp+1 {
			b = append(b, d...)
			for k := nd; k < exp+1; k++ {
				b = append(b, '0')
			}
			if addDot0 {
				b = append(b, '.', '0')
			}
		} else {
			b = append(b, d[:exp+1]...)
			b = append(b, '.')
			b = append(b, d[exp+1:]...)
		}
	}
	return b
}
