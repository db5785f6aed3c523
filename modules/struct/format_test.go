package structmod

import "testing"

func TestParse(t *testing.T) {
	for _, c := range []struct {
		f    string
		size int
		msg  string
	}{
		{"@ci", 8, ""}, {"@ic", 5, ""}, {"=ci", 5, ""}, {"@iq", 16, ""}, {"2s3p", 5, ""},
		{"3x", 3, ""}, {"z", 0, "bad char in struct format"}, {"i0", 0, "repeat count given without format specifier"},
		{"<n", 0, "bad char in struct format"}, {"99999999999999i", 0, "total struct size too long"},
	} {
		l, msg := parse(c.f)
		if msg != c.msg || (msg == "" && l.size != c.size) {
			t.Errorf("parse(%q) = %v %q, want size %d %q", c.f, l, msg, c.size, c.msg)
		}
	}
}

// FuzzParse: any format gives a layout or an error, never a panic, and a
// layout can pack zeros and unpack its own size.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"@ci", "<5s3p?", ">qQd", "!hH", "10x", "e", "0s", "P", "nN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, msg := parse(s)
		if msg != "" {
			return
		}
		if l.size > 1<<20 {
			return
		}
		buf := make([]byte, l.size)
		_ = l.unpack(buf)
	})
}
