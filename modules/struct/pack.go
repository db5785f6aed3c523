package structmod

import (
	"encoding/binary"
	"math"
	"math/big"

	"upy/py"
)

// Error is struct.error.
var Error = py.NewExceptionType("struct", "error", py.ExceptionType)

func structError(msg string) error { return py.NewException(Error, py.NewStr(msg)) }

func (l *layout) order() binary.ByteOrder {
	if l.little {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

// pack writes values into buf (len l.size).
func (l *layout) pack(t *py.Thread, buf []byte, values []py.Object) error {
	if len(values) != l.nvalues {
		return structError("pack expected " + itoa(l.nvalues) + " items for packing (got " + itoa(len(values)) + ")")
	}
	bo := l.order()
	v := 0
	for _, it := range l.items {
		if it.code == 's' || it.code == 'p' {
			b, ok := values[v].(*py.Bytes)
			var data []byte
			if ok {
				data = b.B
			} else if ba, ok2 := values[v].(*py.ByteArray); ok2 {
				data = ba.B
			} else {
				return structError("argument for '" + string(it.code) + "' must be a bytes object")
			}
			v++
			dst := buf[it.offset : it.offset+it.count]
			if it.code == 's' {
				copy(dst, data)
			} else if it.count > 0 {
				n := min(len(data), it.count-1, 255)
				dst[0] = byte(n)
				copy(dst[1:], data[:n])
			}
			continue
		}
		for k := 0; k < it.count; k++ {
			dst := buf[it.offset+k*it.size : it.offset+(k+1)*it.size]
			if err := l.packOne(t, it.code, dst, values[v], bo); err != nil {
				return err
			}
			v++
		}
	}
	return nil
}

func (l *layout) packOne(t *py.Thread, code byte, dst []byte, x py.Object, bo binary.ByteOrder) error {
	switch code {
	case 'c':
		if b, ok := x.(*py.Bytes); ok && len(b.B) == 1 {
			dst[0] = b.B[0]
			return nil
		}
		if b, ok := x.(*py.ByteArray); ok && len(b.B) == 1 {
			dst[0] = b.B[0]
			return nil
		}
		return structError("char format requires a bytes object of length 1")
	case '?':
		truth, err := py.Truth(t, x)
		if err != nil {
			return err
		}
		dst[0] = 0
		if truth {
			dst[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		f, err := floatArg(t, x)
		if err != nil {
			return err
		}
		switch code {
		case 'd':
			bo.PutUint64(dst, math.Float64bits(f))
		case 'f':
			// the native cast makes inf; standard sizes check
			if !l.native && !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) > math.MaxFloat32 {
				return py.Errorf(py.OverflowError, "float too large to pack with f format")
			}
			bo.PutUint32(dst, math.Float32bits(float32(f)))
		case 'e':
			h, ok := float16Bits(f)
			if !ok {
				return py.Errorf(py.OverflowError, "float too large to pack with e format")
			}
			bo.PutUint16(dst, h)
		}
		return nil
	}
	if v, ok := x.(py.Int); ok && fitsInt64(code, len(dst), int64(v)) {
		// the common case, without big numbers
		putUint(dst, uint64(v), bo)
		return nil
	}
	n, err := intArg(t, x)
	if err != nil {
		return err
	}
	lo, hi := intRange(code, len(dst))
	if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
		return structError(rangeMessage(code, len(dst), l.native, lo, hi))
	}
	var u uint64
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	} else {
		u = n.Uint64()
	}
	putUint(dst, u, bo)
	return nil
}

// fitsInt64 reports whether v is in range for an integer code of size.
func fitsInt64(code byte, size int, v int64) bool {
	bits := uint(size * 8)
	if signed(code) {
		if bits == 64 {
			return true
		}
		return v >= -(1<<(bits-1)) && v < 1<<(bits-1)
	}
	if v < 0 {
		return false
	}
	return bits == 64 || v < 1<<bits
}

func putUint(dst []byte, u uint64, bo binary.ByteOrder) {
	switch len(dst) {
	case 1:
		dst[0] = byte(u)
	case 2:
		bo.PutUint16(dst, uint16(u))
	case 4:
		bo.PutUint32(dst, uint32(u))
	default:
		bo.PutUint64(dst, u)
	}
}

func signed(code byte) bool {
	return code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n'
}

// intRange gives the range of an integer code of the given size.
func intRange(code byte, size int) (lo, hi *big.Int) {
	bits := uint(size * 8)
	if signed(code) {
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		return lo, hi
	}
	return big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
}

// rangeMessage is CPython's message for an out-of-range integer.
func rangeMessage(code byte, size int, native bool, lo, hi *big.Int) string {
	switch code {
	case 'b':
		return "byte format requires -128 <= number <= 127"
	case 'B':
		return "ubyte format requires 0 <= number <= 255"
	case 'h':
		return "short format requires -32768 <= number <= 32767"
	case 'H':
		return "ushort format requires 0 <= number <= 65535"
	}
	if signed(code) && size == 4 {
		return "'" + string(code) + "' format requires " + lo.String() + " <= number <= " + hi.String()
	}
	return "argument out of range"
}

// intArg converts x (an int or an object with __index__) for an integer code.
func intArg(t *py.Thread, x py.Object) (*big.Int, error) {
	switch v := x.(type) {
	case py.Int:
		return big.NewInt(int64(v)), nil
	case py.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *py.BigInt:
		return &v.V, nil
	case py.Float, *py.Str, *py.Bytes:
		return nil, structError("required argument is not an integer")
	}
	r, err := py.Index(t, x)
	if err != nil {
		return nil, structError("required argument is not an integer")
	}
	return intArg(t, r)
}

func floatArg(t *py.Thread, x py.Object) (float64, error) {
	switch x.(type) {
	case py.Float, py.Int, py.Bool, *py.BigInt:
		return py.ToFloat(t, x)
	}
	if _, err := py.GetAttrString(t, x, "__float__"); err == nil {
		return py.ToFloat(t, x)
	}
	if _, err := py.GetAttrString(t, x, "__index__"); err == nil {
		return py.ToFloat(t, x)
	}
	return 0, structError("required argument is not a float")
}

// unpack decodes buf (len l.size).
func (l *layout) unpack(buf []byte) []py.Object {
	bo := l.order()
	out := make([]py.Object, 0, l.nvalues)
	for _, it := range l.items {
		switch it.code {
		case 's':
			out = append(out, py.NewBytes(append([]byte(nil), buf[it.offset:it.offset+it.count]...)))
			continue
		case 'p':
			if it.count == 0 {
				out = append(out, py.NewBytes(nil))
				continue
			}
			n := min(int(buf[it.offset]), it.count-1)
			out = append(out, py.NewBytes(append([]byte(nil), buf[it.offset+1:it.offset+1+n]...)))
			continue
		}
		for k := 0; k < it.count; k++ {
			b := buf[it.offset+k*it.size : it.offset+(k+1)*it.size]
			out = append(out, unpackOne(it.code, b, bo))
		}
	}
	return out
}

func unpackOne(code byte, b []byte, bo binary.ByteOrder) py.Object {
	switch code {
	case 'c':
		return py.NewBytes([]byte{b[0]})
	case '?':
		return py.NewBool(b[0] != 0)
	case 'e':
		return py.Float(float16Value(bo.Uint16(b)))
	case 'f':
		return py.Float(math.Float32frombits(bo.Uint32(b)))
	case 'd':
		return py.Float(math.Float64frombits(bo.Uint64(b)))
	}
	var u uint64
	switch len(b) {
	case 1:
		u = uint64(b[0])
	case 2:
		u = uint64(bo.Uint16(b))
	case 4:
		u = uint64(bo.Uint32(b))
	default:
		u = bo.Uint64(b)
	}
	if signed(code) {
		shift := 64 - uint(len(b)*8)
		return py.MakeInt(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return py.NewBig(new(big.Int).SetUint64(u))
	}
	return py.MakeInt(int64(u))
}

// float16Bits converts to IEEE half precision with round-half-even.
func float16Bits(f float64) (uint16, bool) {
	if math.IsNaN(f) {
		return 0x7e00, true
	}
	sign := uint16(0)
	if math.Signbit(f) {
		sign = 0x8000
		f = -f
	}
	if math.IsInf(f, 0) {
		return sign | 0x7c00, true
	}
	if f == 0 {
		return sign, true
	}
	frac, exp := math.Frexp(f) // f = frac * 2^exp, frac in [0.5, 1)
	e := exp - 1               // f = (2*frac) * 2^e
	if e < -14 {
		// subnormal: units of 2^-24
		m := math.RoundToEven(f * (1 << 24))
		if m >= 1024 {
			return sign | 0x0400, true
		}
		return sign | uint16(m), true
	}
	m := math.RoundToEven((2*frac - 1) * 1024)
	if m == 1024 {
		m = 0
		e++
	}
	if e > 15 {
		return 0, false
	}
	return sign | uint16(e+15)<<10 | uint16(m), true
}

func float16Value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * m * math.Pow(2, -24)
	case 31:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * (1 + m/1024) * math.Pow(2, float64(e-15))
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }
