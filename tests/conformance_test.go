// Package tests runs the Python conformance programs under this
// directory: each NAME.py is run by upy (as MicroPython's test runner
// does: `upy -X emit=bytecode NAME.py`) and by python3, and their
// standard output and exit status must be identical. Where upy follows
// MicroPython on purpose, a hand-written NAME.py.exp holds the expected
// output instead of python3's.
//
// Files whose name starts with "_" are helper modules, not tests.
// Environment: UPY_TEST_FILTER=substring limits the run to matching paths.
// The programs get UPY_TEST_CERTS, a directory with the certificates and
// keys of testcerts.WriteSet (for the TLS tests).
package tests

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"upy/internal/testcerts"

	// The binary under test is built with `go build`, which go test's
	// result cache cannot see. Linking the runtime into this test binary
	// makes a change to it invalidate cached results.
	"upy/internal/pyexe"
	_ "upy/modules/all"
)

var upyBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "upytest")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	upyBin = filepath.Join(dir, "upy")
	build := exec.Command("go", "build", "-o", upyBin, "../cmd/upy")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building upy:", err)
		os.Exit(1)
	}
	// The TLS tests find their certificates here (upy and python3 alike).
	certs := filepath.Join(dir, "certs")
	if err := testcerts.WriteSet(certs); err != nil {
		fmt.Fprintln(os.Stderr, "writing test certificates:", err)
		os.Exit(1)
	}
	os.Setenv("UPY_TEST_CERTS", certs)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// programs lists the test programs.
func programs(t *testing.T) []string {
	var files []string
	filter := os.Getenv("UPY_TEST_FILTER")
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), "_") || d.Name() == "testdata") && p != "." {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") && !strings.HasPrefix(d.Name(), "_") {
			if filter == "" || strings.Contains(p, filter) {
				files = append(files, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

type result struct {
	stdout []byte
	stderr []byte
	status int
}

func runProgram(bin string, args []string, dir string, timeout time.Duration) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Stdin = strings.NewReader("")
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	err := cmd.Run()
	if ctx.Err() != nil {
		return result{}, fmt.Errorf("timed out after %v", timeout)
	}
	status := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		status = ee.ExitCode()
	} else if err != nil {
		return result{}, err
	}
	return result{stdout: out.Bytes(), stderr: errb.Bytes(), status: status}, nil
}

// lastLine returns the last non-empty line of b (the exception line of a traceback).
func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return lines[len(lines)-1]
}

func TestConformance(t *testing.T) {
	python, pyErr := exec.LookPath("python3")
	if pyErr == nil {
		python = pyexe.Resolve(python) // not a launcher script per program
	}
	for _, file := range programs(t) {
		file := file
		t.Run(strings.TrimSuffix(file, ".py"), func(t *testing.T) {
			t.Parallel()
			dir, base := filepath.Split(file)
			if dir == "" {
				dir = "."
			}
			got, err := runProgram(upyBin, []string{"-X", "emit=bytecode", base}, dir, 60*time.Second)
			if err != nil {
				t.Fatalf("upy: %v", err)
			}
			var want result
			if exp, err := os.ReadFile(file + ".exp"); err == nil {
				want = result{stdout: exp}
				// An .exp ending in "# exit N" states a non-zero status.
				if i := bytes.LastIndex(exp, []byte("# exit ")); i >= 0 && bytes.Count(exp[i:], []byte("\n")) <= 1 {
					fmt.Sscanf(string(exp[i:]), "# exit %d", &want.status)
					want.stdout = exp[:i]
				}
			} else {
				if pyErr != nil {
					t.Skip("python3 not found and no .exp file")
				}
				want, err = runProgram(python, []string{base}, dir, 60*time.Second)
				if err != nil {
					t.Fatalf("python3: %v", err)
				}
			}
			if !bytes.Equal(got.stdout, want.stdout) {
				t.Errorf("stdout differs\n%s\n--- upy stderr:\n%s", diff(want.stdout, got.stdout), got.stderr)
			}
			if got.status != want.status {
				t.Errorf("exit status %d, want %d\nupy stderr:\n%s", got.status, want.status, got.stderr)
			} else if want.status != 0 && want.stderr != nil && lastLine(got.stderr) != lastLine(want.stderr) {
				t.Errorf("final error line %q, want %q", lastLine(got.stderr), lastLine(want.stderr))
			}
		})
	}
}

// diff shows the first differing line with some context.
func diff(want, got []byte) string {
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			var b strings.Builder
			from := i - 3
			if from < 0 {
				from = 0
			}
			for j := from; j < i; j++ {
				fmt.Fprintf(&b, "   %s\n", wl[j])
			}
			fmt.Fprintf(&b, "line %d:\n - want: %q\n + got:  %q", i+1, w, g)
			return b.String()
		}
	}
	return "(identical)"
}
