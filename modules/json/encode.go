package json

import (
	"math"
	"strconv"
	"strings"
	"sync/atomic"

	"upy/py"
)

// encoder produces CPython's json.dumps output.
type encoder struct {
	t           *py.Thread
	b           strings.Builder
	indent      string
	hasIndent   bool
	itemSep     string
	keySep      string
	sortKeys    bool
	skipKeys    bool
	ensureASCII bool
	allowNaN    bool
	checkCirc   bool
	dflt        py.Object
	// The containers being encoded, for check_circular: a short stack
	// scanned linearly (nesting is usually shallow), a map beyond it.
	open    [openMax]py.Object
	nopen   int
	markers map[py.Object]bool
	depth   int
	scratch [32]byte
}

const openMax = 16

// lastSize is the length of the latest document dumps produced: the
// next one is likely as long, and reserving that much up front spares
// the builder its regrowth copies.
var lastSize atomic.Int64

// maxReserve bounds the reservation, so that one huge document does not
// make every later small one allocate as much.
const maxReserve = 4 << 20

const hexDigits = "0123456789abcdef"

// quote writes s as a JSON string literal: runs of characters that
// need no escape are copied whole.
func (e *encoder) quote(s string) {
	b := &e.b
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' || c >= 0x7f && !e.ensureASCII {
			i++
			continue
		}
		b.WriteString(s[start:i])
		r, size := py.DecodeRune(s, i)
		i += size
		start = i
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r > 0xffff {
				r -= 0x10000
				writeU(b, 0xd800+(r>>10))
				writeU(b, 0xdc00+(r&0x3ff))
			} else {
				writeU(b, r)
			}
		}
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

func writeU(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	b.WriteByte(hexDigits[(r>>12)&15])
	b.WriteByte(hexDigits[(r>>8)&15])
	b.WriteByte(hexDigits[(r>>4)&15])
	b.WriteByte(hexDigits[r&15])
}

func (e *encoder) float(f float64) error {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return py.Errorf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		e.b.WriteString("NaN")
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return py.Errorf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		e.b.WriteString("Infinity")
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return py.Errorf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		e.b.WriteString("-Infinity")
	default:
		e.b.WriteString(py.FloatRepr(f))
	}
	return nil
}

func (e *encoder) newline() {
	if e.hasIndent {
		e.b.WriteByte('\n')
		for i := 0; i < e.depth; i++ {
			e.b.WriteString(e.indent)
		}
	}
}

func (e *encoder) enter(o py.Object) error {
	if e.checkCirc {
		for _, p := range e.open[:min(e.nopen, openMax)] {
			if p == o {
				return py.Errorf(py.ValueError, "Circular reference detected")
			}
		}
		if e.nopen >= openMax {
			if e.markers[o] {
				return py.Errorf(py.ValueError, "Circular reference detected")
			}
			if e.markers == nil {
				e.markers = map[py.Object]bool{}
			}
			e.markers[o] = true
		} else {
			e.open[e.nopen] = o
		}
		e.nopen++
	}
	if err := e.t.Enter(); err != nil {
		return err
	}
	return nil
}

func (e *encoder) leave(o py.Object) {
	if e.checkCirc {
		e.nopen--
		if e.nopen >= openMax {
			delete(e.markers, o)
		} else {
			e.open[e.nopen] = nil
		}
	}
	e.t.Leave()
}

// unwrap returns the builtin value of an instance of a subclass of a
// builtin type (json encodes int/str/list/dict subclasses as their base).
func unwrap(o py.Object) py.Object {
	if inst, ok := o.(*py.Instance); ok && inst.Base != nil {
		return inst.Base
	}
	return o
}

func (e *encoder) encode(o py.Object) error {
	switch v := unwrap(o).(type) {
	case *py.Str:
		e.quote(v.S)
		return nil
	case py.Bool:
		if v {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case py.Int:
		e.b.Write(strconv.AppendInt(e.scratch[:0], int64(v), 10))
		return nil
	case *py.BigInt:
		r, err := py.Repr(e.t, v)
		if err != nil {
			return err
		}
		e.b.WriteString(r)
		return nil
	case py.Float:
		return e.float(float64(v))
	case *py.List:
		return e.array(o, v.Items)
	case *py.Tuple:
		return e.array(o, v.Items)
	case *py.Dict:
		return e.object(o, v)
	}
	if o == py.None {
		e.b.WriteString("null")
		return nil
	}
	if e.dflt == nil || e.dflt == py.None {
		return py.Errorf(py.TypeError, "Object of type %s is not JSON serializable", py.TypeName(o))
	}
	if err := e.enter(o); err != nil {
		return err
	}
	r, err := e.t.Call(e.dflt, []py.Object{o}, nil)
	if err == nil {
		err = e.encode(r)
	}
	e.leave(o)
	return err
}

func (e *encoder) array(o py.Object, items []py.Object) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	defer e.leave(o)
	e.b.WriteByte('[')
	e.depth++
	e.newline()
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
			e.newline()
		}
		if err := e.encode(it); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.b.WriteByte(']')
	return nil
}

// keyString converts a dict key as json does; ok is false for keys to skip.
func (e *encoder) keyString(k py.Object) (string, bool, error) {
	switch v := unwrap(k).(type) {
	case *py.Str:
		return v.S, true, nil
	case py.Bool:
		if v {
			return "true", true, nil
		}
		return "false", true, nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), true, nil
	case *py.BigInt:
		r, err := py.Repr(e.t, v)
		return r, true, err
	case py.Float:
		f := float64(v)
		switch {
		case math.IsNaN(f):
			return "NaN", true, nil
		case math.IsInf(f, 1):
			return "Infinity", true, nil
		case math.IsInf(f, -1):
			return "-Infinity", true, nil
		}
		return py.FloatRepr(f), true, nil
	}
	if k == py.None {
		return "null", true, nil
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, py.Errorf(py.TypeError, "keys must be str, int, float, bool or None, not %s", py.TypeName(k))
}

func (e *encoder) object(o py.Object, d *py.Dict) error {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	defer e.leave(o)
	e.b.WriteByte('{')
	e.depth++
	e.newline()
	first := true
	item := func(k, v py.Object) error {
		ks, ok, err := e.keyString(k)
		if err != nil || !ok {
			return err
		}
		if !first {
			e.b.WriteString(e.itemSep)
			e.newline()
		}
		first = false
		e.quote(ks)
		e.b.WriteString(e.keySep)
		return e.encode(v)
	}
	if e.sortKeys {
		l, err := py.Sorted(e.t, py.NewList(d.Keys()...), py.None, false)
		if err != nil {
			return err
		}
		for _, k := range l.Items {
			v, _, err := d.GetItem(e.t, k)
			if err == nil {
				err = item(k, v)
			}
			if err != nil {
				return err
			}
		}
	} else {
		var err error
		d.Items(func(k, v py.Object) bool {
			err = item(k, v)
			return err == nil
		})
		if err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.b.WriteByte('}')
	return nil
}
