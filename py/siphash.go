package py

import (
	"encoding/binary"
	"math/bits"
)

// str and bytes hash as CPython 3.11 does with PYTHONHASHSEED=0:
// SipHash-1-3 with a zero key over the bytes of the string's canonical
// representation (one byte per character when all are below 256, two
// little-endian bytes when all are below 0x10000, four otherwise). Equal
// hashes give sets and dicts of strings CPython's iteration order.

func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v2 += v3
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v1
	v0 += v3
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

// sipHash13 is SipHash-1-3 with a zero key.
func sipHash13(p []byte) uint64 {
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	b := uint64(len(p)) << 56
	for len(p) >= 8 {
		m := binary.LittleEndian.Uint64(p)
		p = p[8:]
		v3 ^= m
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= m
	}
	var t uint64
	for i := len(p) - 1; i >= 0; i-- {
		t = t<<8 | uint64(p[i])
	}
	b |= t
	v3 ^= b
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0 ^= b
	v2 ^= 0xff
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	return v0 ^ v1 ^ v2 ^ v3
}

func finishHash(h uint64) int64 {
	r := int64(h)
	if r == -1 {
		r = -2
	}
	return r
}

// bytesHash is hash(bytes).
func bytesHash(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	return finishHash(sipHash13(b))
}

// strHashOf is hash(str) for a UTF-8 Go string.
func strHashOf(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	if isASCII(s) {
		return finishHash(sipHash13([]byte(s)))
	}
	var maxc rune
	for _, r := range s {
		if r > maxc {
			maxc = r
		}
	}
	var buf []byte
	for _, r := range s {
		switch {
		case maxc < 0x100:
			buf = append(buf, byte(r))
		case maxc < 0x10000:
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		default:
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return finishHash(sipHash13(buf))
}
