// Command runner times upy and python3 side by side on the programs in
// bench/programs and prints a Markdown table: the best of N wall-clock
// times, the ratio upy/python3 (below 1 means upy is faster), peak RSS,
// and the geometric mean of the ratios. Outputs of the two interpreters
// must match, or the row is marked as wrong. Lines a program prints
// starting with "# " are its own measurements (rates, latencies): they are
// left out of the comparison and listed under the table.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"time"
	"upy/internal/pyexe"
)

type measure struct {
	best   time.Duration
	rssKB  int64
	output []byte
	notes  []string // the "# " lines of the fastest run
	err    error
}

// splitNotes separates a program's "# " lines from the output compared.
func splitNotes(out []byte) ([]byte, []string) {
	var kept bytes.Buffer
	var notes []string
	for _, line := range bytes.SplitAfter(out, []byte("\n")) {
		if bytes.HasPrefix(line, []byte("# ")) {
			notes = append(notes, strings.TrimSpace(string(line[2:])))
			continue
		}
		kept.Write(line)
	}
	return kept.Bytes(), notes
}

func runOnce(bin string, args []string) (time.Duration, int64, []byte, error) {
	cmd := exec.Command(bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		return 0, 0, nil, fmt.Errorf("%s %v: %v\n%s", bin, args, err, errb.String())
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss
	}
	return d, rss, out.Bytes(), nil
}

func measureN(bin string, args []string, n int) measure {
	m := measure{best: time.Duration(math.MaxInt64)}
	for i := 0; i < n; i++ {
		d, rss, out, err := runOnce(bin, args)
		if err != nil {
			m.err = err
			return m
		}
		if d < m.best {
			m.best = d
		}
		if rss > m.rssKB {
			m.rssKB = rss
		}
		m.output, m.notes = splitNotes(out)
	}
	return m
}

func main() {
	upy := flag.String("upy", "", "upy binary (built from ./cmd/upy when empty)")
	python := flag.String("python", "python3", "python3 binary")
	reps := flag.Int("n", 3, "runs per program (the best time counts)")
	dir := flag.String("dir", "bench/programs", "directory of benchmark programs")
	filter := flag.String("run", "", "only programs whose name contains this")
	flag.Parse()
	*python = pyexe.Resolve(*python)
	fmt.Printf("python3: %s\n", *python)

	if *upy == "" {
		tmp, err := os.MkdirTemp("", "upybench")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer os.RemoveAll(tmp)
		*upy = filepath.Join(tmp, "upy")
		build := exec.Command("go", "build", "-o", *upy, "./cmd/upy")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "build failed:", err)
			os.Exit(1)
		}
	}
	files, _ := filepath.Glob(filepath.Join(*dir, "*.py"))
	sort.Strings(files)
	fmt.Printf("| program | python3 (s) | upy (s) | upy/python3 | python3 RSS (MB) | upy RSS (MB) |\n")
	fmt.Printf("|---|---:|---:|---:|---:|---:|\n")
	logSum, count := 0.0, 0
	worst := 0.0
	var notes []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		if *filter != "" && !strings.Contains(name, *filter) {
			continue
		}
		// Alternate the interpreters so that machine noise hits both alike.
		var p, u measure
		p.best, u.best = time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
		for i := 0; i < *reps; i++ {
			pm := measureN(*python, []string{f}, 1)
			um := measureN(*upy, []string{"-X", "emit=bytecode", f}, 1)
			merge(&p, pm)
			merge(&u, um)
		}
		if p.err != nil || u.err != nil {
			fmt.Printf("| %s | error | error | | | |\n", name)
			if p.err != nil {
				fmt.Fprintln(os.Stderr, p.err)
			}
			if u.err != nil {
				fmt.Fprintln(os.Stderr, u.err)
			}
			continue
		}
		ratio := u.best.Seconds() / p.best.Seconds()
		mark := ""
		if !bytes.Equal(p.output, u.output) {
			mark = " (WRONG OUTPUT)"
		}
		fmt.Printf("| %s%s | %.3f | %.3f | %.2f | %.1f | %.1f |\n", name, mark, p.best.Seconds(), u.best.Seconds(), ratio,
			float64(p.rssKB)/1024, float64(u.rssKB)/1024)
		if len(p.notes)+len(u.notes) > 0 {
			notes = append(notes, fmt.Sprintf("- %s: python3: %s; upy: %s", name, strings.Join(p.notes, ", "), strings.Join(u.notes, ", ")))
		}
		logSum += math.Log(ratio)
		count++
		worst = math.Max(worst, ratio)
	}
	if count > 0 {
		fmt.Printf("\ngeometric mean upy/python3: %.2f (worst %.2f, %d programs, best of %d runs)\n", math.Exp(logSum/float64(count)), worst, count, *reps)
	}
	if len(notes) > 0 {
		fmt.Printf("\nmeasured by the programs (fastest run):\n%s\n", strings.Join(notes, "\n"))
	}
	// Start-up time.
	ps := measureN(*python, []string{"-c", "pass"}, 10)
	us := measureN(*upy, []string{"-c", "pass"}, 10)
	if ps.err == nil && us.err == nil {
		fmt.Printf("start-up (-c pass): python3 %.1f ms, upy %.1f ms\n", ps.best.Seconds()*1000, us.best.Seconds()*1000)
	}
}

func merge(dst *measure, m measure) {
	if m.err != nil {
		dst.err = m.err
		return
	}
	if dst.best == 0 || m.best < dst.best {
		dst.best = m.best
		dst.notes = m.notes
	}
	if m.rssKB > dst.rssKB {
		dst.rssKB = m.rssKB
	}
	dst.output = m.output
}
