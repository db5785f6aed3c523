package uninames

import "testing"

func TestNames(t *testing.T) {
	for _, c := range []struct {
		r    rune
		name string
	}{{' ', "SPACE"}, {0xe9, "LATIN SMALL LETTER E WITH ACUTE"}, {0x20ac, "EURO SIGN"}, {0x1f600, "GRINNING FACE"},
		{0x4e00, "CJK UNIFIED IDEOGRAPH-4E00"}, {0xac00, "HANGUL SYLLABLE GA"}, {0xd7a3, "HANGUL SYLLABLE HIH"},
		{0xf900, "CJK COMPATIBILITY IDEOGRAPH-F900"}, {0x10ffff, ""}, {0x0a, ""}, {0xd800, ""}} {
		got, ok := Name(c.r)
		if got != c.name || ok != (c.name != "") {
			t.Errorf("Name(%#x) = %q, %v; want %q", c.r, got, ok, c.name)
		}
		if c.name != "" {
			if r, ok := Lookup(c.name); !ok || r != c.r {
				t.Errorf("Lookup(%q) = %#x, %v", c.name, r, ok)
			}
		}
	}
	for name, want := range map[string]rune{"line feed": 10, "NUL": 0, "BOM": 0xfeff, "HANGUL SYLLABLE GAG": 0xac01, "CJK UNIFIED IDEOGRAPH-04E00": 0x4e00} {
		if r, ok := Lookup(name); !ok || r != want {
			t.Errorf("Lookup(%q) = %#x, %v; want %#x", name, r, ok, want)
		}
	}
	for _, name := range []string{"", "NO SUCH THING", "CJK UNIFIED IDEOGRAPH-0041", "HANGUL SYLLABLE XYZ", "hangul syllable ga", "CJK UNIFIED IDEOGRAPH-4e00"} {
		if r, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %#x", name, r)
		}
	}
}
