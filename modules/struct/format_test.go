package structmod

import (
	"testing"

	"upy/py"
)

// FuzzParse checks that any format either fails with struct.error or
// compiles to a layout whose items fit inside its size, and that packing
// zero-ish values and unpacking the result never panics.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "i", "<2h3x?", "@bq0d", "5p", "99999999999999999999i", "3", " <i", "NnP", ">e10s", "0p0s", "9223372036854775807x"} {
		f.Add(s)
	}
	th := py.NewInterp().Setup(py.Config{})
	f.Fuzz(func(t *testing.T, s string) {
		l, err := parse(s)
		if err != nil {
			if e := py.AsException(err); e == nil || e.Cls != Error {
				t.Fatalf("parse(%q): unexpected error %v", s, err)
			}
			return
		}
		nargs := 0
		for _, cd := range l.codes {
			end := cd.offset + cd.size*cd.count
			if cd.c == 's' || cd.c == 'p' {
				end = cd.offset + cd.count
				nargs++
			} else if cd.c != 'x' {
				nargs += cd.count
			}
			if cd.offset < 0 || end > l.size || end < cd.offset {
				t.Fatalf("parse(%q): item %c at %d..%d outside size %d", s, cd.c, cd.offset, end, l.size)
			}
		}
		if nargs != l.nargs {
			t.Fatalf("parse(%q): nargs %d, counted %d", s, l.nargs, nargs)
		}
		if l.size > 1<<16 || l.nargs > 1<<12 {
			return
		}
		args := make([]py.Object, l.nargs)
		i := 0
		for _, cd := range l.codes {
			n := cd.count
			if cd.c == 's' || cd.c == 'p' {
				n = 1
			}
			for k := 0; k < n && cd.c != 'x'; k++ {
				switch cd.c {
				case 's', 'p', 'c':
					args[i] = py.NewBytes([]byte{'a'})
				case 'e', 'f', 'd':
					args[i] = py.Float(1.5)
				default:
					args[i] = py.Int(1)
				}
				i++
			}
		}
		out := make([]byte, l.size)
		if err := l.pack(nil, out, args); err != nil {
			t.Fatalf("pack(%q): %v", s, err)
		}
		if r := l.unpack(th, out).(*py.Tuple); len(r.Items) != l.nargs {
			t.Fatalf("unpack(%q): %d items, want %d", s, len(r.Items), l.nargs)
		}
	})
}
