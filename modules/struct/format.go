// Package structmod is the struct module (and ustruct): packing Python
// values into bytes by a format string, with CPython's sizes, alignment
// and error messages.
package structmod

import "strconv"

// item is one format code with its repeat count.
type item struct {
	code   byte
	count  int // for s and p: the byte length
	size   int // of one value
	offset int // of the first value
}

// layout is a parsed format.
type layout struct {
	format  string
	native  bool // '@': native sizes and alignment
	little  bool
	items   []item
	size    int
	nvalues int // values packed or unpacked
}

// standard sizes (= < > !); native sizes are those of linux/amd64.
var stdSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
var nativeSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}

// parse parses a format; the error is a struct.error message.
func parse(format string) (*layout, string) {
	l := &layout{format: format, native: true, little: true}
	f := format
	if f != "" {
		switch f[0] {
		case '@':
			f = f[1:]
		case '=', '<':
			l.native, f = false, f[1:]
		case '>', '!':
			l.native, l.little, f = false, false, f[1:]
		}
	}
	sizes := stdSizes
	if l.native {
		sizes = nativeSizes
	}
	off := 0
	for i := 0; i < len(f); {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			j := i
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(f[i:j])
			if err != nil || n > 1<<40 {
				return nil, "total struct size too long"
			}
			if j == len(f) {
				return nil, "repeat count given without format specifier"
			}
			count, i, c = n, j, f[j]
		}
		size, ok := sizes[c]
		if !ok {
			return nil, "bad char in struct format"
		}
		i++
		if l.native && c != 's' && c != 'p' && c != 'x' && size > 1 {
			off = (off + size - 1) / size * size // alignment
		}
		switch c {
		case 's', 'p':
			l.items = append(l.items, item{code: c, count: count, size: count, offset: off})
			off += count
			l.nvalues++
		case 'x':
			off += count
		default:
			l.items = append(l.items, item{code: c, count: count, size: size, offset: off})
			off += count * size
			l.nvalues += count
		}
		if off > 1<<40 {
			return nil, "total struct size too long"
		}
	}
	l.size = off
	return l, ""
}
