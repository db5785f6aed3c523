package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// numKind classifies numeric operands for mixed arithmetic.
func asIntBig(o Object) (*big.Int, bool) {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v)), true
	case *BigInt:
		return &v.V, true
	case Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

func isIntLike(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

func toF(o Object) (float64, bool, error) {
	switch v := o.(type) {
	case Float:
		return float64(v), true, nil
	case Int:
		return float64(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		f, _ := new(big.Float).SetInt(&v.V).Float64()
		if math.IsInf(f, 0) {
			return 0, true, Errorf(OverflowError, "int too large to convert to float")
		}
		return f, true, nil
	}
	return 0, false, nil
}

// numericBinary implements the arithmetic operators for int, bool and float.
func numericBinary(t *Thread, op BinOp, a, b Object) (Object, bool, error) {
	_, fa := a.(Float)
	_, fb := b.(Float)
	if fa || fb {
		x, ok1, err := toF(a)
		if err != nil {
			return nil, true, err
		}
		y, ok2, err := toF(b)
		if err != nil {
			return nil, true, err
		}
		if !ok1 || !ok2 {
			return nil, false, nil
		}
		r, err := floatOp(op, x, y)
		return r, err != nil || r != nil, err
	}
	if isIntLike(a) && isIntLike(b) {
		r, err := intOp(op, a, b)
		return r, true, err
	}
	if ca, ok := a.(Complex); ok {
		if cb, ok := toComplex(b); ok {
			return complexOp(op, complex128(ca), cb)
		}
	}
	if cb, ok := b.(Complex); ok {
		if ca, ok := toComplex(a); ok {
			return complexOp(op, ca, complex128(cb))
		}
	}
	return nil, false, nil
}

func toComplex(o Object) (complex128, bool) {
	if c, ok := o.(Complex); ok {
		return complex128(c), true
	}
	f, ok, err := toF(o)
	if !ok || err != nil {
		return 0, false
	}
	return complex(f, 0), true
}

func complexOp(op BinOp, x, y complex128) (Object, bool, error) {
	switch op {
	case OpAdd:
		return Complex(x + y), true, nil
	case OpSub:
		return Complex(x - y), true, nil
	case OpMul:
		return Complex(x * y), true, nil
	case OpTrueDiv:
		if y == 0 {
			return nil, true, Errorf(ZeroDivisionError, "complex division by zero")
		}
		return Complex(x / y), true, nil
	case OpPow:
		if x == 0 && (real(y) < 0 || imag(y) != 0) {
			return nil, true, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
		}
		if y == 0 {
			return Complex(1), true, nil
		}
		return Complex(cmplxPow(x, y)), true, nil
	}
	return nil, false, nil
}

func cmplxPow(x, y complex128) complex128 {
	if x == 0 {
		return 0
	}
	r := math.Hypot(real(x), imag(x))
	th := math.Atan2(imag(x), real(x))
	lr := math.Log(r)
	nr := math.Exp(real(y)*lr - imag(y)*th)
	nt := imag(y)*lr + real(y)*th
	return complex(nr*math.Cos(nt), nr*math.Sin(nt))
}

func floatOp(op BinOp, x, y float64) (Object, error) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		return Float(floorDivFloat(x, y)), nil
	case OpMod:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float modulo")
		}
		return Float(modFloat(x, y)), nil
	case OpPow:
		return floatPow(x, y)
	}
	return nil, nil
}

func modFloat(x, y float64) float64 {
	m := math.Mod(x, y)
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
		}
	} else {
		m = math.Copysign(0, y)
	}
	return m
}

func floorDivFloat(x, y float64) float64 {
	m := math.Mod(x, y)
	div := (x - m) / y
	if m != 0 && (y < 0) != (m < 0) {
		div -= 1
	}
	if div == 0 {
		return math.Copysign(0, x/y)
	}
	f := math.Floor(div)
	if div-f > 0.5 {
		f += 1
	}
	return f
}

func floatPow(x, y float64) (Object, error) {
	if x == 0 && y < 0 {
		return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Floor(y) {
		return Complex(cmplxPow(complex(x, 0), complex(y, 0))), nil
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, Errorf(OverflowError, "(34, 'Numerical result out of range')")
	}
	return Float(r), nil
}

func intOp(op BinOp, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r, ok := intFast(op, x, y); ok {
				return r, nil
			}
		}
	}
	x, _ := asIntBig(a)
	y, _ := asIntBig(b)
	r := new(big.Int)
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		if x.BitLen()+y.BitLen() > 1<<26 {
			return nil, Errorf(MemoryError, "")
		}
		r.Mul(x, y)
	case OpTrueDiv:
		if y.Sign() == 0 {
			return nil, Errorf(ZeroDivisionError, "division by zero")
		}
		if x.IsInt64() && y.IsInt64() && abs64(x.Int64()) < 1<<53 && abs64(y.Int64()) < 1<<53 {
			return Float(float64(x.Int64()) / float64(y.Int64())), nil
		}
		q := new(big.Rat).SetFrac(x, y)
		f, _ := q.Float64()
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowError, "integer division result too large for a float")
		}
		return Float(f), nil
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := new(big.Int), new(big.Int)
		q.DivMod(x, y, m) // Euclidean: m >= 0
		if m.Sign() != 0 && y.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == OpFloorDiv {
			return NewBig(q), nil
		}
		return NewBig(m), nil
	case OpPow:
		if y.Sign() < 0 {
			fx, _, err := toF(a)
			if err != nil {
				return nil, err
			}
			fy, _, _ := toF(b)
			return floatPow(fx, fy)
		}
		if !y.IsInt64() || (x.BitLen() > 1 && y.Int64()*int64(x.BitLen()) > 1<<28) {
			return nil, Errorf(MemoryError, "")
		}
		r.Exp(x, y, nil)
	case OpLShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<28 {
			if x.Sign() == 0 {
				return Int(0), nil
			}
			return nil, Errorf(OverflowError, "too many digits in integer")
		}
		r.Lsh(x, uint(y.Int64()))
	case OpRShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<30 {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(x, uint(y.Int64()))
	case OpAnd:
		r.And(x, y)
	case OpOr:
		r.Or(x, y)
	case OpXor:
		r.Xor(x, y)
	default:
		return nil, binaryTypeError(op, a, b)
	}
	res := NewBig(r)
	if _, ok := a.(Bool); ok {
		if _, ok := b.(Bool); ok && (op == OpAnd || op == OpOr || op == OpXor) {
			return NewBool(r.Sign() != 0), nil
		}
	}
	return res, nil
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// numericUnary implements -x, +x, ~x for numbers.
func numericUnary(t *Thread, op UnaryOpKind, a Object) (Object, bool, error) {
	switch v := a.(type) {
	case Int:
		switch op {
		case OpNeg:
			if v == math.MinInt64 {
				return NewBig(new(big.Int).Neg(big.NewInt(int64(v)))), true, nil
			}
			return -v, true, nil
		case OpPos:
			return v, true, nil
		case OpInvert:
			return ^v, true, nil
		}
	case Bool:
		n := Int(0)
		if v {
			n = 1
		}
		return numericUnary(t, op, n)
	case *BigInt:
		r := new(big.Int)
		switch op {
		case OpNeg:
			r.Neg(&v.V)
		case OpPos:
			return v, true, nil
		case OpInvert:
			r.Not(&v.V)
		}
		return NewBig(r), true, nil
	case Float:
		switch op {
		case OpNeg:
			return -v, true, nil
		case OpPos:
			return v, true, nil
		}
		return nil, true, Errorf(TypeError, "bad operand type for unary ~: 'float'")
	case Complex:
		switch op {
		case OpNeg:
			return -v, true, nil
		case OpPos:
			return v, true, nil
		}
	}
	return nil, false, nil
}

// compareNumbers compares int/float/bool values exactly.
func compareNumbers(a, b Object) (int, bool) {
	if !isNumber(a) || !isNumber(b) {
		return 0, false
	}
	if isIntLike(a) && isIntLike(b) {
		x, _ := asIntBig(a)
		y, _ := asIntBig(b)
		return x.Cmp(y), true
	}
	x, _, _ := toF(a)
	y, _, _ := toF(b)
	if math.IsNaN(x) || math.IsNaN(y) {
		return 2, true // unordered
	}
	// exact comparison of a big int with a float
	if bi, ok := a.(*BigInt); ok && !math.IsInf(y, 0) {
		yf := new(big.Float).SetFloat64(y)
		return new(big.Float).SetInt(&bi.V).Cmp(yf), true
	}
	if bi, ok := b.(*BigInt); ok && !math.IsInf(x, 0) {
		xf := new(big.Float).SetFloat64(x)
		return xf.Cmp(new(big.Float).SetInt(&bi.V)), true
	}
	if ia, ok := a.(Int); ok && !math.IsInf(y, 0) && !math.IsNaN(y) {
		return new(big.Float).SetInt64(int64(ia)).Cmp(new(big.Float).SetFloat64(y)), true
	}
	if ib, ok := b.(Int); ok && !math.IsInf(x, 0) {
		return new(big.Float).SetFloat64(x).Cmp(new(big.Float).SetInt64(int64(ib))), true
	}
	switch {
	case x < y:
		return -1, true
	case x > y:
		return 1, true
	}
	return 0, true
}

func isNumber(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool, Float:
		return true
	}
	return false
}

// FloatRepr formats a float as Python's repr does.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	// shortest round-trip digits, laid out as CPython's repr does
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		d := digits[:1]
		if len(digits) > 1 {
			d += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		out = d + "e" + sign + es
	} else if exp >= 0 {
		if len(digits) <= exp+1 {
			out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
		} else {
			out = digits[:exp+1] + "." + digits[exp+1:]
		}
	} else {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	}
	if neg {
		out = "-" + out
	}
	return out
}
