package hashlib

// BLAKE2b and BLAKE2s as specified by RFC 7693, with the whole parameter
// block (salt, personalization, tree parameters) that CPython's hashlib
// exposes; golang.org/x/crypto's packages take only a key and size.

import (
	"encoding/binary"
	"math/bits"
)

var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// sigma is the message word schedule of the rounds (RFC 7693, 2.7).
var sigma = [10][16]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2Params are the tree-hashing and keying parameters of a BLAKE2
// instance (RFC 7693, 2.5; the tree fields are from the BLAKE2 paper).
type blake2Params struct {
	digestSize int
	key        []byte
	salt       []byte
	person     []byte
	fanout     int
	depth      int
	leafSize   uint32
	nodeOffset uint64
	nodeDepth  int
	innerSize  int
	lastNode   bool
}

// blake2b is a BLAKE2b state. It is a plain value: copying it copies the hash.
type blake2b struct {
	h        [8]uint64
	t        [2]uint64 // bytes compressed so far (128-bit counter)
	buf      [128]byte
	n        int // bytes in buf
	size     int
	lastNode bool
}

func newBlake2b(p *blake2Params) *blake2b {
	d := &blake2b{size: p.digestSize, lastNode: p.lastNode}
	var pb [64]byte
	pb[0] = byte(p.digestSize)
	pb[1] = byte(len(p.key))
	pb[2] = byte(p.fanout)
	pb[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(pb[4:], p.leafSize)
	binary.LittleEndian.PutUint64(pb[8:], p.nodeOffset)
	pb[16] = byte(p.nodeDepth)
	pb[17] = byte(p.innerSize)
	copy(pb[32:48], p.salt)
	copy(pb[48:64], p.person)
	for i := range d.h {
		d.h[i] = blake2bIV[i] ^ binary.LittleEndian.Uint64(pb[8*i:])
	}
	if len(p.key) > 0 {
		// The key, zero-padded, is the first block.
		copy(d.buf[:], p.key)
		d.n = len(d.buf)
	}
	return d
}

func (d *blake2b) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if d.n == len(d.buf) {
			// Only compress a full buffer once more input follows: the
			// last block is compressed with the final flag.
			d.add(uint64(len(d.buf)))
			d.compress(d.buf[:], false)
			d.n = 0
		}
		if d.n == 0 {
			for len(p) > len(d.buf) {
				d.add(uint64(len(d.buf)))
				d.compress(p[:len(d.buf)], false)
				p = p[len(d.buf):]
			}
		}
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
	}
	return total, nil
}

func (d *blake2b) add(n uint64) {
	var c uint64
	d.t[0], c = bits.Add64(d.t[0], n, 0)
	d.t[1] += c
}

func (d *blake2b) Sum(in []byte) []byte {
	c := *d
	c.add(uint64(c.n))
	clear(c.buf[c.n:])
	c.compress(c.buf[:], true)
	var out [64]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return append(in, out[:c.size]...)
}

func (d *blake2b) compress(block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], d.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= d.t[0]
	v[13] ^= d.t[1]
	if final {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	v0, v1, v2, v3, v4, v5, v6, v7 := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
	v8, v9, v10, v11, v12, v13, v14, v15 := v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]
	for r := 0; r < 12; r++ {
		s := &sigma[r%10]
		v0 += v4 + m[s[0]]
		v12 = bits.RotateLeft64(v12^v0, -32)
		v8 += v12
		v4 = bits.RotateLeft64(v4^v8, -24)
		v0 += v4 + m[s[1]]
		v12 = bits.RotateLeft64(v12^v0, -16)
		v8 += v12
		v4 = bits.RotateLeft64(v4^v8, -63)
		v1 += v5 + m[s[2]]
		v13 = bits.RotateLeft64(v13^v1, -32)
		v9 += v13
		v5 = bits.RotateLeft64(v5^v9, -24)
		v1 += v5 + m[s[3]]
		v13 = bits.RotateLeft64(v13^v1, -16)
		v9 += v13
		v5 = bits.RotateLeft64(v5^v9, -63)
		v2 += v6 + m[s[4]]
		v14 = bits.RotateLeft64(v14^v2, -32)
		v10 += v14
		v6 = bits.RotateLeft64(v6^v10, -24)
		v2 += v6 + m[s[5]]
		v14 = bits.RotateLeft64(v14^v2, -16)
		v10 += v14
		v6 = bits.RotateLeft64(v6^v10, -63)
		v3 += v7 + m[s[6]]
		v15 = bits.RotateLeft64(v15^v3, -32)
		v11 += v15
		v7 = bits.RotateLeft64(v7^v11, -24)
		v3 += v7 + m[s[7]]
		v15 = bits.RotateLeft64(v15^v3, -16)
		v11 += v15
		v7 = bits.RotateLeft64(v7^v11, -63)
		v0 += v5 + m[s[8]]
		v15 = bits.RotateLeft64(v15^v0, -32)
		v10 += v15
		v5 = bits.RotateLeft64(v5^v10, -24)
		v0 += v5 + m[s[9]]
		v15 = bits.RotateLeft64(v15^v0, -16)
		v10 += v15
		v5 = bits.RotateLeft64(v5^v10, -63)
		v1 += v6 + m[s[10]]
		v12 = bits.RotateLeft64(v12^v1, -32)
		v11 += v12
		v6 = bits.RotateLeft64(v6^v11, -24)
		v1 += v6 + m[s[11]]
		v12 = bits.RotateLeft64(v12^v1, -16)
		v11 += v12
		v6 = bits.RotateLeft64(v6^v11, -63)
		v2 += v7 + m[s[12]]
		v13 = bits.RotateLeft64(v13^v2, -32)
		v8 += v13
		v7 = bits.RotateLeft64(v7^v8, -24)
		v2 += v7 + m[s[13]]
		v13 = bits.RotateLeft64(v13^v2, -16)
		v8 += v13
		v7 = bits.RotateLeft64(v7^v8, -63)
		v3 += v4 + m[s[14]]
		v14 = bits.RotateLeft64(v14^v3, -32)
		v9 += v14
		v4 = bits.RotateLeft64(v4^v9, -24)
		v3 += v4 + m[s[15]]
		v14 = bits.RotateLeft64(v14^v3, -16)
		v9 += v14
		v4 = bits.RotateLeft64(v4^v9, -63)
	}
	v = [16]uint64{v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *blake2b) Reset()         { panic("blake2b: Reset is not used") }
func (d *blake2b) Size() int      { return d.size }
func (d *blake2b) BlockSize() int { return 128 }
func (d *blake2b) clone() hashClone {
	c := *d
	return &c
}

// blake2s is a BLAKE2s state (32-bit words, 64-byte blocks, 10 rounds).
type blake2s struct {
	h        [8]uint32
	t        [2]uint32
	buf      [64]byte
	n        int
	size     int
	lastNode bool
}

func newBlake2s(p *blake2Params) *blake2s {
	d := &blake2s{size: p.digestSize, lastNode: p.lastNode}
	var pb [32]byte
	pb[0] = byte(p.digestSize)
	pb[1] = byte(len(p.key))
	pb[2] = byte(p.fanout)
	pb[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(pb[4:], p.leafSize)
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
	copy(pb[8:14], off[:6]) // 48 bits
	pb[14] = byte(p.nodeDepth)
	pb[15] = byte(p.innerSize)
	copy(pb[16:24], p.salt)
	copy(pb[24:32], p.person)
	for i := range d.h {
		d.h[i] = blake2sIV[i] ^ binary.LittleEndian.Uint32(pb[4*i:])
	}
	if len(p.key) > 0 {
		copy(d.buf[:], p.key)
		d.n = len(d.buf)
	}
	return d
}

func (d *blake2s) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if d.n == len(d.buf) {
			d.add(uint32(len(d.buf)))
			d.compress(d.buf[:], false)
			d.n = 0
		}
		if d.n == 0 {
			for len(p) > len(d.buf) {
				d.add(uint32(len(d.buf)))
				d.compress(p[:len(d.buf)], false)
				p = p[len(d.buf):]
			}
		}
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
	}
	return total, nil
}

func (d *blake2s) add(n uint32) {
	var c uint32
	d.t[0], c = bits.Add32(d.t[0], n, 0)
	d.t[1] += c
}

func (d *blake2s) Sum(in []byte) []byte {
	c := *d
	c.add(uint32(c.n))
	clear(c.buf[c.n:])
	c.compress(c.buf[:], true)
	var out [32]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], w)
	}
	return append(in, out[:c.size]...)
}

func (d *blake2s) compress(block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	copy(v[:8], d.h[:])
	copy(v[8:], blake2sIV[:])
	v[12] ^= d.t[0]
	v[13] ^= d.t[1]
	if final {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	v0, v1, v2, v3, v4, v5, v6, v7 := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
	v8, v9, v10, v11, v12, v13, v14, v15 := v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]
	for r := 0; r < 10; r++ {
		s := &sigma[r]
		v0 += v4 + m[s[0]]
		v12 = bits.RotateLeft32(v12^v0, -16)
		v8 += v12
		v4 = bits.RotateLeft32(v4^v8, -12)
		v0 += v4 + m[s[1]]
		v12 = bits.RotateLeft32(v12^v0, -8)
		v8 += v12
		v4 = bits.RotateLeft32(v4^v8, -7)
		v1 += v5 + m[s[2]]
		v13 = bits.RotateLeft32(v13^v1, -16)
		v9 += v13
		v5 = bits.RotateLeft32(v5^v9, -12)
		v1 += v5 + m[s[3]]
		v13 = bits.RotateLeft32(v13^v1, -8)
		v9 += v13
		v5 = bits.RotateLeft32(v5^v9, -7)
		v2 += v6 + m[s[4]]
		v14 = bits.RotateLeft32(v14^v2, -16)
		v10 += v14
		v6 = bits.RotateLeft32(v6^v10, -12)
		v2 += v6 + m[s[5]]
		v14 = bits.RotateLeft32(v14^v2, -8)
		v10 += v14
		v6 = bits.RotateLeft32(v6^v10, -7)
		v3 += v7 + m[s[6]]
		v15 = bits.RotateLeft32(v15^v3, -16)
		v11 += v15
		v7 = bits.RotateLeft32(v7^v11, -12)
		v3 += v7 + m[s[7]]
		v15 = bits.RotateLeft32(v15^v3, -8)
		v11 += v15
		v7 = bits.RotateLeft32(v7^v11, -7)
		v0 += v5 + m[s[8]]
		v15 = bits.RotateLeft32(v15^v0, -16)
		v10 += v15
		v5 = bits.RotateLeft32(v5^v10, -12)
		v0 += v5 + m[s[9]]
		v15 = bits.RotateLeft32(v15^v0, -8)
		v10 += v15
		v5 = bits.RotateLeft32(v5^v10, -7)
		v1 += v6 + m[s[10]]
		v12 = bits.RotateLeft32(v12^v1, -16)
		v11 += v12
		v6 = bits.RotateLeft32(v6^v11, -12)
		v1 += v6 + m[s[11]]
		v12 = bits.RotateLeft32(v12^v1, -8)
		v11 += v12
		v6 = bits.RotateLeft32(v6^v11, -7)
		v2 += v7 + m[s[12]]
		v13 = bits.RotateLeft32(v13^v2, -16)
		v8 += v13
		v7 = bits.RotateLeft32(v7^v8, -12)
		v2 += v7 + m[s[13]]
		v13 = bits.RotateLeft32(v13^v2, -8)
		v8 += v13
		v7 = bits.RotateLeft32(v7^v8, -7)
		v3 += v4 + m[s[14]]
		v14 = bits.RotateLeft32(v14^v3, -16)
		v9 += v14
		v4 = bits.RotateLeft32(v4^v9, -12)
		v3 += v4 + m[s[15]]
		v14 = bits.RotateLeft32(v14^v3, -8)
		v9 += v14
		v4 = bits.RotateLeft32(v4^v9, -7)
	}
	v = [16]uint32{v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *blake2s) Reset()         { panic("blake2s: Reset is not used") }
func (d *blake2s) Size() int      { return d.size }
func (d *blake2s) BlockSize() int { return 64 }
func (d *blake2s) clone() hashClone {
	c := *d
	return &c
}

// hashClone is a hash that copies itself (BLAKE2's states are plain values).
type hashClone interface {
	Write(p []byte) (int, error)
	Sum(in []byte) []byte
	Reset()
	Size() int
	BlockSize() int
	clone() hashClone
}
