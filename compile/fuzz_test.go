package compile

import (
	"testing"

	"upy/syntax"
)

// FuzzCompile parses and compiles arbitrary input: a code object or a
// *syntax.Error, never a panic.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{
		"def f():\n    nonlocal x\n", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n",
		"class C:\n    def m(self):\n        return super().m()\n", "[y for x in z if (y := x)]\n",
		"async def f():\n    return [await x async for x in y]\n", "for x in y:\n    try:\n        break\n    finally:\n        continue\n",
		"return 1\n", "yield x\n", "await x\n", "break\n", "def f():\n    global x\n    x = 1\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, _, err := syntax.Parse("fuzz.py", src, syntax.ModeExec)
		if err != nil {
			return
		}
		if _, err := Compile("fuzz.py", mod, nil, syntax.ModeExec, 0); err != nil {
			if _, ok := err.(*syntax.Error); !ok {
				t.Fatalf("error of type %T", err)
			}
		}
	})
}
