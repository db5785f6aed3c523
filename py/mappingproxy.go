package py

// mappingproxy: the read-only view of a class's namespace.

func init() {
	// mappingproxy(mapping): a read-only view of a dict (views of other
	// mappings are not supported: the view holds a dict).
	MappingProxyType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		var m Object
		if err := UnpackArgs(t, "mappingproxy", args, kw, "mapping", &m); err != nil {
			return nil, err
		}
		switch v := m.(type) {
		case *Dict:
			return &MappingProxy{D: v}, nil
		case *MappingProxy:
			return &MappingProxy{D: v.D}, nil
		case *Instance:
			if d, ok := v.Base.(*Dict); ok {
				return &MappingProxy{D: d}, nil
			}
		}
		return nil, Errorf(TypeError, "mappingproxy() argument must be a mapping, not %s", TypeName(m))
	}
	mp := func(name string, fn func(t *Thread, d *Dict, a []Object) (Object, error)) {
		MappingProxyType.AddMethod(name, func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			return fn(t, args[0].(*MappingProxy).D, args[1:])
		})
	}
	mp("__getitem__", func(t *Thread, d *Dict, a []Object) (Object, error) { return GetItem(t, d, a[0]) })
	mp("__contains__", func(t *Thread, d *Dict, a []Object) (Object, error) {
		_, found, err := d.GetItem(t, a[0])
		return NewBool(found), err
	})
	mp("__len__", func(t *Thread, d *Dict, a []Object) (Object, error) { return Int(d.Len()), nil })
	mp("__iter__", func(t *Thread, d *Dict, a []Object) (Object, error) { return &dictIter{it: d.Iter()}, nil })
	mp("keys", func(t *Thread, d *Dict, a []Object) (Object, error) { return &dictView{d, 0}, nil })
	mp("values", func(t *Thread, d *Dict, a []Object) (Object, error) { return &dictView{d, 1}, nil })
	mp("items", func(t *Thread, d *Dict, a []Object) (Object, error) { return &dictView{d, 2}, nil })
	mp("copy", func(t *Thread, d *Dict, a []Object) (Object, error) { return d.Copy(), nil })
	mp("get", func(t *Thread, d *Dict, a []Object) (Object, error) {
		v, found, err := d.GetItem(t, a[0])
		if err != nil || found {
			return v, err
		}
		if len(a) > 1 {
			return a[1], nil
		}
		return None, nil
	})
	mp("__str__", func(t *Thread, d *Dict, a []Object) (Object, error) {
		s, err := dictRepr(t, d)
		return NewStr(s), err
	})
	mp("__eq__", func(t *Thread, d *Dict, a []Object) (Object, error) {
		other := a[0]
		if o, ok := other.(*MappingProxy); ok {
			other = o.D
		}
		eq, err := Eq(t, d, other)
		return NewBool(eq), err
	})
	mp("__repr__", func(t *Thread, d *Dict, a []Object) (Object, error) {
		s, err := dictRepr(t, d)
		return NewStr("mappingproxy(" + s + ")"), err
	})
	InstallNew(MappingProxyType)
}
