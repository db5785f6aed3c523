// Package random is the _random module: the Mersenne Twister (MT19937)
// core of random.Random, seeded as CPython seeds it, so that programs get
// CPython's sequences for a given seed. lib/random.py builds the module's
// functions on it.
package random

import (
	"crypto/rand"
	"encoding/binary"
	"math/big"
)

const (
	mtN = 624
	mtM = 397
)

// mt is the generator state.
type mt struct {
	state [mtN]uint32
	index int
}

func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		m.state[i] = 1812433253*(m.state[i-1]^(m.state[i-1]>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

func (m *mt) next() uint32 {
	if m.index >= mtN {
		for k := 0; k < mtN; k++ {
			y := m.state[k]&0x80000000 | m.state[(k+1)%mtN]&0x7fffffff
			v := m.state[(k+mtM)%mtN] ^ y>>1
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			m.state[k] = v
		}
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// random is random.random(): 53 random bits in [0, 1).
func (m *mt) random() float64 {
	a, b := m.next()>>5, m.next()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedInt seeds with a non-negative integer, as CPython does: its 32-bit
// words, least significant first, are the key (0 is the key [0]).
func (m *mt) seedInt(n *big.Int) {
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

// seedRandom seeds from the operating system.
func (m *mt) seedRandom() {
	var buf [mtN * 4]byte
	if _, err := rand.Read(buf[:]); err != nil {
		panic(err)
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	m.initByArray(key)
}

// getrandbits returns k random bits (k >= 0) as CPython assembles them.
func (m *mt) getrandbits(k int) *big.Int {
	if k <= 32 {
		if k == 0 {
			return new(big.Int)
		}
		return new(big.Int).SetUint64(uint64(m.next() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := m.next()
		if k < 32 {
			r >>= 32 - k
		}
		binary.LittleEndian.PutUint32(buf[4*i:], r)
		k -= 32
	}
	// big.Int takes big-endian bytes
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return new(big.Int).SetBytes(buf)
}
