package re

import (
	"sort"
	"unsafe"

	"upy/py"
)

// subject is a string being matched: a str (UTF-8, positions in code
// points) or a bytes-like object.
type subject struct {
	obj     py.Object
	s       string
	str     *py.Str // nil for bytes
	isBytes bool
	ascii   bool // byte offsets are character indices
	n       int  // length in characters
	lastB   int  // the last byte offset converted to a character index
	lastC   int
}

func newSubject(p *Pattern, o py.Object) (*subject, error) {
	if s, ok := o.(*py.Str); ok {
		if p.re.IsBytes {
			return nil, py.Errorf(py.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		return &subject{obj: o, s: s.S, str: s, ascii: s.IsASCII(), n: s.Len()}, nil
	}
	if inst, ok := o.(*py.Instance); ok {
		if s, ok := inst.Base.(*py.Str); ok {
			if p.re.IsBytes {
				return nil, py.Errorf(py.TypeError, "cannot use a bytes pattern on a string-like object")
			}
			return &subject{obj: o, s: s.S, str: s, ascii: s.IsASCII(), n: s.Len()}, nil
		}
	}
	var s string
	switch v := o.(type) {
	case *py.Bytes:
		if len(v.B) > 0 {
			s = unsafe.String(&v.B[0], len(v.B)) // bytes never change
		}
	default:
		b, ok := py.AsBytes(o)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected string or bytes-like object, got '%s'", py.TypeName(o))
		}
		s = string(b)
	}
	if !p.re.IsBytes {
		return nil, py.Errorf(py.TypeError, "cannot use a string pattern on a bytes-like object")
	}
	return &subject{obj: o, s: s, isBytes: true, ascii: true, n: len(s)}, nil
}

// byteOff converts a character index (0 <= i <= n) to a byte offset. For
// non-ASCII strs it uses the str's own index (built once per str).
func (sj *subject) byteOff(i int) int {
	if sj.ascii {
		return i
	}
	return len(sj.str.Substr(0, i))
}

// charIdx converts a byte offset on a character boundary to a character
// index (-1 stays -1).
func (sj *subject) charIdx(b int) int {
	if sj.ascii || b < 0 {
		return b
	}
	// Matches are usually found left to right: count on from the last
	// conversion when it is close, else search the str's index.
	if b >= sj.lastB && b-sj.lastB <= 256 {
		c := sj.lastC
		for i := sj.lastB; i < b; {
			_, n := py.DecodeRune(sj.s, i)
			i += n
			c++
		}
		sj.lastB, sj.lastC = b, c
		return c
	}
	c := sort.Search(sj.n+1, func(i int) bool { return sj.byteOff(i) >= b })
	sj.lastB, sj.lastC = b, c
	return c
}

// slice returns s[b0:b1] (byte offsets) as a str or bytes.
func (sj *subject) slice(b0, b1 int) py.Object {
	if sj.isBytes {
		return py.NewBytes([]byte(sj.s[b0:b1]))
	}
	return py.NewStr(sj.s[b0:b1])
}

// bounds clamps pos/endpos as CPython does and also returns them as byte
// offsets (pos > endpos finds nothing).
func (sj *subject) bounds(pos, endpos int) (int, int, int, int) {
	pos = max(0, min(pos, sj.n))
	endpos = max(0, min(endpos, sj.n))
	return pos, endpos, sj.byteOff(pos), sj.byteOff(endpos)
}
