package json

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"upy/py"
)

// decoder parses JSON text with CPython's error messages. Positions in
// errors count code points, as CPython's do.
type decoder struct {
	t     *py.Thread
	s     string // the document
	pos   int    // byte offset
	depth int

	objectHook      py.Object
	objectPairsHook py.Object
	parseFloat      py.Object
	parseInt        py.Object
	parseConstant   py.Object
	strict          bool

	// stack holds the items of the arrays and objects being parsed
	// (shared, so that each gets an exactly sized list or dict).
	stack []py.Object
	// keys memoizes object keys, as CPython's decoder does: documents
	// repeat their keys, which then share one str and its hash.
	keys map[string]*py.Str
}

// maxDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxDepth = 10000

func (d *decoder) errAt(msg string, pos int) error {
	return newDecodeError(msg, d.s, pos)
}

func (d *decoder) skipWS() {
	for d.pos < len(d.s) {
		switch d.s[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *decoder) value() (py.Object, error) {
	d.skipWS()
	if d.pos >= len(d.s) {
		return nil, d.errAt("Expecting value", d.pos)
	}
	switch c := d.s[d.pos]; {
	case c == '"':
		d.pos++
		s, err := d.str(d.pos-1, false)
		if err != nil {
			return nil, err
		}
		return py.NewStr(s), nil
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == 'n' && strings.HasPrefix(d.s[d.pos:], "null"):
		d.pos += 4
		return py.None, nil
	case c == 't' && strings.HasPrefix(d.s[d.pos:], "true"):
		d.pos += 4
		return py.True, nil
	case c == 'f' && strings.HasPrefix(d.s[d.pos:], "false"):
		d.pos += 5
		return py.False, nil
	case c == 'N' && strings.HasPrefix(d.s[d.pos:], "NaN"):
		d.pos += 3
		return d.constant("NaN", math.NaN())
	case c == 'I' && strings.HasPrefix(d.s[d.pos:], "Infinity"):
		d.pos += 8
		return d.constant("Infinity", math.Inf(1))
	case c == '-' && strings.HasPrefix(d.s[d.pos:], "-Infinity"):
		d.pos += 9
		return d.constant("-Infinity", math.Inf(-1))
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	}
	return nil, d.errAt("Expecting value", d.pos)
}

func (d *decoder) constant(name string, f float64) (py.Object, error) {
	if d.parseConstant != nil && d.parseConstant != py.None {
		return d.t.Call(d.parseConstant, []py.Object{py.NewStr(name)}, nil)
	}
	return py.Float(f), nil
}

func (d *decoder) number() (py.Object, error) {
	start := d.pos
	i := d.pos
	if i < len(d.s) && d.s[i] == '-' {
		i++
	}
	if i >= len(d.s) || d.s[i] < '0' || d.s[i] > '9' {
		return nil, d.errAt("Expecting value", start)
	}
	if d.s[i] == '0' {
		i++
	} else {
		for i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9' {
			i++
		}
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && d.s[i+1] >= '0' && d.s[i+1] <= '9' {
		isFloat = true
		i += 2
		for i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9' {
			i++
		}
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9' {
			for j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9' {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := d.s[start:i]
	d.pos = i
	if isFloat {
		if d.parseFloat != nil && d.parseFloat != py.None {
			return d.t.Call(d.parseFloat, []py.Object{py.NewStr(text)}, nil)
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			return nil, d.errAt("Expecting value", start)
		}
		return py.Float(f), nil
	}
	if d.parseInt != nil && d.parseInt != py.None {
		return d.t.Call(d.parseInt, []py.Object{py.NewStr(text)}, nil)
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return py.Int(n), nil
	}
	if len(text) > py.IntMaxStrDigits && py.IntMaxStrDigits > 0 {
		return nil, py.Errorf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", py.IntMaxStrDigits, len(strings.TrimPrefix(text, "-")))
	}
	b, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, d.errAt("Expecting value", start)
	}
	return py.NewBig(b), nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func hexVal(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(s[:4], 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(v), true
}

// str parses a string body after the opening quote at quotePos. A
// string without escapes is copied from the document in one piece (not
// sliced: the result must not keep the whole document alive), or not at
// all when view is set and the caller only looks at it.
func (d *decoder) str(quotePos int, view bool) (string, error) {
	start := d.pos
	for i := start; i < len(d.s); i++ {
		c := d.s[i]
		if c == '"' {
			d.pos = i + 1
			if view {
				return d.s[start:i], nil
			}
			return strings.Clone(d.s[start:i]), nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	var b []byte
	for {
		if d.pos >= len(d.s) {
			return "", d.errAt("Unterminated string starting at", quotePos)
		}
		c := d.s[d.pos]
		switch {
		case c == '"':
			d.pos++
			return string(b), nil
		case c == '\\':
			if d.pos+1 >= len(d.s) {
				return "", d.errAt("Unterminated string starting at", quotePos)
			}
			e := d.s[d.pos+1]
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := hexVal(d.s[d.pos+2:])
				if !ok {
					return "", d.errAt("Invalid \\uXXXX escape", d.pos+1)
				}
				d.pos += 4
				if r >= 0xD800 && r <= 0xDBFF && strings.HasPrefix(d.s[d.pos+2:], "\\u") {
					if r2, ok := hexVal(d.s[d.pos+4:]); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
						r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
						d.pos += 6
					}
				}
				b = py.AppendRune(b, r)
			default:
				return "", d.errAt("Invalid \\escape", d.pos)
			}
			d.pos += 2
		case c < 0x20:
			if d.strict {
				return "", d.errAt("Invalid control character at", d.pos)
			}
			b = append(b, c)
			d.pos++
		default:
			r, size := utf8.DecodeRuneInString(d.s[d.pos:])
			if r == utf8.RuneError && size == 1 {
				// Strings given to loads are valid; keep the byte as is.
				b = append(b, c)
			} else {
				b = append(b, d.s[d.pos:d.pos+size]...)
			}
			d.pos += size
		}
	}
}

// enter counts one more level of nesting; what is "array" or "object".
func (d *decoder) enter(what string) error {
	d.depth++
	if d.depth > maxDepth {
		return py.Errorf(py.RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what)
	}
	return nil
}

func (d *decoder) array() (py.Object, error) {
	if err := d.enter("array"); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	d.pos++ // [
	d.skipWS()
	if d.pos < len(d.s) && d.s[d.pos] == ']' {
		d.pos++
		return py.NewList(), nil
	}
	base := len(d.stack)
	defer func() { clear(d.stack[base:]); d.stack = d.stack[:base] }()
	for {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.stack = append(d.stack, v)
		d.skipWS()
		if d.pos < len(d.s) && d.s[d.pos] == ']' {
			d.pos++
			return py.NewList(append([]py.Object(nil), d.stack[base:]...)...), nil
		}
		if d.pos >= len(d.s) || d.s[d.pos] != ',' {
			return nil, d.errAt("Expecting ',' delimiter", d.pos)
		}
		d.pos++
	}
}

func (d *decoder) object() (py.Object, error) {
	if err := d.enter("object"); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	d.pos++ // {
	usePairs := d.objectPairsHook != nil && d.objectPairsHook != py.None
	base := len(d.stack) // keys and values alternate from here
	defer func() { clear(d.stack[base:]); d.stack = d.stack[:base] }()
	d.skipWS()
	if d.pos < len(d.s) && d.s[d.pos] == '}' {
		d.pos++
		return d.finishObject(base, usePairs)
	}
	for {
		d.skipWS()
		if d.pos >= len(d.s) || d.s[d.pos] != '"' {
			return nil, d.errAt("Expecting property name enclosed in double quotes", d.pos)
		}
		d.pos++
		key, err := d.str(d.pos-1, true)
		if err != nil {
			return nil, err
		}
		k := d.keys[key]
		if k == nil {
			if d.keys == nil {
				d.keys = map[string]*py.Str{}
			}
			k = py.NewStr(strings.Clone(key))
			d.keys[k.S] = k
		}
		d.skipWS()
		if d.pos >= len(d.s) || d.s[d.pos] != ':' {
			return nil, d.errAt("Expecting ':' delimiter", d.pos)
		}
		d.pos++
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.stack = append(d.stack, k, v)
		d.skipWS()
		if d.pos < len(d.s) && d.s[d.pos] == '}' {
			d.pos++
			return d.finishObject(base, usePairs)
		}
		if d.pos >= len(d.s) || d.s[d.pos] != ',' {
			return nil, d.errAt("Expecting ',' delimiter", d.pos)
		}
		d.pos++
	}
}

// finishObject builds the object whose keys and values alternate on the
// stack from base.
func (d *decoder) finishObject(base int, usePairs bool) (py.Object, error) {
	kv := d.stack[base:]
	if usePairs {
		pairs := make([]py.Object, len(kv)/2)
		for i := range pairs {
			pairs[i] = py.NewTuple(kv[2*i], kv[2*i+1])
		}
		return d.t.Call(d.objectPairsHook, []py.Object{py.NewList(pairs...)}, nil)
	}
	dict := py.NewDictSize(len(kv) / 2)
	for i := 0; i < len(kv); i += 2 {
		dict.SetStr(kv[i].(*py.Str), kv[i+1])
	}
	if d.objectHook != nil && d.objectHook != py.None {
		return d.t.Call(d.objectHook, []py.Object{dict}, nil)
	}
	return dict, nil
}

// decode parses a whole document.
func (d *decoder) decode() (py.Object, error) {
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.skipWS()
	if d.pos != len(d.s) {
		return nil, d.errAt("Extra data", d.pos)
	}
	return v, nil
}
