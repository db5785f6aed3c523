package py

import (
	"encoding/binary"
	"errors"
	"math"
	"math/big"
	"runtime"
	"weak"
)

// The buffer protocol: objects whose memory other objects read (and, when
// writable, write) in place. bytes, bytearray, memoryview and array.array
// export buffers; bytes-consuming functions take any of them through
// AsBytes/WritableBytes.

// BufferInfo describes the memory an object exports.
type BufferInfo struct {
	B        []byte   // the memory (not copied)
	Format   string   // struct-module format of one item ("B" for bytes)
	ItemSize int      // bytes per item
	ReadOnly bool     // writes through views are refused
	Exports  *Exports // nil when the memory can never move (bytes)
}

// Buffer is implemented by objects that export a buffer (array.array in
// modules/array; bytes, bytearray and memoryview are handled directly).
type Buffer interface {
	Object
	GetBuffer() BufferInfo
}

// Exports tracks the memoryviews of a resizable object's memory: while a
// view is alive (not released and still reachable) the object may not be
// resized, as in CPython. Unreachable views count as released: CPython
// frees them by reference counting; here a garbage collection is run when
// a resize meets views that were never released.
type Exports struct {
	views []weak.Pointer[MemoryView]
}

func (e *Exports) add(mv *MemoryView) {
	e.prune()
	e.views = append(e.views, weak.Make(mv))
}

func (e *Exports) prune() {
	live := e.views[:0]
	for _, w := range e.views {
		if v := w.Value(); v != nil && !v.released {
			live = append(live, w)
		}
	}
	clear(e.views[len(live):])
	e.views = live
}

// Live reports whether views of the memory are still in use.
func (e *Exports) Live() bool {
	if e == nil || len(e.views) == 0 {
		return false
	}
	e.prune()
	if len(e.views) == 0 {
		return false
	}
	runtime.GC()
	e.prune()
	return len(e.views) > 0
}

// GetBuffer makes bytes a buffer exporter.
func (b *Bytes) GetBuffer() BufferInfo {
	return BufferInfo{B: b.B, Format: "B", ItemSize: 1, ReadOnly: true}
}

// GetBuffer makes bytearray a buffer exporter.
func (b *ByteArray) GetBuffer() BufferInfo {
	return BufferInfo{B: b.B, Format: "B", ItemSize: 1, Exports: &b.exports}
}

// checkResize refuses to resize a bytearray with live views.
func (b *ByteArray) checkResize() error {
	if b.exports.Live() {
		return Errorf(BufferError, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

// GetBufferOf returns the buffer an object exports.
func GetBufferOf(o Object) (BufferInfo, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.GetBuffer(), true
	case *ByteArray:
		return v.GetBuffer(), true
	case *MemoryView:
		if v.released {
			return BufferInfo{}, false
		}
		return BufferInfo{B: v.bytes(), Format: v.format, ItemSize: v.itemsize, ReadOnly: v.readonly, Exports: v.exports}, true
	case *Instance:
		if v.Base != nil {
			return GetBufferOf(v.Base)
		}
	case Buffer:
		return v.GetBuffer(), true
	}
	return BufferInfo{}, false
}

// Item codec shared by memoryview and struct.

// Item errors of PackItem, which the caller turns into its own messages.
var (
	ErrItemType  = errors.New("item type")
	ErrItemRange = errors.New("item range")
)

// NativeItemSize is the native size of a single-character format code, or 0.
func NativeItemSize(code byte) int {
	switch code {
	case 'b', 'B', 'c', '?', 'x', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd':
		return 8
	}
	return 0
}

func isSignedCode(code byte) bool {
	switch code {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		return true
	}
	return false
}

// UnpackItem decodes one item of format code from b, whose length is the
// item size, little-endian when le.
func UnpackItem(code byte, b []byte, le bool) Object {
	var order binary.ByteOrder = binary.BigEndian
	if le {
		order = binary.LittleEndian
	}
	switch code {
	case 'c':
		return NewBytes([]byte{b[0]})
	case '?':
		return NewBool(b[0] != 0)
	case 'e':
		return Float(HalfToFloat(order.Uint16(b)))
	case 'f':
		return Float(math.Float32frombits(order.Uint32(b)))
	case 'd':
		return Float(math.Float64frombits(order.Uint64(b)))
	}
	var u uint64
	switch len(b) {
	case 1:
		u = uint64(b[0])
	case 2:
		u = uint64(order.Uint16(b))
	case 4:
		u = uint64(order.Uint32(b))
	case 8:
		u = order.Uint64(b)
	}
	if isSignedCode(code) {
		shift := 64 - 8*uint(len(b))
		return Int(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return NewBig(new(big.Int).SetUint64(u))
	}
	return Int(int64(u))
}

// ItemRange returns the range of an integer code of size bytes.
func ItemRange(code byte, size int) (lo, hi *big.Int) {
	bitsN := uint(8 * size)
	if isSignedCode(code) {
		hi = new(big.Int).Lsh(big.NewInt(1), bitsN-1)
		lo = new(big.Int).Neg(hi)
		return lo, hi.Sub(hi, big.NewInt(1))
	}
	hi = new(big.Int).Lsh(big.NewInt(1), bitsN)
	return big.NewInt(0), hi.Sub(hi, big.NewInt(1))
}

// PackItem encodes v as one item of format code into dst (whose length is
// the item size). Integers go through __index__ and floats through
// __float__; the errors are ErrItemType, ErrItemRange or a Python error.
func PackItem(t *Thread, code byte, v Object, dst []byte, le bool) error {
	return packItem(t, code, v, dst, le, false)
}

// PackItemStandard is PackItem for struct's standard sizes, where a float
// too large for 'f' is an OverflowError instead of an infinity.
func PackItemStandard(t *Thread, code byte, v Object, dst []byte, le bool) error {
	return packItem(t, code, v, dst, le, true)
}

func packItem(t *Thread, code byte, v Object, dst []byte, le, strictF bool) error {
	var order binary.ByteOrder = binary.BigEndian
	if le {
		order = binary.LittleEndian
	}
	switch code {
	case 'c':
		b, ok := v.(*Bytes)
		if !ok || len(b.B) != 1 {
			return ErrItemType
		}
		dst[0] = b.B[0]
		return nil
	case '?':
		ok, err := Truth(t, v)
		if err != nil {
			return err
		}
		dst[0] = 0
		if ok {
			dst[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		var f float64
		switch x := v.(type) {
		case Float:
			f = float64(x)
		default:
			if x.Type().Lookup(Intern("__float__")) == nil && !hasIndex(x) {
				return ErrItemType
			}
			var err error
			if f, err = ToFloat(t, x); err != nil {
				return err
			}
		}
		switch code {
		case 'e':
			h, ok := FloatToHalf(f)
			if !ok {
				return Errorf(OverflowError, "float too large to pack with e format")
			}
			order.PutUint16(dst, h)
		case 'f':
			f32 := float32(f)
			if strictF && math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) {
				return Errorf(OverflowError, "float too large to pack with f format")
			}
			order.PutUint32(dst, math.Float32bits(f32))
		default:
			order.PutUint64(dst, math.Float64bits(f))
		}
		return nil
	}
	if !hasIndex(v) {
		return ErrItemType
	}
	iv, err := Index(t, v)
	if err != nil {
		return err
	}
	var u uint64
	signed := isSignedCode(code)
	size := len(dst)
	switch x := iv.(type) {
	case Int:
		if signed {
			if size < 8 {
				lim := int64(1) << (8*size - 1)
				if int64(x) < -lim || int64(x) >= lim {
					return ErrItemRange
				}
			}
		} else if code != 'P' || x < 0 && size < 8 {
			if x < 0 || (size < 8 && int64(x) >= int64(1)<<(8*size)) {
				return ErrItemRange
			}
		}
		u = uint64(x)
	case *BigInt:
		if signed || size < 8 || x.V.Sign() < 0 || x.V.BitLen() > 64 {
			return ErrItemRange
		}
		u = x.V.Uint64()
	case Bool:
		if x {
			u = 1
		}
	default:
		return ErrItemType
	}
	switch size {
	case 1:
		dst[0] = byte(u)
	case 2:
		order.PutUint16(dst, uint16(u))
	case 4:
		order.PutUint32(dst, uint32(u))
	case 8:
		order.PutUint64(dst, u)
	}
	return nil
}

// HalfToFloat converts an IEEE 754 binary16 value.
func HalfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 31:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1024+frac, exp-25)
}

// FloatToHalf converts to binary16 rounding half to even; ok is false
// when a finite value is too large.
func FloatToHalf(f float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(f) {
		sign = 0x8000
		f = -f
	}
	switch {
	case math.IsNaN(f):
		return sign | 0x7e00, true
	case math.IsInf(f, 0):
		return sign | 0x7c00, true
	case f == 0:
		return sign, true
	}
	frac, exp := math.Frexp(f) // f = frac * 2**exp, 0.5 <= frac < 1
	if exp < -13 {
		// Subnormal: units of 2**-24.
		m := math.RoundToEven(math.Ldexp(f, 24))
		return sign | uint16(m), true // m == 1024 becomes the smallest normal
	}
	m := math.RoundToEven(math.Ldexp(frac, 11)) // 1024 <= m <= 2048
	e := exp + 14
	if m == 2048 {
		m = 1024
		e++
	}
	if e >= 31 {
		return 0, false
	}
	return sign | uint16(e)<<10 | uint16(m-1024), true
}

// HexString is bytes.hex(sep, bytes_per_sep) (also memoryview.hex and
// binascii.hexlify): sep is nil or a str/bytes of one ASCII character.
func HexString(t *Thread, b []byte, sep Object, perSep int) (string, error) {
	const d = "0123456789abcdef"
	var sc byte
	if sep != nil {
		var s []byte
		switch v := sep.(type) {
		case *Str:
			s = []byte(v.S)
			if len(v.S) == 1 && v.S[0] >= 128 || v.Len() != len(v.S) {
				return "", Errorf(ValueError, "sep must be ASCII.")
			}
		default:
			var ok bool
			if s, ok = AsBytes(sep); !ok {
				if sep.Type().Lookup(strLen) == nil {
					return "", Errorf(TypeError, "object of type '%s' has no len()", TypeName(sep))
				}
				return "", Errorf(TypeError, "sep must be str or bytes.")
			}
		}
		if len(s) != 1 {
			return "", Errorf(ValueError, "sep must be length 1.")
		}
		if s[0] >= 128 {
			return "", Errorf(ValueError, "sep must be ASCII.")
		}
		sc = s[0]
	}
	if sep == nil || perSep == 0 || len(b) == 0 {
		out := make([]byte, 0, 2*len(b))
		for _, c := range b {
			out = append(out, d[c>>4], d[c&15])
		}
		return string(out), nil
	}
	group := perSep
	if group < 0 {
		group = -group
	}
	out := make([]byte, 0, 3*len(b))
	for i, c := range b {
		if i > 0 {
			// Groups count from the right for a positive bytes_per_sep.
			var boundary bool
			if perSep > 0 {
				boundary = (len(b)-i)%group == 0
			} else {
				boundary = i%group == 0
			}
			if boundary {
				out = append(out, sc)
			}
		}
		out = append(out, d[c>>4], d[c&15])
	}
	return string(out), nil
}
