package py

import "fmt"

// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: the
// constructor arguments become attributes and str() describes the
// failing character or range, as CPython does.

// newUnicodeError builds a codec error with CPython's arguments.
func newUnicodeError(cls *Type, enc string, obj Object, start, end int, reason string) *Exception {
	var args []Object
	if cls != UnicodeTranslateError {
		args = append(args, NewStr(enc))
	}
	args = append(args, obj, Int(start), Int(end), NewStr(reason))
	e := NewException(cls, args...)
	setUnicodeAttrs(e)
	return e
}

func setUnicodeAttrs(e *Exception) {
	a := e.Args.Items
	if e.Cls.IsSubtype(UnicodeTranslateError) {
		e.SetAttr("encoding", None)
		a = append([]Object{None}, a...)
	} else {
		e.SetAttr("encoding", a[0])
	}
	e.SetAttr("object", a[1])
	e.SetAttr("start", a[2])
	e.SetAttr("end", a[3])
	e.SetAttr("reason", a[4])
}

func unicodeErrorStr(t *Thread, e *Exception) (Object, error) {
	obj := e.Attr("object")
	start, ok1 := e.Attr("start").(Int)
	end, ok2 := e.Attr("end").(Int)
	if obj == nil || !ok1 || !ok2 {
		return excStrObj(t, e)
	}
	reason, err := StrOf(t, e.Attr("reason"))
	if err != nil {
		return nil, err
	}
	enc := ""
	if s, ok := e.Attr("encoding").(*Str); ok {
		enc = s.S
	}
	single := end == start+1
	switch {
	case e.Cls.IsSubtype(UnicodeDecodeError):
		b, _ := AsBytes(obj)
		if single && int(start) >= 0 && int(start) < len(b) {
			return NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason)), nil
		}
		return NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason)), nil
	case e.Cls.IsSubtype(UnicodeEncodeError), e.Cls.IsSubtype(UnicodeTranslateError):
		s, _ := obj.(*Str)
		prefix := fmt.Sprintf("'%s' codec can't encode", enc)
		if e.Cls.IsSubtype(UnicodeTranslateError) {
			prefix = "can't translate"
		}
		if single && s != nil && int(start) >= 0 && int(start) < s.Len() {
			return NewStr(fmt.Sprintf("%s character %s in position %d: %s", prefix, charEscape(s.At(int(start))), start, reason)), nil
		}
		return NewStr(fmt.Sprintf("%s characters in position %d-%d: %s", prefix, start, end-1, reason)), nil
	}
	return excStrObj(t, e)
}

func init() {
	for _, c := range []*Type{UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError} {
		c := c
		n := 5
		if c == UnicodeTranslateError {
			n = 4
		}
		c.AddMethod("__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			e, err := asExc(args[0])
			if err != nil {
				return nil, err
			}
			a := args[1:]
			if len(kw) > 0 {
				return nil, Errorf(TypeError, "%s() takes no keyword arguments", c.Name)
			}
			if len(a) != n {
				return nil, Errorf(TypeError, "function takes exactly %d arguments (%d given)", n, len(a))
			}
			i := 0
			if c != UnicodeTranslateError {
				if _, ok := a[0].(*Str); !ok {
					return nil, Errorf(TypeError, "argument 1 must be str, not %s", TypeName(a[0]))
				}
				i = 1
			}
			if c == UnicodeDecodeError {
				if _, ok := AsBytes(a[i]); !ok {
					return nil, Errorf(TypeError, "argument 2 must be bytes-like object, not '%s'", TypeName(a[i]))
				}
				if ba, ok := a[i].(*ByteArray); ok {
					a[i] = NewBytes(append([]byte(nil), ba.B...))
				}
			} else if _, ok := a[i].(*Str); !ok {
				return nil, Errorf(TypeError, "argument %d must be str, not %s", i+1, TypeName(a[i]))
			}
			for j := i + 1; j < i+3; j++ {
				if _, ok := a[j].(Int); !ok && j < i+3 {
					return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(a[j]))
				}
			}
			if _, ok := a[i+3].(*Str); !ok {
				return nil, Errorf(TypeError, "argument %d must be str, not %s", i+4, TypeName(a[i+3]))
			}
			e.Args = NewTuple(append([]Object(nil), a...)...)
			setUnicodeAttrs(e)
			return None, nil
		})
	}
	UnicodeError.AddMethod("__str__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		e, err := asExc(args[0])
		if err != nil {
			return nil, err
		}
		return unicodeErrorStr(t, e)
	})
}
