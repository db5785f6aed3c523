package py

import "strings"

// The UTF-16 and UTF-32 codecs (utf-16, utf-16-le, utf-16-be, utf-32,
// utf-32-le, utf-32-be), with CPython's byte-order marks, error reasons
// and error ranges.

// wideCodec describes one of the UTF-16/UTF-32 codecs.
type wideCodec struct {
	name  string // the name errors report ("utf-16-le"; "utf-16" on encode)
	width int    // 2 or 4 bytes per code unit
	big   bool   // big-endian
	bom   bool   // utf-16/utf-32: BOM written on encode, honoured on decode
}

// wideCodecFor returns the codec for a normalized encoding name.
func wideCodecFor(enc string) (wideCodec, bool) {
	switch enc {
	case "utf-16":
		return wideCodec{"utf-16", 2, false, true}, true
	case "utf-16-le":
		return wideCodec{"utf-16-le", 2, false, false}, true
	case "utf-16-be":
		return wideCodec{"utf-16-be", 2, true, false}, true
	case "utf-32":
		return wideCodec{"utf-32", 4, false, true}, true
	case "utf-32-le":
		return wideCodec{"utf-32-le", 4, false, false}, true
	case "utf-32-be":
		return wideCodec{"utf-32-be", 4, true, false}, true
	}
	return wideCodec{}, false
}

// unit appends one code unit in the codec's byte order.
func (c wideCodec) unit(out []byte, u uint32) []byte {
	if c.width == 2 {
		if c.big {
			return append(out, byte(u>>8), byte(u))
		}
		return append(out, byte(u), byte(u>>8))
	}
	if c.big {
		return append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
}

// char appends code point r (a surrogate pair for UTF-16 above the BMP).
func (c wideCodec) char(out []byte, r rune) []byte {
	if c.width == 2 && r >= 0x10000 {
		r -= 0x10000
		out = c.unit(out, uint32(0xD800+(r>>10)))
		return c.unit(out, uint32(0xDC00+(r&0x3FF)))
	}
	return c.unit(out, uint32(r))
}

// read returns the code unit at b[i:].
func (c wideCodec) read(b []byte, i int) uint32 {
	var u uint32
	for k := 0; k < c.width; k++ {
		if c.big {
			u = u<<8 | uint32(b[i+k])
		} else {
			u |= uint32(b[i+k]) << (8 * k)
		}
	}
	return u
}

// encodeWide encodes s; only surrogates are unencodable.
func encodeWide(c wideCodec, s *Str, errors string) (Object, error) {
	var out []byte
	if c.bom {
		out = c.unit(out, 0xFEFF)
	}
	idx := 0
	for i := 0; i < len(s.S); idx++ {
		r, n := DecodeRune(s.S, i)
		i += n
		if r < 0xD800 || r > 0xDFFF {
			out = c.char(out, r)
			continue
		}
		var rep string
		switch errors {
		case "surrogatepass":
			out = c.unit(out, uint32(r))
			continue
		case "ignore":
			continue
		case "replace":
			rep = "?"
		case "backslashreplace":
			rep = string(appendCodeEscape(nil, r))
		case "xmlcharrefreplace":
			rep = "&#" + intToString(int64(r)) + ";"
		default:
			if err := checkErrorHandler(errors); err != nil {
				return nil, err
			}
			return nil, newUnicodeError(UnicodeEncodeError, c.name, s, idx, idx+1, "surrogates not allowed")
		}
		for k := 0; k < len(rep); k++ {
			out = c.unit(out, uint32(rep[k]))
		}
	}
	return NewBytes(out), nil
}

// decodeWide decodes b. The BOM codecs read a byte-order mark (little
// endian without one) and name the concrete codec in their errors.
func decodeWide(c wideCodec, enc string, b []byte, errors string) (Object, error) {
	obj, err := decodeWideBytes(c, b, errors)
	if err != nil && AsException(err).Type() == TypeError {
		// CPython decodes "utf-16" and "utf-32" directly, other names
		// through the codec registry, which wraps a handler's TypeError
		if n := strings.ReplaceAll(strings.ToLower(enc), "-", "_"); n != "utf_16" && n != "utf16" && n != "utf_32" && n != "utf32" {
			return nil, Errorf(TypeError, "decoding with '%s' codec failed (TypeError: %s)", enc, AsException(err).Args.Items[0].(*Str).S)
		}
	}
	return obj, err
}

func decodeWideBytes(c wideCodec, b []byte, errors string) (Object, error) {
	i := 0
	if c.bom {
		c.bom = false
		c.big = false
		if len(b) >= c.width {
			switch c.read(b, 0) {
			case 0xFEFF:
				i = c.width
			case map[int]uint32{2: 0xFFFE, 4: 0xFFFE0000}[c.width]:
				c.big = true
				i = c.width
			}
		}
		c.name += map[bool]string{false: "-le", true: "-be"}[c.big]
	}
	var out []byte
	for i < len(b) {
		var bad int
		var reason string
		if len(b)-i < c.width {
			bad, reason = len(b)-i, "truncated data"
		} else if u := c.read(b, i); c.width == 4 {
			switch {
			case u >= 0x110000:
				bad, reason = 4, "code point not in range(0x110000)"
			case u >= 0xD800 && u <= 0xDFFF:
				if errors == "surrogatepass" {
					out = AppendRune(out, rune(u))
					i += 4
					continue
				}
				bad, reason = 4, "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				out = AppendRune(out, rune(u))
				i += 4
				continue
			}
		} else {
			switch {
			case u < 0xD800 || u > 0xDFFF:
				out = AppendRune(out, rune(u))
				i += 2
				continue
			case u >= 0xDC00:
				bad, reason = 2, "illegal encoding"
			case len(b)-i < 4:
				bad, reason = len(b)-i, "unexpected end of data"
			default:
				if lo := c.read(b, i+2); lo >= 0xDC00 && lo <= 0xDFFF {
					out = AppendRune(out, 0x10000+(rune(u)-0xD800)<<10+rune(lo)-0xDC00)
					i += 4
					continue
				}
				bad, reason = 2, "illegal UTF-16 surrogate"
			}
			if errors == "surrogatepass" {
				// a lone surrogate unit is kept (a truncated unit after it is
				// reported next)
				out = AppendRune(out, rune(u))
				i += 2
				continue
			}
		}
		var err error
		if out, i, err = decodeErrorHandler(out, c.name, b, i, i+bad, reason, errors); err != nil {
			return nil, err
		}
	}
	return NewStr(string(out)), nil
}

// decodeErrorHandler applies the error handler to the undecodable bytes
// b[start:end] and returns where decoding resumes, or returns the error
// strict handling raises.
func decodeErrorHandler(out []byte, enc string, b []byte, start, end int, reason, errors string) ([]byte, int, error) {
	const hex = "0123456789abcdef"
	switch errors {
	case "ignore":
		return out, end, nil
	case "replace":
		return AppendRune(out, 0xFFFD), end, nil
	case "backslashreplace":
		for _, c := range b[start:end] {
			out = append(out, '\\', 'x', hex[c>>4], hex[c&15])
		}
		return out, end, nil
	case "surrogateescape":
		// only the leading non-ASCII bytes (up to 4) are smuggled as
		// surrogates, and decoding resumes after them
		n := 0
		for n < 4 && start+n < end && b[start+n] >= 0x80 {
			out = AppendRune(out, 0xDC00+rune(b[start+n]))
			n++
		}
		if n > 0 {
			return out, start + n, nil
		}
	case "xmlcharrefreplace", "namereplace":
		return nil, 0, Errorf(TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	}
	if err := checkErrorHandler(errors); err != nil {
		return nil, 0, err
	}
	return nil, 0, newUnicodeError(UnicodeDecodeError, enc, NewBytes(b), start, end, reason)
}
