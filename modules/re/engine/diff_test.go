package engine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDifferential compares random patterns with python3's re. It runs
// only with UPY_RE_DIFF=N (N random cases) since it needs python3.
func TestDifferential(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("UPY_RE_DIFF"))
	if n == 0 {
		t.Skip("set UPY_RE_DIFF=N to run")
	}
	cmd := exec.Command("python3", "testdata/oracle.py")
	in, _ := cmd.StdinPipe()
	outp, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Skip(err)
	}
	defer cmd.Process.Kill()
	rd := bufio.NewReader(outp)
	seed := int64(1)
	if s := os.Getenv("UPY_RE_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	rng := rand.New(rand.NewSource(seed))
	fails := 0
	for i := 0; i < n && fails < 20; i++ {
		g := &gen{r: rng}
		pat := g.pattern(1 + rng.Intn(3))
		flags := 0
		if rng.Intn(4) == 0 {
			flags |= FlagIgnoreCase
		}
		if rng.Intn(4) == 0 {
			flags |= FlagMultiline
		}
		if rng.Intn(6) == 0 {
			flags |= FlagDotAll
		}
		s := g.subject()
		mode := []string{"match", "search", "fullmatch", "findall"}[rng.Intn(4)]
		isBytes := rng.Intn(4) == 0
		req, _ := json.Marshal(map[string]any{"p": pat, "f": flags, "s": s, "m": mode, "b": isBytes})
		in.Write(append(req, '\n'))
		line, err := rd.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		var want string
		json.Unmarshal([]byte(line), &want)
		got := engineResult(pat, flags, s, mode, isBytes)
		if got != want {
			fails++
			t.Errorf("%s %q flags=%d on %q:\n got  %s\n want %s", mode, pat, flags, s, got, want)
		}
	}
}

func latin1(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

func engineResult(pat string, flags int, s, mode string, isBytes bool) string {
	if isBytes {
		pat, s = latin1(pat), latin1(s)
	}
	re, err := Compile(pat, isBytes, flags)
	if err != nil {
		if err.Kind == KindError {
			return "error: " + err.Error()
		}
		return []string{"", "OverflowError", "ValueError", "IndexError"}[err.Kind] + ": " + err.Msg
	}
	ci := func(b int) int {
		if b < 0 {
			return -1
		}
		if isBytes {
			return b
		}
		return utf8.RuneCountInString(s[:b])
	}
	m := re.NewMachine()
	res := func() string {
		var b strings.Builder
		b.WriteString("(")
		for g := 0; g <= re.Groups; g++ {
			fmt.Fprintf(&b, "(%d, %d), ", ci(m.Caps[2*g]), ci(m.Caps[2*g+1]))
		}
		if m.LastIndex < 0 {
			b.WriteString("None)")
		} else {
			fmt.Fprintf(&b, "%d)", m.LastIndex)
		}
		return b.String()
	}
	if mode == "findall" {
		var items []string
		pos, must := 0, false
		for pos <= len(s) {
			ok, err := m.Exec(s, pos, len(s), false, false, must)
			if err != nil {
				return err.Error()
			}
			if !ok {
				break
			}
			items = append(items, res())
			must = m.Caps[1] == m.Caps[0]
			pos = m.Caps[1]
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	ok, xerr := m.Exec(s, 0, len(s), mode != "search", mode == "fullmatch", false)
	if xerr != nil {
		return xerr.Error()
	}
	if !ok {
		return "None"
	}
	return res()
}

type gen struct {
	r      *rand.Rand
	groups int
}

func (g *gen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

func (g *gen) atom(depth int) string {
	switch k := g.r.Intn(20); {
	case k < 6:
		return g.pick("a", "b", "c", "a", "b", "é", "K", "ab", "\\n", " ")
	case k < 9:
		return g.pick("[ab]", "[^a]", "[a-c]", ".", "\\w", "\\d", "\\s", "\\W", "[\\w-]", "[^\\s]", "[é-ë]", "[k]")
	case k < 10:
		return g.pick("^", "$", "\\b", "\\B", "\\A", "\\Z")
	case k < 12 && g.groups > 0:
		n := g.r.Intn(g.groups) + 1
		if g.r.Intn(3) == 0 {
			return fmt.Sprintf("(?(%d)%s|%s)", n, g.seq(depth-1), g.seq(depth-1))
		}
		return fmt.Sprintf("\\%d", n)
	case depth <= 0:
		return "a"
	default:
		switch g.r.Intn(8) {
		case 0, 1, 2:
			g.groups++
			return "(" + g.alt(depth-1) + ")"
		case 3:
			return "(?:" + g.alt(depth-1) + ")"
		case 4:
			return g.pick("(?=", "(?!") + g.alt(depth-1) + ")"
		case 5:
			return g.pick("(?<=", "(?<!") + g.pick("a", "b", "ab", "[ab]", "\\w", "é") + ")"
		case 6:
			return "(?>" + g.alt(depth-1) + ")"
		default:
			return "(?i:" + g.alt(depth-1) + ")"
		}
	}
}

func (g *gen) quant() string {
	if g.r.Intn(3) != 0 {
		return ""
	}
	q := g.pick("*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}")
	switch g.r.Intn(4) {
	case 0:
		q += "?"
	case 1:
		q += "+"
	}
	return q
}

func (g *gen) seq(depth int) string {
	var b strings.Builder
	n := g.r.Intn(4) + 1
	for i := 0; i < n; i++ {
		a := g.atom(depth)
		b.WriteString(a)
		if a != "^" && a != "$" && !strings.HasPrefix(a, "\\") || len(a) == 2 && strings.Contains("wdsW", a[1:]) {
			b.WriteString(g.quant())
		}
	}
	return b.String()
}

func (g *gen) alt(depth int) string {
	s := g.seq(depth)
	for g.r.Intn(3) == 0 {
		s += "|" + g.seq(depth)
	}
	return s
}

func (g *gen) pattern(depth int) string { return g.alt(depth) }

func (g *gen) subject() string {
	var b strings.Builder
	n := g.r.Intn(12)
	for i := 0; i < n; i++ {
		b.WriteString(g.pick("a", "b", "c", "a", "b", " ", "\n", "1", "é", "k", "K", "É", "-"))
	}
	return b.String()
}
