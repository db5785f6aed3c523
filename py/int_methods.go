package py

import (
	"math"
	"math/big"
	"math/bits"
)

// The methods of int (bool inherits them).

// intSelf returns the exact int (Int or *BigInt) behind a receiver.
func intSelf(o Object) Object {
	switch v := numSelf(o).(type) {
	case Int, *BigInt:
		return v
	case Bool:
		return Int(small(v))
	}
	return Int(0)
}

func intMethod(name string, fn func(t *Thread, x Object) (Object, error)) {
	IntType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs(name, args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		return fn(t, intSelf(args[0]))
	})
}

func identityInt(t *Thread, x Object) (Object, error) { return x, nil }

func intBitLength(x Object) int {
	switch v := x.(type) {
	case Int:
		n := int64(v)
		if n < 0 {
			return bits.Len64(uint64(-n))
		}
		return bits.Len64(uint64(n))
	case *BigInt:
		return v.V.BitLen()
	}
	return 0
}

func intBitCount(x Object) int {
	switch v := x.(type) {
	case Int:
		n := int64(v)
		if n < 0 {
			return bits.OnesCount64(uint64(-n))
		}
		return bits.OnesCount64(uint64(n))
	case *BigInt:
		c := 0
		for _, w := range v.V.Bits() {
			c += bits.OnesCount(uint(w))
		}
		return c
	}
	return 0
}

func byteorderArg(o Object) (bool, error) {
	s, ok := o.(*Str)
	if !ok {
		return false, Errorf(TypeError, "to_bytes() argument 'byteorder' must be str, not %s", TypeName(o))
	}
	switch s.S {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
}

func intToBytes(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	var lengthO, orderO Object
	length := 1
	little := false
	signed := false
	if err := UnpackClinicArgs(t, "to_bytes", args[1:], kw, "length?", &lengthO, "byteorder?", &orderO, "*", "signed?", &signed); err != nil {
		return nil, err
	}
	var err error
	if lengthO != nil {
		if length, err = IndexInt(t, lengthO); err != nil {
			return nil, err
		}
		if length < 0 {
			return nil, Errorf(ValueError, "length argument must be non-negative")
		}
	}
	if orderO != nil {
		if little, err = byteorderArg(orderO); err != nil {
			return nil, err
		}
	}
	x, _ := ToBig(intSelf(args[0]))
	if x.Sign() < 0 && !signed {
		return nil, Errorf(OverflowError, "can't convert negative int to unsigned")
	}
	v := x
	if x.Sign() < 0 {
		// two's complement in length bytes
		v = new(big.Int).Lsh(bigOne, uint(8*length))
		v.Add(v, x)
		if v.Sign() < 0 || v.BitLen() < 8*length {
			if v.Sign() < 0 || 8*length == 0 || v.Bit(8*length-1) == 0 {
				return nil, Errorf(OverflowError, "int too big to convert")
			}
		}
	} else if signed && x.BitLen() >= 8*length && x.Sign() != 0 {
		return nil, Errorf(OverflowError, "int too big to convert")
	}
	if v.BitLen() > 8*length {
		return nil, Errorf(OverflowError, "int too big to convert")
	}
	out := make([]byte, length)
	v.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

func intFromBytesMethod(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	cls, _ := args[0].(*Type)
	var data, orderO Object
	little, signed := false, false
	if err := UnpackClinicArgs(t, "from_bytes", args[1:], kw, "bytes", &data, "byteorder?", &orderO, "*", "signed?", &signed); err != nil {
		return nil, err
	}
	if orderO != nil {
		var err error
		if little, err = byteorderArg(orderO); err != nil {
			return nil, err
		}
	}
	var b []byte
	switch d := numSelfStr(data).(type) {
	case *Bytes:
		b = append([]byte(nil), d.B...)
	case *ByteArray:
		b = append([]byte(nil), d.B...)
	case *Str:
		return nil, Errorf(TypeError, "cannot convert 'str' object to bytes")
	default:
		items, err := ToSlice(t, data)
		if err != nil {
			return nil, Errorf(TypeError, "cannot convert '%s' object to bytes", TypeName(data))
		}
		for _, it := range items {
			n, err := IndexInt(t, it)
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, Errorf(ValueError, "bytes must be in range(0, 256)")
			}
			b = append(b, byte(n))
		}
	}
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(bigOne, uint(8*len(b))))
	}
	r := NewBig(v)
	if cls != nil && cls != IntType {
		return t.Call(cls, []Object{r}, nil)
	}
	return r, nil
}

func init() {
	IntType.New = intNew
	IntType.Doc = "int([x]) -> integer\nint(x, base=10) -> integer"
	addNumberOps(IntType, kBig)
	intMethod("__repr__", func(t *Thread, x Object) (Object, error) {
		s, err := intDecimal(x)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	})
	intMethod("__abs__", func(t *Thread, x Object) (Object, error) {
		if b, ok := x.(*BigInt); ok {
			return NewBig(new(big.Int).Abs(&b.V)), nil
		}
		if small(x) < 0 {
			r, _, err := numericUnary(t, OpNeg, x)
			return r, err
		}
		return x, nil
	})
	intMethod("__bool__", func(t *Thread, x Object) (Object, error) {
		if i, ok := x.(Int); ok {
			return NewBool(i != 0), nil
		}
		return True, nil
	})
	intMethod("__hash__", func(t *Thread, x Object) (Object, error) {
		h, err := Hash(t, x)
		return Int(h), err
	})
	for _, name := range []string{"__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "conjugate"} {
		intMethod(name, identityInt)
	}
	intMethod("__float__", func(t *Thread, x Object) (Object, error) {
		f, err := toFloat64(x)
		return Float(f), err
	})
	intMethod("__getnewargs__", func(t *Thread, x Object) (Object, error) { return NewTuple(x), nil })
	intMethod("bit_length", func(t *Thread, x Object) (Object, error) { return Int(intBitLength(x)), nil })
	intMethod("bit_count", func(t *Thread, x Object) (Object, error) { return Int(intBitCount(x)), nil })
	intMethod("as_integer_ratio", func(t *Thread, x Object) (Object, error) { return NewTuple(x, Int(1)), nil })
	IntType.AddMethod("__round__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("__round__", args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		x := intSelf(args[0])
		if len(args) == 1 || args[1] == None {
			return x, nil
		}
		nd, err := ndigitsArg(t, args[1])
		if err != nil {
			return nil, err
		}
		return roundInt(x, nd)
	})
	IntType.AddMethod("to_bytes", intToBytes)
	IntType.AddClassMethod("from_bytes", intFromBytesMethod)
	IntType.AddGetSet("real", func(t *Thread, self Object) (Object, error) { return intSelf(self), nil }, nil)
	IntType.AddGetSet("imag", func(t *Thread, self Object) (Object, error) { return Int(0), nil }, nil)
	IntType.AddGetSet("numerator", func(t *Thread, self Object) (Object, error) { return intSelf(self), nil }, nil)
	IntType.AddGetSet("denominator", func(t *Thread, self Object) (Object, error) { return Int(1), nil }, nil)
	_ = math.MaxInt64
}
