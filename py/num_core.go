package py

import (
	"math"
	"math/big"
)

// Int is a Python int that fits in 64 bits. Larger values are *BigInt;
// every operation normalizes its result so that a value representable as
// Int is never a *BigInt.
type Int int64

func (Int) Type() *Type { return IntType }

// BigInt is a Python int outside the int64 range.
type BigInt struct {
	V big.Int
}

func (*BigInt) Type() *Type { return IntType }

// Float is Python's float.
type Float float64

func (Float) Type() *Type { return FloatType }

// Complex is Python's complex.
type Complex complex128

func (Complex) Type() *Type { return ComplexType }

// NewBig returns b as an Int when it fits, else as a *BigInt (b is not copied).
func NewBig(b *big.Int) Object {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return &BigInt{V: *b}
}

// ToBig converts an Int or *BigInt (or Bool) to a big.Int. ok is false for other types.
func ToBig(o Object) (*big.Int, bool) {
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

const hashModulus = (1 << 61) - 1 // CPython's _PyHASH_MODULUS

// hashInt64 is CPython's hash of an int.
func hashInt64(n int64) int64 {
	var h int64
	if n >= 0 {
		h = int64(uint64(n) % hashModulus)
	} else {
		h = -int64(uint64(-n) % hashModulus)
		if n == math.MinInt64 {
			h = -int64((uint64(1) << 63) % hashModulus)
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

func hashBig(b *big.Int) int64 {
	var m big.Int
	m.Abs(b)
	m.Mod(&m, bigModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's _Py_HashDouble, so that hash(2.0) == hash(2).
func hashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0 // CPython hashes NaN by identity; any value keeps dicts correct
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// hashComplex is CPython's complex hash.
func hashComplex(c complex128) int64 {
	hr := uint64(hashFloat(real(c)))
	hi := uint64(hashFloat(imag(c)))
	h := int64(hr + 1000003*hi)
	if h == -1 {
		h = -2
	}
	return h
}

// smallInts holds boxed ints for the common range, so arithmetic on small
// values does not allocate.
var smallInts = func() (a [1029]Object) {
	for i := range a {
		a[i] = Int(i - 5)
	}
	return
}()

// MakeInt boxes n, without allocating for -5..1023.
func MakeInt(n int64) Object {
	if uint64(n+5) < uint64(len(smallInts)) {
		return smallInts[n+5]
	}
	return Int(n)
}
