// Package uninames holds the Unicode character names (Unicode 14.0, the
// database of CPython 3.11, which upy follows): the name of a code point
// for the namereplace error handler, and the code point of a name or
// alias for "\N{...}" escapes. The table is compressed into the binary
// and expanded on first use, since most programs never need it.
package uninames

import (
	"bytes"
	"compress/zlib"
	_ "embed"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:generate python3 gen_names.py names.z

//go:embed names.z
var packed []byte

type derivedRange struct {
	lo, hi rune
	prefix string
}

var (
	once    sync.Once
	byRune  map[rune]string
	byName  map[string]rune
	derived []derivedRange
)

func load() {
	zr, err := zlib.NewReader(bytes.NewReader(packed))
	if err != nil {
		panic("uninames: " + err.Error())
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		panic("uninames: " + err.Error())
	}
	byRune = make(map[rune]string, 33000)
	byName = make(map[string]rune, 33300)
	last := rune(-1)
	for line := range strings.SplitSeq(string(text), "\n") {
		fields := strings.SplitN(line[1:], ";", 3)
		switch line[0] {
		case '+':
			step := int64(1)
			if fields[0] != "" {
				step, _ = strconv.ParseInt(fields[0], 16, 32)
			}
			last += rune(step)
			byRune[last] = fields[1]
			byName[fields[1]] = last
		case '@':
			r, _ := strconv.ParseInt(fields[0], 16, 32)
			byName[fields[1]] = rune(r)
		case '=':
			lo, _ := strconv.ParseInt(fields[0], 16, 32)
			hi, _ := strconv.ParseInt(fields[1], 16, 32)
			derived = append(derived, derivedRange{rune(lo), rune(hi), fields[2]})
		}
	}
}

// Hangul syllable names are composed from the jamo's short names
// (Unicode's algorithm, chapter 3.12).
const (
	hangulBase  = 0xAC00
	hangulCount = 19 * 21 * 28
)

var (
	jamoL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func hangulName(r rune) string {
	s := int(r - hangulBase)
	return "HANGUL SYLLABLE " + jamoL[s/(21*28)] + jamoV[s%(21*28)/28] + jamoT[s%28]
}

// Name returns the character name of r ("" and false for code points
// without one: controls, unassigned, surrogates, private use).
func Name(r rune) (string, bool) {
	if r >= hangulBase && r < hangulBase+hangulCount {
		return hangulName(r), true
	}
	once.Do(load)
	if n, ok := byRune[r]; ok {
		return n, true
	}
	for _, d := range derived {
		if r >= d.lo && r <= d.hi {
			return d.prefix + strings.ToUpper(strconv.FormatInt(int64(r), 16)), true
		}
	}
	return "", false
}

// Lookup returns the code point a name or alias stands for. As in
// CPython, case is ignored except in the names Unicode derives from the
// code point (Hangul syllables, "CJK UNIFIED IDEOGRAPH-4E00").
func Lookup(name string) (rune, bool) {
	once.Do(load)
	if r, ok := byName[strings.ToUpper(name)]; ok {
		return r, true
	}
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok && len(rest) <= 7 {
		for i := range hangulCount {
			r := rune(hangulBase + i)
			if hangulName(r) == name {
				return r, true
			}
		}
		return 0, false
	}
	for _, d := range derived {
		if rest, ok := strings.CutPrefix(name, d.prefix); ok && len(rest) >= 4 && len(rest) <= 5 {
			v, err := strconv.ParseUint(rest, 16, 32)
			if err == nil && strings.ToUpper(rest) == rest && rune(v) >= d.lo && rune(v) <= d.hi {
				return rune(v), true
			}
		}
	}
	return 0, false
}
