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

// NewStructSeq makes an instance of a StructSeqType class.
func NewStructSeq(cls *Type, values ...Object) Object {
	return &Instance{Cls: cls, Base: NewTuple(values...)}
}
