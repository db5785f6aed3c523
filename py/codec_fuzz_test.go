package py

import "testing"

// FuzzCodecs: decoding any bytes and encoding the result, with every
// codec and error handler, gives a value or a Python exception, never a
// panic.
func FuzzCodecs(f *testing.F) {
	for _, s := range []string{"héllo", "\xff\xfe", "\xed\xa0\x80", "\x80abc", "plain"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, enc := range []string{"utf-8", "ascii", "latin-1", "utf-16", "utf-16-be", "utf-32", "utf-32-le"} {
			for _, errs := range []string{"strict", "replace", "ignore", "surrogateescape", "backslashreplace", "surrogatepass"} {
				s, err := Decode(b, enc, errs)
				if err != nil {
					if _, ok := err.(*Exception); !ok {
						t.Fatalf("Decode(%q, %s, %s) returned a Go error %v", b, enc, errs, err)
					}
					continue
				}
				if str, ok := s.(*Str); ok {
					_, _ = Encode(str, enc, errs)
				}
			}
		}
	})
}
