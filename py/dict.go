package py

import "strings"

// dict methods and views, range, slice and the builtin iterator classes.

type dictView struct {
	d    *Dict
	kind int // 0 keys, 1 values, 2 items
}

var (
	dictKeysType   = NewBuiltinType("dict_keys", ObjectType, nil)
	dictValuesType = NewBuiltinType("dict_values", ObjectType, nil)
	dictItemsType  = NewBuiltinType("dict_items", ObjectType, nil)
)

func (v *dictView) Type() *Type {
	return [...]*Type{dictKeysType, dictValuesType, dictItemsType}[v.kind]
}

func dictUpdate(t *Thread, d *Dict, args []Object, kw []Kwarg) error {
	if len(args) > 1 {
		return Errorf(TypeError, "update expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		src := args[0]
		if sd := mergeableDict(src); sd != nil {
			var err error
			sd.Items(func(k, v Object) bool {
				err = d.SetItem(t, k, v)
				return err == nil
			})
			if err != nil {
				return err
			}
		} else if keys, _ := GetAttrOpt(t, src, Intern("keys")); keys != nil {
			if err := mergeMapping(t, d, src, nil); err != nil {
				return err
			}
		} else {
			i := 0
			err := Iterate(t, src, func(x Object) (bool, error) {
				pair, err := ToSlice(t, x)
				if err != nil {
					return false, Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				if len(pair) != 2 {
					return false, Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				i++
				return true, d.SetItem(t, pair[0], pair[1])
			})
			if err != nil {
				return err
			}
		}
	}
	for _, k := range kw {
		d.SetStr(NewStr(k.Name), k.Value)
	}
	return nil
}

func dictRepr(t *Thread, d *Dict) (string, error) {
	if !reprGuard(t, d) {
		return "{...}", nil
	}
	defer reprRelease(t, d)
	if err := t.Enter(); err != nil {
		return "", err
	}
	defer t.Leave()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	var err error
	d.Items(func(k, v Object) bool {
		if !first {
			b.WriteString(", ")
		}
		first = false
		var ks, vs string
		if ks, err = Repr(t, k); err != nil {
			return false
		}
		if vs, err = Repr(t, v); err != nil {
			return false
		}
		b.WriteString(ks + ": " + vs)
		return true
	})
	b.WriteByte('}')
	return b.String(), err
}

func init() {
	DictType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) { return NewDict(), nil }
	dm := func(name string, fn func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error)) {
		DictType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			d := asDict(args[0])
			if d == nil {
				return nil, Errorf(TypeError, "descriptor '%s' requires a 'dict' object", name)
			}
			return fn(t, d, args[1:], kw)
		})
	}
	dm("__init__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		if len(a) > 1 {
			return nil, Errorf(TypeError, "dict expected at most 1 argument, got %d", len(a))
		}
		return None, dictUpdate(t, d, a, kw)
	})
	dm("update", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) { return None, dictUpdate(t, d, a, kw) })
	dm("get", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("get", a, kw, 1, 2); err != nil {
			return nil, err
		}
		v, found, err := d.GetItem(t, a[0])
		if err != nil {
			return nil, err
		}
		if !found {
			if len(a) == 2 {
				return a[1], nil
			}
			return None, nil
		}
		return v, nil
	})
	dm("setdefault", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("setdefault", a, kw, 1, 2); err != nil {
			return nil, err
		}
		v, found, err := d.GetItem(t, a[0])
		if err != nil || found {
			return v, err
		}
		var dv Object = None
		if len(a) == 2 {
			dv = a[1]
		}
		return dv, d.SetItem(t, a[0], dv)
	})
	dm("pop", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("pop", a, kw, 1, 2); err != nil {
			return nil, err
		}
		v, err := d.Pop(t, a[0])
		if err != nil {
			return nil, err
		}
		if v == nil {
			if len(a) == 2 {
				return a[1], nil
			}
			return nil, NewKeyError(a[0])
		}
		return v, nil
	})
	dm("popitem", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if e.key != nil {
				d.Pop(t, e.key)
				return NewTuple(e.key, e.value), nil
			}
		}
		return nil, Errorf(KeyError, "popitem(): dictionary is empty")
	})
	dm("keys", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) { return &dictView{d, 0}, nil })
	dm("values", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) { return &dictView{d, 1}, nil })
	dm("items", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) { return &dictView{d, 2}, nil })
	dm("clear", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		d.Clear()
		return None, nil
	})
	dm("copy", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) { return d.Copy(), nil })
	dm("__len__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) { return Int(d.Len()), nil })
	dm("__iter__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) { return &dictIter{it: d.Iter()}, nil })
	dm("__reversed__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		ks := d.Keys()
		for i, j := 0, len(ks)-1; i < j; i, j = i+1, j-1 {
			ks[i], ks[j] = ks[j], ks[i]
		}
		return &dictRevIter{tupleIter: tupleIter{items: ks}}, nil
	})
	dm("__contains__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		_, found, err := d.GetItem(t, a[0])
		return NewBool(found), err
	})
	dm("__getitem__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		v, found, err := d.GetItem(t, a[0])
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, NewKeyError(a[0])
		}
		return v, nil
	})
	dm("__setitem__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		return None, d.SetItem(t, a[0], a[1])
	})
	dm("__delitem__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		found, err := d.DelItem(t, a[0])
		if err == nil && !found {
			err = NewKeyError(a[0])
		}
		return None, err
	})
	dm("__repr__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		s, err := dictRepr(t, d)
		return NewStr(s), err
	})
	dm("__eq__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		o := asDict(a[0])
		if o == nil {
			return NotImplemented, nil
		}
		if o.Len() != d.Len() {
			return False, nil
		}
		eq := true
		var err error
		d.Items(func(k, v Object) bool {
			ov, found, e := o.GetItem(t, k)
			if e != nil || !found {
				err, eq = e, false
				return false
			}
			if eq, err = Eq(t, v, ov); err != nil || !eq {
				return false
			}
			return true
		})
		return NewBool(eq), err
	})
	dm("__or__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		o := asDict(a[0])
		if o == nil {
			return NotImplemented, nil
		}
		n := d.Copy()
		return n, dictUpdate(t, n, []Object{o}, nil)
	})
	dm("__ior__", func(t *Thread, d *Dict, a []Object, kw []Kwarg) (Object, error) {
		return d, dictUpdate(t, d, a, nil)
	})
	DictType.Dict.SetString("__hash__", None)
	DictType.AddClassMethod("fromkeys", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("fromkeys", args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
		var v Object = None
		if len(args) == 3 {
			v = args[2]
		}
		r, err := t.Call(args[0], nil, nil)
		if err != nil {
			return nil, err
		}
		err = Iterate(t, args[1], func(k Object) (bool, error) { return true, SetItem(t, r, k, v) })
		return r, err
	})

	// views
	for _, tp := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		tp.AddMethod("__iter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			v := args[0].(*dictView)
			return &dictIter{it: v.d.Iter(), kind: v.kind}, nil
		})
		tp.AddMethod("__len__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			return Int(args[0].(*dictView).d.Len()), nil
		})
		tp.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			v := args[0].(*dictView)
			items, err := ToSlice(t, v)
			if err != nil {
				return nil, err
			}
			s, err := reprItems(t, items, v.Type().Name+"([", "])")
			return NewStr(s), err
		})
		tp.AddMethod("__contains__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			v := args[0].(*dictView)
			switch v.kind {
			case 0:
				_, found, err := v.d.GetItem(t, args[1])
				return NewBool(found), err
			case 2:
				pair, ok := args[1].(*Tuple)
				if !ok || len(pair.Items) != 2 {
					return False, nil
				}
				val, found, err := v.d.GetItem(t, pair.Items[0])
				if err != nil || !found {
					return False, err
				}
				eq, err := Eq(t, val, pair.Items[1])
				return NewBool(eq), err
			}
			r, err := Contains(t, NewList(v.d.Values()...), args[1])
			return NewBool(r), err
		})
		// view.mapping (3.10): a read-only proxy of the viewed dict
		tp.AddGetSet("mapping", func(t *Thread, self Object) (Object, error) {
			return &MappingProxy{D: self.(*dictView).d}, nil
		}, nil)
		tp.AddMethod("__reversed__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			v := args[0].(*dictView)
			items, _ := ToSlice(t, v)
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			return &dictRevIter{tupleIter: tupleIter{items: items}, kind: v.kind}, nil
		})
		if tp != dictValuesType {
			for _, op := range []struct{ name, sym string }{{"__or__", "|"}, {"__and__", "&"}, {"__sub__", "-"}, {"__xor__", "^"}} {
				sym := op.sym
				tp.AddMethod(op.name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
					return dictViewBinary(t, args[0], args[1], sym)
				})
			}
			for _, op := range []struct{ name, sym string }{{"__ror__", "|"}, {"__rand__", "&"}, {"__rsub__", "-"}, {"__rxor__", "^"}} {
				sym := op.sym
				tp.AddMethod(op.name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
					return dictViewBinary(t, args[1], args[0], sym)
				})
			}
		}
		if tp != dictValuesType {
			tp.AddMethod("isdisjoint", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				if err := CheckArgs("isdisjoint", args[1:], kw, 1, 1); err != nil {
					return nil, err
				}
				a, err := toSet(t, args[0])
				if err != nil {
					return nil, err
				}
				r := true
				err = Iterate(t, args[1], func(x Object) (bool, error) {
					in, err := a.Contains(t, x)
					if in {
						r = false
					}
					return !in, err
				})
				return NewBool(r), err
			})
			viewCmp := func(name string, fn func(t *Thread, a, b *Set) (bool, error)) {
				tp.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
					switch args[1].(type) {
					case *dictView, *Set:
					default:
						if _, ok := asSet(args[1]); !ok {
							return NotImplemented, nil
						}
					}
					if v, ok := args[1].(*dictView); ok && v.kind == 1 {
						return NotImplemented, nil
					}
					a, err := toSet(t, args[0])
					if err != nil {
						return nil, err
					}
					b, err := toSet(t, args[1])
					if err != nil {
						return nil, err
					}
					r, err := fn(t, a, b)
					return NewBool(r), err
				})
			}
			viewCmp("__le__", isSubset)
			viewCmp("__ge__", func(t *Thread, a, b *Set) (bool, error) { return isSubset(t, b, a) })
			viewCmp("__lt__", func(t *Thread, a, b *Set) (bool, error) {
				r, err := isSubset(t, a, b)
				return r && a.used < b.used, err
			})
			viewCmp("__gt__", func(t *Thread, a, b *Set) (bool, error) {
				r, err := isSubset(t, b, a)
				return r && a.used > b.used, err
			})
		}
		tp.AddMethod("__eq__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			v := args[0].(*dictView)
			if v.kind == 1 {
				return NewBool(args[0] == args[1]), nil
			}
			a, err := toSet(t, args[0])
			if err != nil {
				return nil, err
			}
			b, err := toSet(t, args[1])
			if err != nil {
				return NotImplemented, nil
			}
			if a.used != b.used {
				return False, nil
			}
			ok, err := isSubset(t, a, b)
			return NewBool(ok), err
		})
	}
	InstallNew(DictType)
}

// ---- slice ----

func init() {
	// the set-like views compare by value and so are unhashable
	dictKeysType.Dict.SetString("__hash__", None)
	dictItemsType.Dict.SetString("__hash__", None)
}

func init() {
	SliceType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("slice", args, kw, 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{Start: None, Stop: args[0], Step: None}, nil
		case 2:
			return &Slice{Start: args[0], Stop: args[1], Step: None}, nil
		}
		return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
	}
	// slices are unhashable before Python 3.12
	SliceType.Dict.SetString("__hash__", None)
	SliceType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s := args[0].(*Slice)
		r, err := reprItems(t, []Object{s.Start, s.Stop, s.Step}, "slice(", ")")
		return NewStr(r), err
	})
	SliceType.AddMethod("indices", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckArgs("indices", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		nv, err := Index(t, args[1])
		if err != nil {
			return nil, err
		}
		n, _ := ToBig(nv)
		if n.Sign() < 0 {
			return nil, Errorf(ValueError, "length should not be negative")
		}
		start, stop, step, err := bigSliceIndices(t, args[0].(*Slice), n)
		if err != nil {
			return nil, err
		}
		return NewTuple(NewBig(start), NewBig(stop), NewBig(step)), nil
	})
	for _, name := range []string{"start", "stop", "step"} {
		name := name
		SliceType.AddGetSet(name, func(t *Thread, self Object) (Object, error) {
			s := self.(*Slice)
			switch name {
			case "start":
				return s.Start, nil
			case "stop":
				return s.Stop, nil
			}
			return s.Step, nil
		}, nil)
	}
	// slices compare as (start, stop, step) tuples
	for _, op := range []CompareOp{LT, LE, EQ, NE, GT, GE} {
		op := op
		SliceType.AddMethod(op.Name().S, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			a, b := args[0].(*Slice), args[1]
			bs, ok := b.(*Slice)
			if !ok {
				return NotImplemented, nil
			}
			r, _, err := compareSequences(t, NewTuple(a.Start, a.Stop, a.Step), NewTuple(bs.Start, bs.Stop, bs.Step), op)
			return r, err
		})
	}
	InstallNew(RangeType, SliceType)
}

func mustSlice(t *Thread, o Object) []Object {
	items, _ := ToSlice(t, o)
	return items
}
