package zdeflate

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A diffCase is one compression run, done by python3's zlib and by this
// package; the chunks each call returns must be identical.
type diffCase struct {
	ID       string  `json:"id"`
	Input    string  `json:"input"`
	Kind     string  `json:"kind"`
	Level    int     `json:"level"`
	Wbits    int     `json:"wbits"`
	MemLevel int     `json:"memLevel"`
	Strategy int     `json:"strategy"`
	Zdict    string  `json:"zdict,omitempty"`
	Ops      [][]int `json:"ops"` // {0, a, b}: compress input[a:b]; {1, mode}: flush
}

// MarshalJSON writes ops as the oracle reads them: ["c", a, b] / ["f", mode, 0].
func (c diffCase) MarshalJSON() ([]byte, error) {
	type plain diffCase
	ops := make([][]any, len(c.Ops))
	for i, op := range c.Ops {
		if op[0] == 0 {
			ops[i] = []any{"c", op[1], op[2]}
		} else {
			ops[i] = []any{"f", op[1], 0}
		}
	}
	return json.Marshal(struct {
		plain
		Ops [][]any `json:"ops"`
	}{plain(c), ops})
}

func python3(t *testing.T) string {
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the differential test against CPython's zlib needs it")
	}
	// Ask for the real interpreter: a pyenv shim is slow to start.
	out, err := exec.Command(p, "-c", "import sys, zlib; print(sys.executable); print(zlib.ZLIB_RUNTIME_VERSION)").Output()
	if err != nil {
		t.Skipf("python3 does not run: %v", err)
	}
	lines := strings.Fields(string(out))
	if len(lines) == 2 && !strings.HasPrefix(lines[1], "1.2.1") && !strings.HasPrefix(lines[1], "1.3") {
		t.Logf("python3 links zlib %s; this package reproduces 1.2.12/1.2.13", lines[1])
	}
	return lines[0]
}

// buildCases lists the runs for the inputs: zlib.compress at every level
// and some window sizes and wrappers, and compressobj with every strategy,
// memory levels, dictionaries, and input split with flushes between.
func buildCases(inputs []testInput) []diffCase {
	var cases []diffCase
	r := rand.New(rand.NewPCG(3, 4))
	add := func(c diffCase) {
		c.ID = fmt.Sprintf("%04d", len(cases))
		cases = append(cases, c)
	}
	for _, in := range inputs {
		n := len(in.data)
		if strings.HasPrefix(in.name, "edge") {
			for _, level := range []int{0, 1, 6} {
				for _, wbits := range []int{15, -15, 31} {
					add(diffCase{Input: in.name, Kind: "compress", Level: level, Wbits: wbits})
				}
				for _, mem := range []int{1, 8, 9} {
					add(diffCase{Input: in.name, Kind: "obj", Level: level, Wbits: 15, MemLevel: mem,
						Ops: [][]int{{0, 0, n}, {1, Finish}}})
					add(diffCase{Input: in.name, Kind: "obj", Level: level, Wbits: -15, MemLevel: mem,
						Ops: [][]int{{0, 0, n - 10}, {1, SyncFlush}, {0, n - 10, n}, {1, Finish}}})
				}
			}
			continue
		}
		big := n > 300000
		for level := -1; level <= 9; level++ {
			add(diffCase{Input: in.name, Kind: "compress", Level: level, Wbits: 15})
		}
		if big {
			for _, level := range []int{1, 6, 9} {
				add(diffCase{Input: in.name, Kind: "obj", Level: level, Wbits: 15, MemLevel: 8,
					Ops: [][]int{{0, 0, n / 3}, {1, SyncFlush}, {0, n / 3, n}, {1, Finish}}})
			}
			continue
		}
		for _, wbits := range []int{9, 10, 12, -15, -9, 31, 25} {
			for _, level := range []int{0, 1, 4, 6, 9} {
				add(diffCase{Input: in.name, Kind: "compress", Level: level, Wbits: wbits})
			}
		}
		for strategy := 0; strategy <= 4; strategy++ {
			for _, level := range []int{0, 1, 2, 3, 5, 6, 7, 8, 9} {
				for _, mem := range []int{1, 8, 9} {
					if mem != 8 && (level%3 != 0 || strategy > 1) {
						continue
					}
					add(diffCase{Input: in.name, Kind: "obj", Level: level, Wbits: 15, MemLevel: mem, Strategy: strategy,
						Ops: [][]int{{0, 0, n}, {1, Finish}}})
				}
			}
		}
		// Input in random pieces, with random flushes between.
		for k := 0; k < 6; k++ {
			level := []int{0, 1, 3, 6, 9, -1}[k]
			var ops [][]int
			for a := 0; a < n; {
				var b int
				switch r.IntN(3) {
				case 0:
					b = a + r.IntN(100)
				case 1:
					b = a + r.IntN(5000)
				default:
					b = a + r.IntN(70000)
				}
				b = min(b, n)
				ops = append(ops, []int{0, a, b})
				if r.IntN(3) == 0 {
					ops = append(ops, []int{1, []int{SyncFlush, FullFlush, PartialFlush, Block, SyncFlush}[r.IntN(5)]})
				}
				if r.IntN(8) == 0 {
					ops = append(ops, []int{1, SyncFlush}, []int{1, SyncFlush}, []int{0, b, b}, []int{1, SyncFlush})
				}
				a = b
			}
			ops = append(ops, []int{1, Finish})
			wbits := []int{15, -15, 31, 11, 15, 9}[k]
			add(diffCase{Input: in.name, Kind: "obj", Level: level, Wbits: wbits, MemLevel: 8, Strategy: k % 5, Ops: ops})
		}
		// Every parameter at random, input in random pieces and flushes.
		for k := 0; k < 10; k++ {
			wbits := 8 + r.IntN(8)
			switch r.IntN(3) {
			case 0:
				wbits = -max(wbits, 9)
			case 1:
				wbits = 16 + max(wbits, 9)
			}
			c := diffCase{Input: in.name, Kind: "obj", Level: r.IntN(11) - 1, Wbits: wbits,
				MemLevel: 1 + r.IntN(9), Strategy: r.IntN(5)}
			if wbits < 16 && r.IntN(3) == 0 {
				c.Zdict = []string{"hello", "text1k", "rand1k", "text65536"}[r.IntN(4)]
			}
			step := []int{1, 10, 300, 5000, 40000}[r.IntN(5)]
			if step < 300 && n > 20000 {
				step = 300 // byte-sized pieces only on small inputs: python3 is slow at them
			}
			for a := 0; a < n; {
				b := min(n, a+1+r.IntN(step))
				c.Ops = append(c.Ops, []int{0, a, b})
				if r.IntN(4) == 0 {
					c.Ops = append(c.Ops, []int{1, []int{PartialFlush, SyncFlush, FullFlush, Block}[r.IntN(4)]})
				}
				a = b
			}
			c.Ops = append(c.Ops, []int{1, Finish})
			add(c)
		}
		// Preset dictionaries: the text input, short and long ones.
		for _, level := range []int{0, 1, 6, 9} {
			for _, dict := range []string{"hello", "text1k", "text65536"} {
				for _, wbits := range []int{15, -15, 10} {
					add(diffCase{Input: in.name, Kind: "obj", Level: level, Wbits: wbits, MemLevel: 8, Zdict: dict,
						Ops: [][]int{{0, 0, n / 2}, {1, SyncFlush}, {0, n / 2, n}, {1, Finish}}})
				}
			}
		}
	}
	return cases
}

// runCase runs c with this package and returns its chunks.
func runCase(c diffCase, data map[string][]byte) ([][]byte, error) {
	in := data[c.Input]
	if c.Kind == "compress" {
		out, err := Compress(in, c.Level, c.Wbits)
		return [][]byte{out}, err
	}
	var buf bytes.Buffer
	var dict []byte
	if c.Zdict != "" {
		dict = data[c.Zdict]
	}
	w, err := NewWriter(&buf, c.Level, c.Wbits, c.MemLevel, c.Strategy, dict)
	if err != nil {
		return nil, err
	}
	var chunks [][]byte
	for _, op := range c.Ops {
		if op[0] == 0 {
			_, err = w.Write(in[op[1]:op[2]])
		} else {
			err = w.FlushMode(op[1])
		}
		if err != nil {
			return nil, err
		}
		chunks = append(chunks, append([]byte(nil), buf.Bytes()...))
		buf.Reset()
	}
	return chunks, nil
}

func readChunks(b []byte) [][]byte {
	var chunks [][]byte
	for len(b) >= 4 {
		n := int(binary.LittleEndian.Uint32(b))
		chunks = append(chunks, b[4:4+n])
		b = b[4+n:]
	}
	return chunks
}

// TestDifferential compares every case's chunks with python3's. The
// largest inputs (1 MB) run only with ZD_FULL=1: they add minutes to the
// suite and have not caught anything the others miss.
func TestDifferential(t *testing.T) {
	py := python3(t)
	inputs := testInputs(testing.Short() || os.Getenv("ZD_FULL") == "")
	dir := t.TempDir()
	data := map[string][]byte{}
	for _, in := range inputs {
		data[in.name] = in.data
		if err := os.WriteFile(filepath.Join(dir, in.name), in.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := buildCases(inputs)
	man, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), man, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "testdata/oracle.py", dir)
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("oracle: %v\n%s", err, out)
	}
	t.Logf("python3 ran %d cases in %v", len(cases), time.Since(start).Round(time.Millisecond))
	start = time.Now()
	defer func() { t.Logf("zdeflate ran them in %v", time.Since(start).Round(time.Millisecond)) }()
	pass, fail := 0, 0
	kinds := map[string][2]int{}
	for _, c := range cases {
		want, err := os.ReadFile(filepath.Join(dir, "out", c.ID))
		if err != nil {
			t.Fatal(err)
		}
		got, err := runCase(c, data)
		ok := err == nil && equalChunks(got, readChunks(want))
		key := fmt.Sprintf("%s level=%d strategy=%d", c.Kind, c.Level, c.Strategy)
		k := kinds[key]
		if ok {
			pass++
			k[0]++
		} else {
			fail++
			k[1]++
			if fail <= 10 {
				t.Errorf("case %s (%s %s level=%d wbits=%d mem=%d strategy=%d zdict=%q ops=%d): %v\n%s",
					c.ID, c.Kind, c.Input, c.Level, c.Wbits, c.MemLevel, c.Strategy, c.Zdict, len(c.Ops), err,
					firstDiff(got, readChunks(want)))
			}
		}
		kinds[key] = k
	}
	t.Logf("%d of %d cases byte-identical to python3's zlib", pass, pass+fail)
	if fail > 0 {
		for k, v := range kinds {
			if v[1] > 0 {
				t.Logf("%s: %d pass, %d fail", k, v[0], v[1])
			}
		}
	}
}

func equalChunks(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

func firstDiff(got, want [][]byte) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d chunks, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if bytes.Equal(g, w) {
			continue
		}
		j := 0
		for j < len(g) && j < len(w) && g[j] == w[j] {
			j++
		}
		return fmt.Sprintf("chunk %d: len %d want %d, first difference at byte %d: got % x want % x", i, len(g), len(w), j,
			g[j:min(len(g), j+8)], w[j:min(len(w), j+8)])
	}
	return ""
}
