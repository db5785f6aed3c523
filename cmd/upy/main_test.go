package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "upycli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "upy")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func runUpy(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestCommand(t *testing.T) {
	out, _, code := runUpy(t, "", "-c", "import sys; print(sys.argv, 6 * 7)", "a", "b")
	if out != "['-c', 'a', 'b'] 42\n" || code != 0 {
		t.Fatalf("got %q %d", out, code)
	}
}

func TestStdinProgram(t *testing.T) {
	// MicroPython's test runner pipes programs to `micropython -X emit=bytecode`.
	out, _, code := runUpy(t, "print('from stdin')\n", "-X", "emit=bytecode")
	if out != "from stdin\n" || code != 0 {
		t.Fatalf("got %q %d", out, code)
	}
}

func TestImplementation(t *testing.T) {
	prog := "import sys\ni = sys.implementation\nprint(i.name, type(i.version).__name__, type(i._machine).__name__, type(i._mpy).__name__, type(i._build).__name__, i._thread)"
	out, _, _ := runUpy(t, "", "-c", prog)
	if out != "micropython tuple str int str GIL\n" {
		t.Fatalf("got %q", out)
	}
}

func TestUncaughtException(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "boom.py")
	os.WriteFile(file, []byte("def f():\n    raise ValueError('bad')\nf()\n"), 0o644)
	out, errs, code := runUpy(t, "", file)
	if code != 1 || out != "" {
		t.Fatalf("code %d out %q", code, out)
	}
	want := "Traceback (most recent call last):\n  File \"" + file + "\", line 3, in <module>\n    f()\n  File \"" + file + "\", line 2, in f\n    raise ValueError('bad')\nValueError: bad\n"
	if errs != want {
		t.Fatalf("stderr:\n%s\nwant:\n%s", errs, want)
	}
}

func TestSystemExit(t *testing.T) {
	for prog, want := range map[string]int{"raise SystemExit(3)": 3, "import sys; sys.exit()": 0, "import sys; sys.exit('msg')": 1} {
		_, _, code := runUpy(t, "", "-c", prog)
		if code != want {
			t.Errorf("%s: exit %d, want %d", prog, code, want)
		}
	}
}

func TestSyntaxError(t *testing.T) {
	_, errs, code := runUpy(t, "", "-c", "x = (1,\n")
	if code != 1 || !strings.Contains(errs, "SyntaxError: '(' was never closed") {
		t.Fatalf("code %d stderr %q", code, errs)
	}
}

func TestMissingFile(t *testing.T) {
	_, errs, code := runUpy(t, "", "/nonexistent/x.py")
	if code != 2 || !strings.Contains(errs, "can't open file") {
		t.Fatalf("code %d stderr %q", code, errs)
	}
}

func TestRecursionError(t *testing.T) {
	out, _, code := runUpy(t, "", "-c", "def f(n): return f(n+1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('RecursionError', e)")
	if code != 0 || out != "RecursionError maximum recursion depth exceeded\n" {
		t.Fatalf("got %q %d", out, code)
	}
}

func TestModuleFlag(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mymod.py"), []byte("print(__name__)\n"), 0o644)
	cmd := exec.Command(bin, "-m", "mymod")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil || string(out) != "__main__\n" {
		t.Fatalf("got %q %v", out, err)
	}
}

// upy -m runs modules of the embedded library too: -m unittest runs the
// named tests (or discovers test*.py) with sys.path[0] the current
// directory, and exits with the tests' status.
func TestModuleFlagUnittest(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "test_one.py"), []byte(
		"import unittest\nclass T(unittest.TestCase):\n    def test_a(self): pass\n    def test_b(self): self.assertEqual(1, 2)\n"), 0o644)
	run := func(args ...string) (string, int) {
		cmd := exec.Command(bin, append([]string{"-m", "unittest"}, args...)...)
		cmd.Dir = dir
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return errb.String(), code
	}
	for _, c := range []struct {
		args []string
		want string
		code int
	}{
		{nil, "FAILED (failures=1)", 1},
		{[]string{"-v", "test_one"}, "test_a (test_one.T.test_a) ... ok", 1},
		{[]string{"test_one.T.test_a"}, "\nOK\n", 0},
		{[]string{"discover", "-p", "test_*.py"}, "Ran 2 tests", 1},
		{[]string{"-x"}, "error: unrecognized arguments: -x", 2},
	} {
		text, code := run(c.args...)
		if code != c.code || !strings.Contains(text, c.want) {
			t.Errorf("-m unittest %v: status %d, stderr:\n%s", c.args, code, text)
		}
	}
}
