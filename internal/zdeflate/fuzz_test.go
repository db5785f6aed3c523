package zdeflate

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"io"
	"testing"
)

// FuzzCompress: any input at any level and strategy, whole or in pieces
// with flushes, compresses without panicking to a stream that inflates
// back to the input.
func FuzzCompress(f *testing.F) {
	f.Add([]byte("hello hello hello"), 6, 0, 3)
	f.Add([]byte{}, 0, 0, 1)
	f.Add(bytes.Repeat([]byte("ab"), 500), 9, 1, 10)
	f.Add(bytes.Repeat([]byte{0}, 700), 1, 3, 40)
	f.Fuzz(func(t *testing.T, data []byte, level, strategy, piece int) {
		level = level%11 - 1 // -1..9
		if level < -1 {
			level += 11
		}
		strategy = (strategy%5 + 5) % 5
		out, err := Compress(data, level, -15)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(flate.NewReader(bytes.NewReader(out)))
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("level %d: raw stream does not inflate to the input: %v", level, err)
		}
		var buf bytes.Buffer
		w, err := NewWriter(&buf, level, 15, 1+(piece&7), strategy, nil)
		if err != nil {
			t.Fatal(err)
		}
		if piece <= 0 {
			piece = 1 - piece%1000
		}
		// At most a few hundred pieces: every full flush clears the hash
		// table, and thousands of them make an input take seconds.
		piece = max(piece, len(data)/300)
		for i, k := 0, 0; i < len(data); i, k = i+piece, k+1 {
			w.Write(data[i:min(len(data), i+piece)])
			if k%3 == 1 {
				w.FlushMode([]int{PartialFlush, SyncFlush, FullFlush, Block}[k%4])
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		r, err := zlib.NewReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		got, err = io.ReadAll(r)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("level %d strategy %d pieces of %d: zlib stream does not inflate to the input: %v", level, strategy, piece, err)
		}
	})
}
