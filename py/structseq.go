package py

import "strings"

// StructSeqType makes a named-tuple-like class (CPython's structseq, as
// used by sys.version_info and time.struct_time): a tuple subclass
// whose fields are also attributes.
func StructSeqType(module, name string, fields []string) *Type {
	cls := &Type{Name: name, Module: module, Bases: []*Type{TupleType}, Dict: NewDict(), Layout: TupleType, Flags: FlagBuiltin}
	cls.MRO = append([]*Type{cls}, TupleType.MRO...)
	for i, f := range fields {
		i := i
		cls.AddGetSet(f, func(t *Thread, self Object) (Object, error) {
			tu := structSeqTuple(self)
			if tu == nil || i >= len(tu.Items) {
				return None, nil
			}
			return tu.Items[i], nil
		}, nil)
	}
	cls.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		tu := structSeqTuple(args[0])
		var b strings.Builder
		if module != "" && module != "builtins" {
			b.WriteString(module + ".")
		}
		b.WriteString(name + "(")
		for i, f := range fields {
			if i >= len(tu.Items) {
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(t, tu.Items[i])
			if err != nil {
				return nil, err
			}
			b.WriteString(f + "=" + r)
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	})
	// Construction goes through tuple's layout; __init__ checks the length
	// (CPython's message; a type with extra fields, as struct_time's
	// tm_zone, takes "at least" its sequence fields).
	cls.AddMethod("__init__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		tu := structSeqTuple(args[0])
		n := len(fields)
		extra := 0
		if v, ok := cls.Dict.GetString("n_fields").(Int); ok {
			extra = int(v) - n
		}
		if tu == nil || len(tu.Items) == n {
			return None, nil
		}
		if extra > 0 && len(tu.Items) > n && len(tu.Items) <= n+extra {
			// The values past the sequence fields become attributes (when
			// the method gets the instance; a builtin method may be given
			// its tuple only, which is left as it is).
			inst, ok := args[0].(*Instance)
			if !ok {
				return None, nil
			}
			if inst.Dict == nil {
				inst.Dict = NewDict()
			}
			names := structSeqExtras[cls]
			for i, v := range tu.Items[n:] {
				if i < len(names) {
					inst.Dict.SetString(names[i], v)
				}
			}
			inst.Base = NewTuple(tu.Items[:n]...)
			return None, nil
		}
		switch {
		case extra == 0:
			return nil, Errorf(TypeError, "%s.%s() takes a %d-sequence (%d-sequence given)", module, name, n, len(tu.Items))
		case len(tu.Items) < n:
			return nil, Errorf(TypeError, "%s.%s() takes an at least %d-sequence (%d-sequence given)", module, name, n, len(tu.Items))
		}
		return nil, Errorf(TypeError, "%s.%s() takes an at most %d-sequence (%d-sequence given)", module, name, n+extra, len(tu.Items))
	})
	cls.Dict.SetString("n_fields", Int(len(fields)))
	cls.Dict.SetString("n_sequence_fields", Int(len(fields)))
	cls.New = func(t *Thread, c *Type, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "%s() takes a single sequence argument", name)
		}
		items, err := ToSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		if len(items) != len(fields) {
			return nil, Errorf(TypeError, "%s.%s() takes a %d-sequence (%d-sequence given)", module, name, len(fields), len(items))
		}
		return &Instance{Cls: c, Base: NewTuple(items...)}, nil
	}
	cls.Dict.SetStr(strNew, builtinNew(cls))
	return cls
}

func structSeqTuple(o Object) *Tuple {
	if inst, ok := o.(*Instance); ok {
		if tu, ok := inst.Base.(*Tuple); ok {
			return tu
		}
	}
	if tu, ok := o.(*Tuple); ok {
		return tu
	}
	return nil
}

// structSeqExtras names the fields of struct sequences that are
// attributes only (not items), as struct_time's tm_zone and tm_gmtoff.
var structSeqExtras = map[*Type][]string{}

// SetStructSeqExtras declares attribute-only fields of a struct sequence
// type: None unless construction gives them (after the items) or the
// instance's dict holds them.
func SetStructSeqExtras(cls *Type, names ...string) {
	structSeqExtras[cls] = names
	for _, n := range names {
		cls.Dict.SetString(n, None)
	}
	if v, ok := cls.Dict.GetString("n_sequence_fields").(Int); ok {
		cls.Dict.SetString("n_fields", v+Int(len(names)))
	}
}

// NewStructSeq makes an instance of a StructSeqType class.
func NewStructSeq(cls *Type, values ...Object) Object {
	return &Instance{Cls: cls, Base: NewTuple(values...)}
}
