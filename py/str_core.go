package py

import (
	"sync"
	"unicode/utf8"
)

// Str is Python's str: a sequence of Unicode code points stored as UTF-8
// (lone surrogates are stored in their generalized 3-byte UTF-8 form).
type Str struct {
	S        string
	hash     int64
	hashed   bool
	interned bool
	id       uint32 // interned strings: a small unique number (type caches index by it)
	// Lazily computed: number of code points (-1 unknown) and, for non-ASCII
	// strings, the byte offset of every code point for O(1) indexing.
	nchars  int
	offsets *[]int32 // a pointer keeps Str in the 48-byte size class
}

func (*Str) Type() *Type { return StrType }

// NewStr makes a str from a Go string.
func NewStr(s string) *Str { return &Str{S: s, nchars: -1} }

var emptyStr = &Str{S: "", nchars: 0, interned: true}

var (
	internMu  sync.Mutex
	internTab = map[string]*Str{"": emptyStr}
	internSeq uint32
)

// Intern returns the unique *Str for s. Attribute and variable names are
// interned so that lookups compare pointers.
func Intern(s string) *Str {
	internMu.Lock()
	v, ok := internTab[s]
	if !ok {
		internSeq++
		v = &Str{S: s, nchars: -1, interned: true, id: internSeq}
		internTab[s] = v
	}
	internMu.Unlock()
	return v
}

// Hash returns the str's hash (computed once).
func (s *Str) Hash() int64 {
	if !s.hashed {
		s.hash = strHashOf(s.S)
		s.hashed = true
	}
	return s.hash
}

// fnvHash is FNV-1a; CPython randomizes str hashes, so programs cannot
// depend on the values.
func fnvHash(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h >> 1)
	if r == -1 {
		r = -2
	}
	return r
}

// isASCII reports whether s holds only ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Len returns the number of code points.
func (s *Str) Len() int {
	if s.nchars < 0 {
		if isASCII(s.S) {
			s.nchars = len(s.S)
		} else {
			s.nchars = countRunes(s.S)
		}
	}
	return s.nchars
}

// IsASCII reports whether every code point is below 128.
func (s *Str) IsASCII() bool { return s.Len() == len(s.S) }

// DecodeRune decodes one code point of a str's storage, accepting the
// generalized UTF-8 form of surrogates. Invalid bytes decode as U+FFFD
// with size 1 (they cannot occur in strings built by upy).
func DecodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// AppendRune appends code point r to b, encoding surrogates in
// generalized UTF-8 (which utf8.AppendRune would replace).
func AppendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, sz := DecodeRune(s, i)
		i += sz
		n++
	}
	return n
}

// byteOffset returns the byte offset of code point i (0 <= i <= Len()).
func (s *Str) byteOffset(i int) int {
	if s.IsASCII() {
		return i
	}
	if s.offsets == nil {
		offs := make([]int32, 0, s.Len()+1)
		for j := 0; j < len(s.S); {
			offs = append(offs, int32(j))
			_, sz := DecodeRune(s.S, j)
			j += sz
		}
		offs = append(offs, int32(len(s.S)))
		s.offsets = &offs
	}
	return int((*s.offsets)[i])
}

// Substr returns code points [i, j) as a Go string.
func (s *Str) Substr(i, j int) string {
	return s.S[s.byteOffset(i):s.byteOffset(j)]
}

// At returns code point i.
func (s *Str) At(i int) rune {
	r, _ := DecodeRune(s.S, s.byteOffset(i))
	return r
}

// Runes decodes the str into code points.
func (s *Str) Runes() []rune {
	rs := make([]rune, 0, s.Len())
	for i := 0; i < len(s.S); {
		r, sz := DecodeRune(s.S, i)
		rs = append(rs, r)
		i += sz
	}
	return rs
}

// RunesToStr builds a str from code points.
func RunesToStr(rs []rune) *Str {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = AppendRune(b, r)
	}
	return &Str{S: string(b), nchars: len(rs)}
}

var asciiChars [128]*Str

func init() {
	for i := range asciiChars {
		asciiChars[i] = Intern(string(rune(i)))
	}
}

// CharStr returns the one-character str for code point r.
func CharStr(r rune) *Str {
	if r >= 0 && r < 128 {
		return asciiChars[r]
	}
	return &Str{S: string(AppendRune(nil, r)), nchars: 1}
}
