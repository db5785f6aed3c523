package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that any input gives a tree or an *Error, never a
// panic or a hang.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"x = 1\n", "def f(a, b=2, *c, d, **e):\n    return a\n", "class A(B, metaclass=M):\n    pass\n",
		"f'{x!r:>{w}}'\n", "async def f():\n    async with a as b:\n        await c\n",
		"try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass\n", "lambda *a, **k: (yield)\n",
		"[x for x in y if z]\n{a: b for a, b in c}\n", "x = (1,\n", "\"\"\"unterminated", "if x:\npass\n",
		"a[1:2, ::3]\n", "with (a as b, c as d):\n    pass\n", "@d\ndef f(): pass\n", "x: int = 5\n",
		"0x_1\n", "1__0\n", "'\\N{EURO SIGN}'\n", "b'\\xff'\n", "((((((((((x))))))))))\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	if files, _ := filepath.Glob("../tests/*/*.py"); len(files) > 0 {
		for _, p := range files[:min(len(files), 20)] {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{ModeExec, ModeEval, ModeSingle} {
			_, _, err := Parse("fuzz.py", src, mode)
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("error of type %T", err)
				}
			}
		}
	})
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ src, msg string }{
		{"x = (1,\n", "'(' was never closed"},
		{"x = )\n", "unmatched ')'"},
		{"if x:\npass\n", "expected an indented block after 'if' statement on line 1"},
		{"'abc\n", "unterminated string literal (detected at line 1)"},
		{"f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?"},
		{"def f(a=1, b): pass\n", "non-default argument follows default argument"},
		{"012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	}
	for _, c := range cases {
		_, _, err := Parse("t.py", []byte(c.src), ModeExec)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: no syntax error", c.src)
			continue
		}
		if e.Msg != c.msg {
			t.Errorf("%q: %q, want %q", c.src, e.Msg, c.msg)
		}
	}
}
