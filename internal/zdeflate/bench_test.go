package zdeflate

import (
	"bytes"
	"compress/flate"
	"math/rand/v2"
	"testing"
)

func benchData() []byte {
	return mixedData(rand.New(rand.NewPCG(5, 6)), 1<<20)
}

func BenchmarkCompress(b *testing.B) {
	for _, in := range []testInput{{"mixed", benchData()}, {"text", textData(rand.New(rand.NewPCG(7, 8)), 1<<20)}} {
		data := in.data
		for _, level := range []int{1, 6, 9} {
			b.Run(in.name+"/level"+itoa(level), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					Compress(data, level, 15)
				}
			})
		}
	}
}

// BenchmarkFlate is Go's compressor on the same data, for comparison.
func BenchmarkFlate(b *testing.B) {
	for _, in := range []testInput{{"mixed", benchData()}, {"text", textData(rand.New(rand.NewPCG(7, 8)), 1<<20)}} {
		data := in.data
		for _, level := range []int{1, 6, 9} {
			b.Run(in.name+"/level"+itoa(level), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				var buf bytes.Buffer
				for b.Loop() {
					buf.Reset()
					w, _ := flate.NewWriter(&buf, level)
					w.Write(data)
					w.Close()
				}
			})
		}
	}
}
