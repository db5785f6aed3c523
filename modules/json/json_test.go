package json

import (
	"testing"

	"upy/py"
)

func newThread() *py.Thread { return py.NewInterp().Setup(py.Config{}) }

func TestDecodeErrors(t *testing.T) {
	th := newThread()
	cases := map[string]string{
		``:          "Expecting value: line 1 column 1 (char 0)",
		`[1 2]`:     "Expecting ',' delimiter: line 1 column 4 (char 3)",
		`{"a" 1}`:   "Expecting ':' delimiter: line 1 column 6 (char 5)",
		`{1: 2}`:    "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
		`"abc`:      "Unterminated string starting at: line 1 column 1 (char 0)",
		"\"a\nb\"":  "Invalid control character at: line 1 column 3 (char 2)",
		`1 2`:       "Extra data: line 1 column 3 (char 2)",
		`"\x"`:      "Invalid \\escape: line 1 column 2 (char 1)",
		"[\n  1,\n": "Expecting value: line 3 column 1 (char 7)",
		`[1,]`:      "Expecting value: line 1 column 4 (char 3)",
	}
	for doc, want := range cases {
		_, err := loads(th, py.NewStr(doc), nil)
		e, ok := err.(*py.Exception)
		if !ok {
			t.Errorf("%q: no error (%v)", doc, err)
			continue
		}
		if got := e.Args.Items[0].(*py.Str).S; got != want {
			t.Errorf("%q: %q, want %q", doc, got, want)
		}
	}
}

func TestDecodeValues(t *testing.T) {
	th := newThread()
	v, err := loads(th, py.NewStr(`{"a": [1, 2.5, true, null, "\u00e9\ud83d\ude00"], "b": -0}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	d := v.(*py.Dict)
	a := d.GetString("a").(*py.List)
	if a.Items[0] != py.Int(1) || a.Items[1] != py.Float(2.5) || a.Items[2] != py.True || a.Items[3] != py.None {
		t.Fatalf("values %v", a.Items)
	}
	if s := a.Items[4].(*py.Str); s.S != "é😀" {
		t.Fatalf("string %q", s.S)
	}
}

func FuzzLoads(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2, {"b": null}]}`, `"\ud800"`, `[1e400, -0.0, 123456789012345678901234567890]`, `[[[[`} {
		f.Add(s)
	}
	th := newThread()
	f.Fuzz(func(t *testing.T, s string) {
		v, err := loads(th, py.NewStr(s), nil)
		if err != nil {
			if _, ok := err.(*py.Exception); !ok {
				t.Fatalf("non-Python error %T", err)
			}
			return
		}
		if v == nil {
			t.Fatal("nil result without error")
		}
	})
}
