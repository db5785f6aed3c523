package zdeflate

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestClone: a clone taken mid-stream continues exactly as the original
// would, and the two do not share state.
func TestClone(t *testing.T) {
	data := mixedData(rand.New(rand.NewPCG(9, 10)), 150000)
	for _, level := range []int{0, 1, 6, 9} {
		var a, b, ref bytes.Buffer
		w, err := NewWriter(&a, level, 15, 8, DefaultStrategy, nil)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := NewWriter(&ref, level, 15, 8, DefaultStrategy, nil)
		w.Write(data[:70000])
		r.Write(data[:70000])
		c := w.Clone(&b)
		b.Write(a.Bytes())
		w.Write(data[70000:])
		w.Close()
		c.Write(data[70000:100000]) // the clone diverges, then catches up
		c2 := c.Clone(&bytes.Buffer{})
		c2.Write([]byte("other"))
		c.Write(data[100000:])
		c.Close()
		r.Write(data[70000:100000])
		r.Write(data[100000:])
		r.Close()
		if !bytes.Equal(b.Bytes(), ref.Bytes()) {
			t.Errorf("level %d: clone's stream differs from an uncloned one", level)
		}
	}
}
