package json

import (
	"math"
	"strings"

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
	markers     map[py.Object]bool
	depth       int
}

const hexDigits = "0123456789abcdef"

// quote writes s as a JSON string literal.
func (e *encoder) quote(s string) {
	b := &e.b
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := py.DecodeRune(s, i)
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20 || (e.ensureASCII && r >= 0x7f):
			if r > 0xffff {
				r -= 0x10000
				writeU(b, 0xd800+(r>>10))
				writeU(b, 0xdc00+(r&0x3ff))
			} else {
				writeU(b, r)
			}
		default:
			b.WriteString(s[i-size : i])
		}
	}
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
		r, err := py.Repr(e.t, py.Float(f))
		if err != nil {
			return err
		}
		e.b.WriteString(r)
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
		if e.markers[o] {
			return py.Errorf(py.ValueError, "Circular reference detected")
		}
		e.markers[o] = true
	}
	if err := e.t.Enter(); err != nil {
		return err
	}
	return nil
}

func (e *encoder) leave(o py.Object) {
	if e.checkCirc {
		delete(e.markers, o)
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
	case py.Int, *py.BigInt:
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
	case py.Int, *py.BigInt:
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
		r, err := py.Repr(e.t, v)
		return r, true, err
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
	keys := d.Keys()
	values := d.Values()
	if e.sortKeys {
		l, err := py.Sorted(e.t, py.NewList(keys...), py.None, false)
		if err != nil {
			return err
		}
		keys = l.Items
		values = make([]py.Object, len(keys))
		for i, k := range keys {
			v, _, err := d.GetItem(e.t, k)
			if err != nil {
				return err
			}
			values[i] = v
		}
	}
	e.b.WriteByte('{')
	e.depth++
	e.newline()
	first := true
	for i, k := range keys {
		ks, ok, err := e.keyString(k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
			e.newline()
		}
		first = false
		e.quote(ks)
		e.b.WriteString(e.keySep)
		if err := e.encode(values[i]); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.b.WriteByte('}')
	return nil
}
