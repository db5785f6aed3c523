// Package json is the json module: dumps/loads/dump/load with CPython's
// output format and error messages (JSONDecodeError with its position).
package json

import (
	"strings"
	"unicode/utf8"

	"upy/py"
)

// JSONDecodeError is a ValueError with msg, doc, pos, lineno and colno.
var JSONDecodeError = py.NewExceptionType("json", "JSONDecodeError", py.ValueError)

func newDecodeError(msg, doc string, bytePos int) error {
	if bytePos > len(doc) {
		bytePos = len(doc)
	}
	e := py.NewException(JSONDecodeError)
	setDecodeError(e, msg, doc, bytePos)
	return e
}

// setDecodeError fills in a JSONDecodeError for the error msg at byte
// offset bytePos of doc: its message with the line and column, and the
// msg, doc, pos, lineno and colno attributes (positions in characters).
func setDecodeError(e *py.Exception, msg, doc string, bytePos int) {
	prefix := doc[:bytePos]
	pos := py.NewStr(prefix).Len()
	lineno := strings.Count(prefix, "\n") + 1
	col := pos + 1
	if i := strings.LastIndexByte(prefix, '\n'); i >= 0 {
		col = py.NewStr(prefix[i+1:]).Len() + 1
	}
	full := msg + ": line " + itoa(lineno) + " column " + itoa(col) + " (char " + itoa(pos) + ")"
	e.Args = py.NewTuple(py.NewStr(full))
	e.SetAttr("msg", py.NewStr(msg))
	e.SetAttr("doc", py.NewStr(doc))
	e.SetAttr("pos", py.Int(pos))
	e.SetAttr("lineno", py.Int(lineno))
	e.SetAttr("colno", py.Int(col))
}

func init() {
	// JSONDecodeError(msg, doc, pos) as Python code raises it (pos counts
	// characters).
	JSONDecodeError.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		e, ok := args[0].(*py.Exception)
		if !ok {
			return py.None, nil
		}
		var msg, doc string
		var pos int
		if err := py.UnpackArgs(t, "JSONDecodeError", args[1:], kw, "msg", &msg, "doc", &doc, "pos", &pos); err != nil {
			return nil, err
		}
		s := py.NewStr(doc)
		if pos < 0 || pos > s.Len() {
			pos = s.Len()
		}
		setDecodeError(e, msg, doc, len(string([]rune(doc)[:pos])))
		return py.None, nil
	})
}

// detectEncoding is json's: the UTF-32 or UTF-16 of a BOM, or of the
// zero bytes an ASCII first character leaves; else UTF-8.
func detectEncoding(b []byte) string {
	switch {
	case len(b) >= 4 && (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF || b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0):
		return "utf-32"
	case len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF):
		return "utf-16"
	case len(b) >= 4 && b[0] == 0:
		if b[1] != 0 {
			return "utf-16-be"
		}
		return "utf-32-be"
	case len(b) >= 4 && b[1] == 0:
		if b[2] != 0 || b[3] != 0 {
			return "utf-16-le"
		}
		return "utf-32-le"
	case len(b) == 2 && b[0] == 0:
		return "utf-16-be"
	case len(b) == 2 && b[1] == 0:
		return "utf-16-le"
	}
	return "utf-8"
}

// posArgs checks the positional arguments of a function whose other
// parameters are keyword-only, with CPython's messages.
func posArgs(fname string, args []py.Object, names ...string) error {
	switch n := len(args); {
	case n > len(names):
		return py.Errorf(py.TypeError, "%s() takes %d positional argument%s but %d were given", fname, len(names), map[bool]string{true: "", false: "s"}[len(names) == 1], n)
	case n < len(names):
		missing := names[n:]
		quoted := make([]string, len(missing))
		for i, m := range missing {
			quoted[i] = "'" + m + "'"
		}
		list := quoted[0]
		if len(quoted) == 2 {
			list = quoted[0] + " and " + quoted[1]
		}
		return py.Errorf(py.TypeError, "%s() missing %d required positional argument%s: %s", fname, len(missing), map[bool]string{true: "", false: "s"}[len(missing) == 1], list)
	}
	return nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// withCls splits off a cls keyword that is not None: the call then goes
// through an instance of that class (JSONEncoder/JSONDecoder subclasses).
func withCls(kw []py.Kwarg) (py.Object, []py.Kwarg) {
	for i, k := range kw {
		if k.Name == "cls" && k.Value != py.None {
			rest := append(append([]py.Kwarg{}, kw[:i]...), kw[i+1:]...)
			return k.Value, rest
		}
	}
	return nil, kw
}

func dumps(t *py.Thread, obj py.Object, kw []py.Kwarg) (string, error) {
	if cls, rest := withCls(kw); cls != nil {
		enc, err := t.Call(cls, nil, rest)
		if err != nil {
			return "", err
		}
		r, err := t.CallMethod(enc, "encode", obj)
		if err != nil {
			return "", err
		}
		s, ok := r.(*py.Str)
		if !ok {
			return "", py.Errorf(py.TypeError, "encode() returned %s, not str", py.TypeName(r))
		}
		return s.S, nil
	}
	e := &encoder{t: t, ensureASCII: true, allowNaN: true, checkCirc: true, itemSep: ", ", keySep: ": "}
	var indent, separators, dflt, cls py.Object = py.None, py.None, py.None, py.None
	if err := py.UnpackArgs(t, "dumps", nil, kw, "skipkeys?", &e.skipKeys, "ensure_ascii?", &e.ensureASCII,
		"check_circular?", &e.checkCirc, "allow_nan?", &e.allowNaN, "cls?", &cls, "indent?", &indent,
		"separators?", &separators, "default?", &dflt, "sort_keys?", &e.sortKeys); err != nil {
		return "", err
	}
	e.dflt = dflt
	if indent != py.None {
		e.hasIndent = true
		e.itemSep = ","
		switch v := indent.(type) {
		case *py.Str:
			e.indent = v.S
		default:
			n, err := py.IndexInt(t, indent)
			if err != nil {
				return "", err
			}
			e.indent = strings.Repeat(" ", max(n, 0))
		}
	}
	if separators != py.None {
		items, err := py.ToSlice(t, separators)
		if err != nil {
			return "", err
		}
		if len(items) != 2 {
			return "", py.Errorf(py.ValueError, "separators must be a pair (item_separator, key_separator)")
		}
		a, ok1 := items[0].(*py.Str)
		b, ok2 := items[1].(*py.Str)
		if !ok1 || !ok2 {
			return "", py.Errorf(py.TypeError, "separators must be strings")
		}
		e.itemSep, e.keySep = a.S, b.S
	}
	e.b.Grow(int(min(lastSize.Load(), maxReserve)))
	if err := e.encode(obj); err != nil {
		return "", err
	}
	lastSize.Store(int64(e.b.Len()))
	return e.b.String(), nil
}

func loads(t *py.Thread, doc py.Object, kw []py.Kwarg) (py.Object, error) {
	if cls, rest := withCls(kw); cls != nil {
		if b, ok := doc.(*py.Bytes); ok {
			d, err := t.CallMethod(b, "decode", py.NewStr("utf-8"))
			if err != nil {
				return nil, err
			}
			doc = d
		}
		dec, err := t.Call(cls, nil, rest)
		if err != nil {
			return nil, err
		}
		return t.CallMethod(dec, "decode", doc)
	}
	var s string
	switch v := doc.(type) {
	case *py.Str:
		s = v.S
	default:
		b, ok := py.AsBytes(doc)
		if !ok {
			return nil, py.Errorf(py.TypeError, "the JSON object must be str, bytes or bytearray, not %s", py.TypeName(doc))
		}
		if enc := detectEncoding(b); enc != "utf-8" {
			d, err := py.Decode(b, enc, "surrogatepass")
			if err != nil {
				return nil, err
			}
			s = d.(*py.Str).S
			break
		}
		if !utf8.Valid(b) {
			// bytes.decode raises CPython's UnicodeDecodeError.
			if _, err := t.CallMethod(py.NewBytes(b), "decode", py.NewStr("utf-8")); err != nil {
				return nil, err
			}
		}
		s = string(b)
		s = strings.TrimPrefix(s, "\xef\xbb\xbf")
	}
	if strings.HasPrefix(s, "\ufeff") {
		return nil, newDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
	}
	d := &decoder{t: t, s: s, strict: true}
	var cls py.Object
	if err := py.UnpackArgs(t, "loads", nil, kw, "cls?", &cls, "object_hook?", &d.objectHook,
		"parse_float?", &d.parseFloat, "parse_int?", &d.parseInt, "parse_constant?", &d.parseConstant,
		"object_pairs_hook?", &d.objectPairsHook, "strict?", &d.strict); err != nil {
		return nil, err
	}
	return d.decode()
}

func init() {
	py.RegisterModule("json", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("json")
		m.Set("JSONDecodeError", JSONDecodeError)
		classes, err := t.Import("_json_classes")
		if err != nil {
			return nil, err
		}
		for _, name := range []string{"JSONEncoder", "JSONDecoder"} {
			c := classes.Get(name)
			if ty, ok := c.(*py.Type); ok {
				ty.Dict.SetString("__module__", py.NewStr("json"))
			}
			m.Set(name, c)
		}
		m.SetFunc("dumps", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := posArgs("dumps", args, "obj"); err != nil {
				return nil, err
			}
			s, err := dumps(t, args[0], kw)
			if err != nil {
				return nil, err
			}
			return py.NewStr(s), nil
		})
		m.SetFunc("dump", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := posArgs("dump", args, "obj", "fp"); err != nil {
				return nil, err
			}
			s, err := dumps(t, args[0], kw)
			if err != nil {
				return nil, err
			}
			_, err = t.CallMethod(args[1], "write", py.NewStr(s))
			return py.None, err
		})
		m.SetFunc("loads", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := posArgs("loads", args, "s"); err != nil {
				return nil, err
			}
			return loads(t, args[0], kw)
		})
		m.SetFunc("load", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := posArgs("load", args, "fp"); err != nil {
				return nil, err
			}
			doc, err := t.CallMethod(args[0], "read")
			if err != nil {
				return nil, err
			}
			return loads(t, doc, kw)
		})
		return m, nil
	})
}
