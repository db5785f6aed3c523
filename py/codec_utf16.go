package py

import (
	"encoding/binary"
	"strings"
)

// The UTF-16 and UTF-32 codecs, with CPython's byte order marks (the
// unsuffixed names write one, little-endian, and read one if present)
// and its error reasons.

// order is a byte order that can also append.
type order interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// wideCodec describes one of utf-16, utf-16-le/-be, utf-32, utf-32-le/-be.
type wideCodec struct {
	name  string // as error messages name it
	width int    // 2 or 4
	order order
	bom   bool // the unsuffixed codec: BOM written, and honoured when read
}

func wideCodecOf(enc string) (wideCodec, bool) {
	switch strings.ReplaceAll(enc, "-", "") {
	case "utf16", "u16":
		return wideCodec{"utf-16", 2, binary.LittleEndian, true}, true
	case "utf16le":
		return wideCodec{"utf-16-le", 2, binary.LittleEndian, false}, true
	case "utf16be":
		return wideCodec{"utf-16-be", 2, binary.BigEndian, false}, true
	case "utf32", "u32":
		return wideCodec{"utf-32", 4, binary.LittleEndian, true}, true
	case "utf32le":
		return wideCodec{"utf-32-le", 4, binary.LittleEndian, false}, true
	case "utf32be":
		return wideCodec{"utf-32-be", 4, binary.BigEndian, false}, true
	}
	return wideCodec{}, false
}

func (c wideCodec) put(out []byte, v uint32) []byte {
	if c.width == 2 {
		return c.order.AppendUint16(out, uint16(v))
	}
	return c.order.AppendUint32(out, v)
}

func (c wideCodec) encode(s *Str, errors string) (Object, error) {
	var out []byte
	if c.bom {
		out = c.put(out, 0xFEFF)
	}
	idx := 0
	for i := 0; i < len(s.S); idx++ {
		r, n := DecodeRune(s.S, i)
		i += n
		if r >= 0xD800 && r <= 0xDFFF && errors != "surrogatepass" {
			switch errors {
			case "ignore":
				continue
			case "replace":
				out = c.put(out, '?')
				continue
			case "backslashreplace", "namereplace":
				for _, b := range appendCodeEscape(nil, r) {
					out = c.put(out, uint32(b))
				}
				continue
			case "xmlcharrefreplace":
				for _, b := range "&#" + intToString(int64(r)) + ";" {
					out = c.put(out, uint32(b))
				}
				continue
			}
			if err := checkErrorHandler(errors); err != nil {
				return nil, err
			}
			return nil, newUnicodeError(UnicodeEncodeError, c.name, s, idx, idx+1, "surrogates not allowed")
		}
		if c.width == 2 && r >= 0x10000 {
			r -= 0x10000
			out = c.put(out, uint32(0xD800+(r>>10)))
			out = c.put(out, uint32(0xDC00+(r&0x3FF)))
			continue
		}
		out = c.put(out, uint32(r))
	}
	return NewBytes(out), nil
}

func (c wideCodec) decode(b []byte, errors string) (Object, error) {
	var order binary.ByteOrder = c.order
	start := 0
	if c.bom && len(b) >= c.width {
		switch {
		case c.width == 2 && b[0] == 0xFF && b[1] == 0xFE, c.width == 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0:
			order, start = binary.LittleEndian, c.width
		case c.width == 2 && b[0] == 0xFE && b[1] == 0xFF, c.width == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF:
			order, start = binary.BigEndian, c.width
		}
	}
	name := c.name
	if c.bom { // errors name the byte order read
		name += "-le"
		if order == binary.BigEndian {
			name = c.name + "-be"
		}
	}
	unit := func(i int) uint32 {
		if c.width == 2 {
			return uint32(order.Uint16(b[i:]))
		}
		return order.Uint32(b[i:])
	}
	out := make([]byte, 0, len(b))
	for i := start; i < len(b); {
		var bad int // bytes covered by an error
		var reason string
		switch {
		case len(b)-i < c.width:
			bad, reason = len(b)-i, "truncated data"
		case c.width == 4:
			v := unit(i)
			if v > 0x10FFFF || v >= 0xD800 && v <= 0xDFFF && errors != "surrogatepass" {
				bad, reason = 4, "code point not in range(0x110000)"
				if v <= 0x10FFFF {
					reason = "code point in surrogate code point range(0xd800, 0xe000)"
				}
				break
			}
			out = AppendRune(out, rune(v))
			i += 4
			continue
		default:
			v := unit(i)
			switch {
			case v < 0xD800 || v > 0xDFFF:
				out = AppendRune(out, rune(v))
				i += 2
				continue
			case v >= 0xDC00:
				if errors == "surrogatepass" {
					out = AppendRune(out, rune(v))
					i += 2
					continue
				}
				bad, reason = 2, "illegal encoding"
			case len(b)-i < 4:
				if errors == "surrogatepass" && len(b)-i >= 2 {
					out = AppendRune(out, rune(v))
					i += 2
					continue
				}
				bad, reason = len(b)-i, "unexpected end of data"
			default:
				w := unit(i + 2)
				if w >= 0xDC00 && w <= 0xDFFF {
					out = AppendRune(out, 0x10000+(rune(v)-0xD800)<<10+(rune(w)-0xDC00))
					i += 4
					continue
				}
				if errors == "surrogatepass" {
					out = AppendRune(out, rune(v))
					i += 2
					continue
				}
				bad, reason = 2, "illegal UTF-16 surrogate"
			}
		}
		switch errors {
		case "ignore":
		case "replace":
			out = AppendRune(out, 0xFFFD)
		case "backslashreplace":
			for _, x := range b[i : i+bad] {
				out = append(out, '\\', 'x', "0123456789abcdef"[x>>4], "0123456789abcdef"[x&15])
			}
		case "surrogateescape":
			for _, x := range b[i : i+bad] {
				if x < 128 {
					return nil, newUnicodeError(UnicodeDecodeError, name, NewBytes(b), i, i+bad, reason)
				}
				out = AppendRune(out, 0xDC00+rune(x))
			}
		default:
			if err := checkDecodeHandler(errors); err != nil {
				return nil, err
			}
			return nil, newUnicodeError(UnicodeDecodeError, name, NewBytes(b), i, i+bad, reason)
		}
		i += bad
	}
	return NewStr(string(out)), nil
}
