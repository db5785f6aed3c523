package zdeflate

import (
	"bytes"
	"math/rand/v2"
)

// testInput is a named input of the differential test.
type testInput struct {
	name string
	data []byte
}

var words = []string{"the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "deflate", "zlib",
	"compress", "window", "hash", "chain", "match", "literal", "block", "tree", "huffman", "python",
	"a", "of", "and", "to", "in", "is", "that", "it", "for", "on", "with", "as", "was", "\n", ", ", ". "}

func textData(r *rand.Rand, n int) []byte {
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.Bytes()[:n]
}

func randomData(r *rand.Rand, n, alphabet int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(alphabet))
	}
	return b
}

// mixedData alternates text, random bytes, runs and copies of earlier
// pieces at all distances, so matches of every length and distance occur.
func mixedData(r *rand.Rand, n int) []byte {
	var b []byte
	for len(b) < n {
		k := 1 + r.IntN(3000)
		switch r.IntN(6) {
		case 0:
			b = append(b, textData(r, k)...)
		case 1:
			b = append(b, randomData(r, k, 256)...)
		case 2:
			b = append(b, bytes.Repeat([]byte{byte(r.IntN(256))}, k)...)
		case 3:
			b = append(b, randomData(r, k, 4)...)
		default:
			if len(b) > 0 {
				start := r.IntN(len(b))
				end := min(len(b), start+k)
				b = append(b, b[start:end]...)
			}
		}
	}
	return b[:n]
}

// testInputs returns the differential test's inputs; short trims the
// big ones (go test -short).
func testInputs(short bool) []testInput {
	r := rand.New(rand.NewPCG(1, 2))
	in := []testInput{
		{"empty", nil},
		{"one", []byte("x")},
		{"two", []byte("ab")},
		{"three", []byte("aaa")},
		{"hello", []byte("hello hello hello hello")},
		{"abc", bytes.Repeat([]byte("abc"), 1000)},
		{"text1k", textData(r, 1000)},
		{"text100k", textData(r, 100000)},
		{"rand1k", randomData(r, 1000, 256)},
		{"rand70k", randomData(r, 70000, 256)},
		{"low4_50k", randomData(r, 50000, 4)},
		{"low2_20k", randomData(r, 20000, 2)},
		{"zeros100k", make([]byte, 100000)},
		{"zeros300", make([]byte, 300)},
		{"runs", bytes.Repeat(append(bytes.Repeat([]byte{'a'}, 300), bytes.Repeat([]byte{'b'}, 7)...), 200)},
		{"mixed200k", mixedData(r, 200000)},
	}
	for _, n := range []int{16383, 16384, 16385, 32767, 32768, 32769, 65535, 65536, 65537} {
		in = append(in, testInput{"text" + itoa(n), textData(r, n)})
		in = append(in, testInput{"mixed" + itoa(n), mixedData(r, n)})
	}
	in = append(in, testInput{"rand65531", randomData(r, 65531, 256)}, testInput{"rand131072", randomData(r, 131072, 256)})
	// Random bytes of sizes where stored blocks and CPython's output
	// buffers (32 KiB, then 64 KiB more) end: only edge cases of level 0
	// and of output sizes are run on these (see buildCases).
	for _, base := range []int{32768, 65536, 98304} {
		for d := -16; d <= 4; d++ {
			n := base + d
			in = append(in, testInput{"edge" + itoa(n), randomData(r, n, 256)})
		}
	}
	if !short {
		in = append(in, testInput{"mixed1m", mixedData(r, 1<<20)}, testInput{"text1m", textData(r, 1000000)},
			testInput{"rand1m", randomData(r, 1<<20, 256)})
	}
	return in
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
