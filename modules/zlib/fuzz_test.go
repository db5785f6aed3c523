package zlib

import (
	"bytes"
	"compress/zlib"
	"testing"
)

// FuzzDecompress: any input inflates or fails with zlib.error, in every
// container, whole or piece by piece; never a panic or hang.
func FuzzDecompress(f *testing.F) {
	var good bytes.Buffer
	w := zlib.NewWriter(&good)
	w.Write([]byte("hello hello hello"))
	w.Close()
	for _, s := range [][]byte{good.Bytes(), {0x1f, 0x8b}, {0x78, 0x9c}, []byte("garbage"), {}} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, c := range []container{cZlib, cRaw, cGzip, cAuto} {
			decompress(data, c)
			d := newDecompressor(c)
			for i := 0; i < len(data); i += 5 {
				if _, err := d.feed(data[i:min(i+5, len(data))], 0); err != nil {
					break
				}
			}
			d.flush()
			// A copy taken mid-stream inflates the rest as the original does.
			d = newDecompressor(c)
			half := len(data) / 2
			a, errA := d.feed(data[:half], 7)
			if errA == nil {
				cp, err := d.copy()
				if err != nil {
					t.Fatalf("copy: %v", err)
				}
				b1, e1 := d.feed(append(d.tail, data[half:]...), 0)
				b2, e2 := cp.feed(append(cp.tail, data[half:]...), 0)
				if (e1 == nil) != (e2 == nil) || !bytes.Equal(b1, b2) {
					t.Fatalf("copy diverged: %q %v / %q %v (after %q)", b1, e1, b2, e2, a)
				}
			}
			// With a max_length, feeding back unconsumed_tail until it is empty.
			d = newDecompressor(c)
			in := data
			for n := 0; len(in) > 0 && n < 1000; n++ {
				out, err := d.feed(in, 3)
				if err != nil || len(out) > 3 {
					break
				}
				in = d.tail
			}
			d.flush()
		}
	})
}
