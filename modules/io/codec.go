package io

import (
	"strings"
	"unicode/utf8"

	"upy/py"
)

// The text codecs of TextIOWrapper: utf-8, ascii and latin-1.

// normEncoding maps an encoding name to its canonical form, or "" for
// encodings this runtime does not have.
func normEncoding(e string) string {
	switch strings.ToLower(strings.ReplaceAll(e, "_", "-")) {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646", "us":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin", "l1", "iso-ir-100":
		return "latin-1"
	}
	return ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

const (
	decOK = iota
	decIncomplete
	decInvalid
)

// decodeOne decodes the character at the start of b.
func decodeOne(enc string, b []byte) (rune, int, int) {
	c := b[0]
	if c < 0x80 {
		return rune(c), 1, decOK
	}
	switch enc {
	case "latin-1":
		return rune(c), 1, decOK
	case "ascii":
		return 0, 1, decInvalid
	}
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError && n <= 1 {
		if !utf8.FullRune(b) && validPrefix(b) {
			return 0, 0, decIncomplete
		}
		return 0, 1, decInvalid
	}
	return r, n, decOK
}

// validPrefix reports whether b (shorter than a full sequence) could
// start a valid UTF-8 character.
func validPrefix(b []byte) bool {
	c := b[0]
	var need int
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
	case c >= 0xF0 && c <= 0xF4:
		need = 4
	default:
		return false
	}
	if len(b) >= need {
		return false
	}
	for i := 1; i < len(b); i++ {
		if b[i]&0xC0 != 0x80 {
			return false
		}
	}
	if len(b) >= 2 {
		switch c {
		case 0xE0:
			return b[1] >= 0xA0
		case 0xED:
			return b[1] < 0xA0
		case 0xF0:
			return b[1] >= 0x90
		case 0xF4:
			return b[1] < 0x90
		}
	}
	return true
}

// decodeError handles the undecodable byte b[pos] per the errors
// handler: it appends the replacement to out or returns the
// UnicodeDecodeError (whose object is b, as the chunk CPython decodes).
func decodeError(enc, errors string, out []byte, b []byte, pos int) ([]byte, error) {
	c := b[pos]
	switch errors {
	case "ignore":
		return out, nil
	case "replace":
		return py.AppendRune(out, 0xFFFD), nil
	case "surrogateescape":
		return py.AppendRune(out, 0xDC00+rune(c)), nil
	case "backslashreplace":
		return append(out, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15]), nil
	}
	var reason string
	if enc == "ascii" {
		reason = "ordinal not in range(128)"
	} else {
		reason = "invalid start byte"
		if c >= 0xC2 && c <= 0xF4 {
			if len(b)-pos < 2 {
				reason = "unexpected end of data"
			} else {
				reason = "invalid continuation byte"
			}
		}
	}
	e := py.Errorf(py.UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, c, pos, reason)
	e.SetAttr("encoding", py.NewStr(enc))
	e.SetAttr("object", py.NewBytes(append([]byte{}, b...)))
	e.SetAttr("start", py.Int(pos))
	e.SetAttr("end", py.Int(pos+1))
	e.SetAttr("reason", py.NewStr(reason))
	return nil, e
}

// decodeAll decodes b completely (the final piece of a stream).
func decodeAll(enc, errors string, b []byte) (string, error) {
	switch enc {
	case "utf-8":
		if utf8.Valid(b) {
			return string(b), nil
		}
	case "ascii":
		if isASCII(string(b)) {
			return string(b), nil
		}
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, n, st := decodeOne(enc, b[i:])
		if st != decOK {
			var err error
			if out, err = decodeError(enc, errors, out, b, i); err != nil {
				return "", err
			}
			i++
			continue
		}
		out = py.AppendRune(out, r)
		i += n
	}
	return string(out), nil
}

// encodeText encodes s for writing.
func encodeText(s *py.Str, enc, errors string) ([]byte, error) {
	if enc == "utf-8" && utf8.ValidString(s.S) || enc == "ascii" && isASCII(s.S) {
		return []byte(s.S), nil
	}
	r, err := py.Encode(s, enc, errors)
	if err != nil {
		return nil, err
	}
	b, _ := py.AsBytes(r)
	return b, nil
}
