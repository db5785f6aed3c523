package hashlib

import (
	"encoding/hex"
	"testing"
)

// The "abc" examples of RFC 7693, appendices A and B.
func TestBlake2Vectors(t *testing.T) {
	b := newBlake2b(&blake2Params{digestSize: 64, fanout: 1, depth: 1})
	b.Write([]byte("abc"))
	if got := hex.EncodeToString(b.Sum(nil)); got[:32] != "ba80a53f981c4d0d6a2797b69f12f6e9" {
		t.Errorf("blake2b(abc) = %s", got)
	}
	s := newBlake2s(&blake2Params{digestSize: 32, fanout: 1, depth: 1})
	s.Write([]byte("abc"))
	if got := hex.EncodeToString(s.Sum(nil)); got != "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982" {
		t.Errorf("blake2s(abc) = %s", got)
	}
}

func BenchmarkBlake2b(b *testing.B) {
	d := newBlake2b(&blake2Params{digestSize: 64, fanout: 1, depth: 1})
	buf := make([]byte, 16384)
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		d.Write(buf)
	}
}

func BenchmarkBlake2s(b *testing.B) {
	d := newBlake2s(&blake2Params{digestSize: 32, fanout: 1, depth: 1})
	buf := make([]byte, 16384)
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		d.Write(buf)
	}
}
