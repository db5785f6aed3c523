package engine

import (
	"errors"
	"testing"
	"time"
)

var errBudget = errors.New("budget")

// FuzzEngine compiles arbitrary patterns (as str and as bytes) and runs
// them on arbitrary subjects: bad patterns must give an *Error, never a
// panic, and matching must stop (here a step budget ends exponential
// backtracking, as Ctrl-C would).
func FuzzEngine(f *testing.F) {
	for _, s := range []string{"a*b", "(a|b)*c", "(?P<x>a)(?P=x)", "(?<=ab)c", "(?(1)a|b)", "[^a-z]+",
		"(?i)straße", "(a*)*$", "\\b\\w+\\b", "(?>a+)b", "a{2,5}?", "(?x) a # c\n b", "[\\d\\s]", "\\1",
		"(?<!a)(?=b)", "x*+y", "(?:a|ab)*+c", "(?s).*?$", "(?m)^\\Z", "(?a)\\W"} {
		f.Add(s, "aab abc straSSe 123\nxy", uint16(0))
	}
	f.Fuzz(func(t *testing.T, pat, subj string, flags uint16) {
		old := MaxStack
		MaxStack = 1 << 18
		defer func() { MaxStack = old }()
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > 3*time.Second {
				t.Fatalf("slow: %v for %q on %q flags %d", d, pat, subj, flags)
			}
		}()
		for _, isBytes := range []bool{false, true} {
			fl := int(flags) & 0x1ff &^ FlagDebug
			re, err := Compile(pat, isBytes, fl)
			if err != nil {
				if err.Msg == "" {
					t.Fatalf("empty error message for %q", pat)
				}
				continue
			}
			if _, err := ParseTemplate(subj, isBytes, re.Groups, re.Names); err != nil && err.Msg == "" {
				t.Fatalf("empty template error for %q", subj)
			}
			m := re.NewMachine()
			calls := 0
			m.Interrupt = func() error {
				calls++
				if calls > 20 {
					return errBudget
				}
				return nil
			}
			s := subj
			if !isBytes {
				s = string([]rune(subj)) // valid UTF-8
			}
			for mode := 0; mode < 3; mode++ {
				pos := 0
				for pos <= len(s) {
					ok, err := m.Exec(s, pos, len(s), mode == 1, mode == 2, false)
					if err != nil || !ok {
						break
					}
					a, b := m.Caps[0], m.Caps[1]
					if a < pos || b < a || b > len(s) {
						t.Fatalf("bad span %d,%d for %q on %q", a, b, pat, s)
					}
					for g := 0; g < len(m.Caps); g += 2 {
						if x, y := m.Caps[g], m.Caps[g+1]; (x >= 0) != (y >= 0) && y >= 0 || x > len(s) || y > len(s) {
							t.Fatalf("bad group span %d,%d for %q on %q", x, y, pat, s)
						}
					}
					if mode != 0 || b == len(s) {
						break
					}
					if b == a {
						b++
						for !isBytes && b < len(s) && s[b]&0xC0 == 0x80 {
							b++
						}
					}
					pos = b
				}
			}
		}
	})
}
