package engine

import (
	"fmt"
	"testing"
)

// run returns the groups of the first match as a string, or "None".
func run(t *testing.T, pat, s string, flags int, search bool) string {
	t.Helper()
	return runMode(t, pat, s, flags, search, false)
}

func runMode(t *testing.T, pat, s string, flags int, search, isBytes bool) string {
	t.Helper()
	re, err := Compile(pat, isBytes, flags)
	if err != nil {
		return "error: " + err.Error()
	}
	m := re.NewMachine()
	ok, e := m.Exec(s, 0, len(s), !search, false, false)
	if e != nil {
		return "exec error: " + e.Error()
	}
	if !ok {
		return "None"
	}
	out := ""
	for g := 0; g <= re.Groups; g++ {
		if g > 0 {
			out += " "
		}
		a, b := m.Caps[2*g], m.Caps[2*g+1]
		if a < 0 || b < 0 {
			out += "-"
		} else {
			out += fmt.Sprintf("%q", s[a:b])
		}
	}
	return out
}

func TestBasics(t *testing.T) {
	tests := []struct {
		pat, s string
		flags  int
		search bool
		want   string
	}{
		{"abc", "abc", 0, false, `"abc"`},
		{"abc", "xabcx", 0, true, `"abc"`},
		{"a*", "aaab", 0, false, `"aaa"`},
		{"a*?b", "aaab", 0, false, `"aaab"`},
		{"(a|ab)(c|bcd)(d*)", "abcd", 0, false, `"abcd" "a" "bcd" ""`},
		{`(\w+)\s+\1`, "hello hello world", 0, true, `"hello hello" "hello"`},
		{`(?i)HeLLo`, "say hello", 0, true, `"hello"`},
		{`(?<=a)b`, "ab", 0, true, `"b"`},
		{`(?<!a)b`, "ab cb", 0, true, `"b"`},
		{`a(?=b)`, "ac ab", 0, true, `"a"`},
		{`a(?!b)`, "ab ac", 0, true, `"a"`},
		{`(?>a+)b`, "aaab", 0, false, `"aaab"`},
		{`(?>a+)a`, "aaaa", 0, false, `None`},
		{`a++a`, "aaaa", 0, false, `None`},
		{`(a)?(?(1)b|c)`, "ab", 0, false, `"ab" "a"`},
		{`(a)?(?(1)b|c)`, "c", 0, false, `"c" -`},
		{`(?:a|ab){2}+`, "abab", 0, false, `None`},
		{`(a?)*+b`, "aab", 0, false, `"aab" ""`},
		{`(a|)*?b`, "aab", 0, false, `"aab" "a"`},
		{`(a*)+`, "b", 0, false, `"" ""`},
		{`(?:(a)|b)*`, "ab", 0, false, `"ab" "a"`},
		{`x{2,3}`, "xxxx", 0, false, `"xxx"`},
		{`.*foo`, "xxfooyyfoozz", 0, false, `"xxfooyyfoo"`},
		{`^b`, "ab", FlagMultiline, true, `None`},
		{`^b`, "a\nb", FlagMultiline, true, `"b"`},
		{`a$`, "a\n", 0, true, `"a"`},
		{`\bfoo\b`, "a foo b", 0, true, `"foo"`},
		{`[^a-c]+`, "abcdef", 0, true, `"def"`},
		{`é+`, "aéé", 0, true, `"éé"`},
		{`(?i)É`, "é", 0, true, `"é"`},
		{`(?i)k`, "\u212a", 0, true, "\"\u212a\""},
		{`\d+`, "ab١٢3", 0, true, `"١٢3"`},
		{`(?a)\d+`, "ab١٢3", 0, true, `"3"`},
		{`(?<=é)x`, "éx", 0, true, `"x"`},
	}
	for _, tc := range tests {
		got := run(t, tc.pat, tc.s, tc.flags, tc.search)
		if got != tc.want {
			t.Errorf("%q on %q: got %s, want %s", tc.pat, tc.s, got, tc.want)
		}
	}
}

// Regressions found by the differential tests (expected values are
// CPython 3.11's).
func TestRegressions(t *testing.T) {
	tests := []struct {
		pat, s  string
		isBytes bool
		want    string
	}{
		// a bounded repeat of a negated literal in a bytes pattern
		{`[^a]{1,3}bb`, " .cK bb", true, `"cK bb"`},
		// CPython keeps group marks set in failed alternatives inside
		// possessive repeats (no repeat context restores them)
		{`(?:(b)|c){2}+`, "bc", false, `"bc" ""`},
		{`(?:(a)x|a)*+`, "axa", false, `"axa" "a"`},
		{`(?:(b)|){2}+`, "b", false, `"b" ""`},
		{`(?:((b|[^a])(?<=é))+|([^a])){2,}+`, "bk", false, `"bk" - - "k"`},
		{`(?:((b|c)x)|(.)){2}+`, "bc", false, `"bc" - "c" "c"`},
		// but not in greedy repeats
		{`(?:(b)|c){2}`, "bc", false, `"bc" "b"`},
	}
	for _, tc := range tests {
		got := runMode(t, tc.pat, tc.s, 0, true, tc.isBytes)
		if got != tc.want {
			t.Errorf("%q on %q: got %s, want %s", tc.pat, tc.s, got, tc.want)
		}
	}
	// reversed spans are CPython's SystemError
	re, _ := Compile(`(?:x(b)|xc){2}+`, false, 0)
	if _, err := re.NewMachine().Exec("xbxc", 0, 4, true, false, false); err != ErrWrongSpan {
		t.Errorf("want ErrWrongSpan, got %v", err)
	}
}
