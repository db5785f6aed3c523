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
			d := &decompressObj{c: c}
			for i := 0; i < len(data); i += 5 {
				if _, err := d.feed(data[i:min(i+5, len(data))]); err != nil {
					break
				}
			}
		}
	})
}
