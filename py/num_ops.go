package py

import (
	"math"
	"math/big"
)

// The arithmetic of int, bool, float and complex. numericBinary and
// numericUnary are the interpreter's fast paths: they handle every
// combination of builtin numbers directly (the results are those the
// special methods would give) and report ok=false for anything else so
// the generic dispatch runs.

// numKind orders the numeric tower: an operation is done in the larger
// kind of its two operands.
type numKind uint8

const (
	kNone numKind = iota
	kInt          // Int or Bool
	kBig          // *BigInt
	kFloat
	kComplex
)

func kindOf(o Object) numKind {
	switch o.(type) {
	case Int, Bool:
		return kInt
	case *BigInt:
		return kBig
	case Float:
		return kFloat
	case Complex:
		return kComplex
	}
	return kNone
}

// isNumber reports whether o is a builtin real number (int, bool, float).
func isNumber(o Object) bool {
	k := kindOf(o)
	return k != kNone && k != kComplex
}

// small returns the int64 value of an Int or Bool.
func small(o Object) int64 {
	switch v := o.(type) {
	case Int:
		return int64(v)
	case Bool:
		if v {
			return 1
		}
	}
	return 0
}

// IntToBig converts an int (Int, *BigInt or Bool) to a big.Int; ok is
// false for other objects. The result must not be modified.
func IntToBig(o Object) (*big.Int, bool) { return ToBig(o) }

// bigToFloat converts exactly-rounded, failing like CPython on overflow.
func bigToFloat(b *big.Int) (float64, error) {
	f, _ := b.Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// toFloat64 converts a builtin number below complex to float64.
func toFloat64(o Object) (float64, error) {
	switch v := o.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return bigToFloat(&v.V)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", TypeName(o))
}

func toComplex128(o Object) (complex128, error) {
	if c, ok := o.(Complex); ok {
		return complex128(c), nil
	}
	f, err := toFloat64(o)
	return complex(f, 0), err
}

// floatOps and complexOps tell which operators the types support.
func floatSupports(op BinOp) bool {
	switch op {
	case OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow:
		return true
	}
	return false
}

func complexSupports(op BinOp) bool {
	switch op {
	case OpAdd, OpSub, OpMul, OpTrueDiv, OpPow:
		return true
	}
	return false
}

// numericBinary evaluates a op b for builtin numbers.
func numericBinary(t *Thread, op BinOp, a, b Object) (Object, bool, error) {
	ka, kb := kindOf(a), kindOf(b)
	if ka == kNone || kb == kNone {
		return nil, false, nil
	}
	k := max(ka, kb)
	switch k {
	case kInt:
		if op == OpAnd || op == OpOr || op == OpXor {
			if x, ok := a.(Bool); ok {
				if y, ok := b.(Bool); ok {
					switch op {
					case OpAnd:
						return x && y, true, nil
					case OpOr:
						return x || y, true, nil
					}
					return Bool(x != y), true, nil
				}
			}
		}
		r, err := intBinary(op, small(a), small(b))
		return r, r != nil || err != nil, err
	case kBig:
		x, _ := ToBig(a)
		y, _ := ToBig(b)
		r, err := bigBinary(op, x, y)
		return r, r != nil || err != nil, err
	case kFloat:
		if !floatSupports(op) {
			return nil, false, nil
		}
		if fx, ok := a.(Float); ok {
			if fy, ok := b.(Float); ok {
				r, err := floatBinary(op, float64(fx), float64(fy))
				return r, true, err
			}
		}
		x, err := toFloat64(a)
		if err != nil {
			return nil, true, err
		}
		y, err := toFloat64(b)
		if err != nil {
			return nil, true, err
		}
		r, err := floatBinary(op, x, y)
		return r, true, err
	}
	if !complexSupports(op) {
		return nil, false, nil
	}
	x, err := toComplex128(a)
	if err != nil {
		return nil, true, err
	}
	y, err := toComplex128(b)
	if err != nil {
		return nil, true, err
	}
	var r Object
	if op == OpPow {
		// An int exponent takes CPython's exact repeated-multiplication path.
		if n, ok := b.(Int); ok && n >= -100 && n <= 100 {
			r, err = complexPowInt(x, int64(n))
		} else {
			r, err = complexPow(x, y)
		}
	} else {
		r, err = complexBinary(op, x, y)
	}
	return r, true, err
}

// intBinary is int64 arithmetic; results that do not fit go to big.Int.
// It returns (nil, nil) for operators int does not support.
func intBinary(op BinOp, x, y int64) (Object, error) {
	switch op {
	case OpAdd:
		r := x + y
		if (r^x)&(r^y) < 0 {
			break
		}
		return MakeInt(r), nil
	case OpSub:
		r := x - y
		if (x^y)&(x^r) < 0 {
			break
		}
		return MakeInt(r), nil
	case OpMul:
		if x == 0 || y == 0 {
			return MakeInt(0), nil
		}
		r := x * y
		if r/y != x || (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) {
			break
		}
		return MakeInt(r), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "division by zero")
		}
		if x >= -1<<53 && x <= 1<<53 && y >= -1<<53 && y <= 1<<53 {
			// both exact as floats: one correctly rounded division
			return Float(float64(x) / float64(y)), nil
		}
	case OpFloorDiv, OpMod:
		if y == 0 {
			if op == OpMod {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			if op == OpMod {
				return MakeInt(0), nil
			}
			break
		}
		q, m := x/y, x%y
		if m != 0 && (m < 0) != (y < 0) {
			q--
			m += y
		}
		if op == OpFloorDiv {
			return MakeInt(q), nil
		}
		return MakeInt(m), nil
	case OpPow:
		if y < 0 {
			return floatPow(float64(x), float64(y))
		}
		if r, ok := powInt64(x, y); ok {
			return MakeInt(r), nil
		}
	case OpLShift:
		if y < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if x == 0 {
			return MakeInt(0), nil
		}
		if y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return MakeInt(r), nil
			}
		}
	case OpRShift:
		if y < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return MakeInt(x >> uint(y)), nil
	case OpAnd:
		return MakeInt(x & y), nil
	case OpOr:
		return MakeInt(x | y), nil
	case OpXor:
		return MakeInt(x ^ y), nil
	default:
		return nil, nil
	}
	return bigBinary(op, big.NewInt(x), big.NewInt(y))
}

// powInt64 computes x**y (y >= 0) when the result fits in int64.
func powInt64(x, y int64) (int64, bool) {
	switch x {
	case 0:
		if y == 0 {
			return 1, true
		}
		return 0, true
	case 1:
		return 1, true
	case -1:
		if y&1 == 0 {
			return 1, true
		}
		return -1, true
	}
	if y >= 64 {
		return 0, false
	}
	r := int64(1)
	for {
		if y&1 != 0 {
			p := r * x
			if p/x != r {
				return 0, false
			}
			r = p
		}
		y >>= 1
		if y == 0 {
			return r, true
		}
		if x > 3037000499 || x < -3037000499 {
			return 0, false
		}
		x *= x
	}
}

// maxBigBits bounds the size of int results: larger ones raise
// MemoryError instead of exhausting memory (CPython does the same, later).
const maxBigBits = 1 << 32

func memoryError() error { return NewException(MemoryError) }

// bigBinary is arbitrary precision int arithmetic. Operands are not modified.
func bigBinary(op BinOp, x, y *big.Int) (Object, error) {
	r := new(big.Int)
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		if x.BitLen()+y.BitLen() > maxBigBits {
			return nil, memoryError()
		}
		r.Mul(x, y)
	case OpTrueDiv:
		if y.Sign() == 0 {
			return nil, Errorf(ZeroDivisionError, "division by zero")
		}
		return bigTrueDiv(x, y)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := bigFloorDivMod(x, y)
		if op == OpFloorDiv {
			return NewBig(q), nil
		}
		return NewBig(m), nil
	case OpPow:
		if y.Sign() < 0 {
			fx, err := bigToFloat(x)
			if err != nil {
				return nil, err
			}
			fy, err := bigToFloat(y)
			if err != nil {
				return nil, err
			}
			return floatPow(fx, fy)
		}
		if x.IsInt64() {
			switch x.Int64() {
			case 0, 1:
				if y.Sign() == 0 {
					return Int(1), nil
				}
				return MakeInt(x.Int64()), nil
			case -1:
				if y.Bit(0) == 0 {
					return Int(1), nil
				}
				return Int(-1), nil
			}
		}
		if !y.IsInt64() || uint64(x.BitLen())*uint64(y.Int64()) > maxBigBits {
			return nil, memoryError()
		}
		r.Exp(x, y, nil)
	case OpLShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if x.Sign() == 0 {
			return Int(0), nil
		}
		if !y.IsInt64() {
			// CPython fails when the count of 30-bit digits to shift by
			// does not fit in a Py_ssize_t
			if new(big.Int).Rsh(y, 63).Cmp(big.NewInt(30)) >= 0 {
				return nil, Errorf(OverflowError, "too many digits in integer")
			}
			return nil, memoryError()
		}
		if y.Int64() > maxBigBits {
			return nil, memoryError()
		}
		r.Lsh(x, uint(y.Int64()))
	case OpRShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
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
		return nil, nil
	}
	return NewBig(r), nil
}

// bigFloorDivMod returns Python's floor quotient and modulo (the sign of
// the modulo follows y).
func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, bigOne)
		m.Add(m, y)
	}
	return q, m
}

var bigOne = big.NewInt(1)

// bigTrueDiv is int / int correctly rounded, as CPython.
func bigTrueDiv(x, y *big.Int) (Object, error) {
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "integer division result too large for a float")
	}
	if f == 0 && x.Sign() == 0 && y.Sign() < 0 {
		f = math.Copysign(0, -1) // 0 / -n is -0.0, as float division
	}
	return Float(f), nil
}

// floatBinary is float arithmetic with CPython's errors.
func floatBinary(op BinOp, x, y float64) (Object, error) {
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
		q, _ := floatDivMod(x, y)
		return Float(q), nil
	case OpMod:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float modulo")
		}
		return Float(floatMod(x, y)), nil
	case OpPow:
		return floatPow(x, y)
	}
	return nil, nil
}

// floatMod is x % y with the sign of y.
func floatMod(x, y float64) float64 {
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

// floatDivMod is divmod for floats: the floor quotient is derived from
// the exact remainder so that q*y + m == x as closely as possible.
func floatDivMod(x, y float64) (float64, float64) {
	m := math.Mod(x, y)
	div := (x - m) / y
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
			div--
		}
	} else {
		m = math.Copysign(0, y)
	}
	var q float64
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q++
		}
	} else {
		q = math.Copysign(0, x/y)
	}
	return q, m
}

// isOddInteger reports whether f is an odd integer.
func isOddInteger(f float64) bool {
	return math.Abs(f) < 1<<53 && f == math.Trunc(f) && math.Mod(f, 2) != 0
}

// floatPow is float ** float with C99 special cases and CPython's errors.
func floatPow(x, y float64) (Object, error) {
	switch {
	case y == 0:
		return Float(1), nil
	case math.IsNaN(x):
		return Float(x), nil
	case math.IsNaN(y):
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		if ax == 1 {
			return Float(1), nil
		}
		if (y > 0) == (ax > 1) {
			return Float(math.Inf(1)), nil
		}
		return Float(0), nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return Float(x), nil
			}
			return Float(math.Abs(x)), nil
		}
		if odd {
			return Float(math.Copysign(0, x)), nil
		}
		return Float(0), nil
	case x == 0:
		if y < 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return Float(x), nil
		}
		return Float(0), nil
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			// a negative number to a fractional power is complex
			return complexPow(complex(x, 0), complex(y, 0))
		}
		x = -x
		neg = isOddInteger(y)
	}
	if x == 1 {
		if neg {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	r := powPositive(x, y)
	if math.IsInf(r, 0) {
		return nil, Errorf(OverflowError, "(34, 'Numerical result out of range')")
	}
	if neg {
		r = -r
	}
	return Float(r), nil
}

// numericUnary evaluates -a, +a, ~a for builtin numbers.
func numericUnary(t *Thread, op UnaryOpKind, a Object) (Object, bool, error) {
	switch v := a.(type) {
	case Int:
		switch op {
		case OpNeg:
			if v == math.MinInt64 {
				return NewBig(new(big.Int).Neg(big.NewInt(int64(v)))), true, nil
			}
			return MakeInt(int64(-v)), true, nil
		case OpPos:
			return v, true, nil
		case OpInvert:
			return MakeInt(int64(^v)), true, nil
		}
	case Bool:
		return numericUnary(t, op, Int(small(v)))
	case *BigInt:
		switch op {
		case OpNeg:
			return NewBig(new(big.Int).Neg(&v.V)), true, nil
		case OpPos:
			return v, true, nil
		case OpInvert:
			return NewBig(new(big.Int).Not(&v.V)), true, nil
		}
	case Float:
		switch op {
		case OpNeg:
			return -v, true, nil
		case OpPos:
			return v, true, nil
		}
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

// compareNumbers compares two builtin real numbers exactly. It returns
// -1, 0, 1, or 2 when unordered (a NaN); ok is false when either operand
// is not a builtin real number.
func compareNumbers(a, b Object) (int, bool) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return cmp64(int64(x), int64(y)), true
		case Float:
			return cmpIntFloat(int64(x), float64(y)), true
		case Bool:
			return cmp64(int64(x), small(y)), true
		case *BigInt:
			return -y.V.Sign(), true
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return cmpFloat(float64(x), float64(y)), true
		case Int:
			return negCmp(cmpIntFloat(int64(y), float64(x))), true
		case Bool:
			return cmpFloat(float64(x), float64(small(y))), true
		case *BigInt:
			return negCmp(cmpBigFloat(&y.V, float64(x))), true
		}
	case Bool:
		switch b.(type) {
		case Int, Bool, Float, *BigInt:
			c, _ := compareNumbers(Int(small(x)), b)
			return c, true
		}
	case *BigInt:
		switch y := b.(type) {
		case Int, Bool:
			return x.V.Sign(), true
		case *BigInt:
			return x.V.Cmp(&y.V), true
		case Float:
			return cmpBigFloat(&x.V, float64(y)), true
		}
	}
	return 0, false
}

func cmp64(x, y int64) int {
	if x < y {
		return -1
	}
	if x > y {
		return 1
	}
	return 0
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	return 2
}

// cmpIntFloat compares an int64 with a float exactly (2: unordered).
func cmpIntFloat(x int64, f float64) int {
	if math.IsNaN(f) {
		return 2
	}
	if x >= -1<<53 && x <= 1<<53 {
		return cmpFloat(float64(x), f)
	}
	if f >= 1<<63 {
		return -1
	}
	if f < -(1 << 63) {
		return 1
	}
	ip := math.Trunc(f)
	if c := cmp64(x, int64(ip)); c != 0 {
		return c
	}
	return cmpFloat(0, f-ip)
}

// negCmp negates a comparison result, keeping 2 (unordered).
func negCmp(c int) int {
	if c == 2 {
		return 2
	}
	return -c
}

// cmpBigFloat compares a big int (outside int64) with a float exactly.
func cmpBigFloat(x *big.Int, f float64) int {
	if math.IsNaN(f) {
		return 2
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1
		}
		return 1
	}
	if math.Abs(f) < 1<<63 {
		return x.Sign()
	}
	fb, _ := new(big.Float).SetFloat64(f).Int(nil) // exact: |f| >= 2**63 is integral
	return x.Cmp(fb)
}

// numEqual is == between builtin numbers including complex; ok is false
// for other operands.
func numEqual(a, b Object) (eq, ok bool) {
	ca, isCa := a.(Complex)
	cb, isCb := b.(Complex)
	if !isCa && !isCb {
		c, ok := compareNumbers(a, b)
		return c == 0, ok
	}
	if isCa && isCb {
		return ca == cb, true
	}
	c, other := ca, b
	if isCb {
		c, other = cb, a
	}
	if kindOf(other) == kNone {
		return false, false
	}
	if imag(c) != 0 {
		return false, true
	}
	r, _ := compareNumbers(other, Float(real(c)))
	return r == 0, true
}
