package py

// The runtime of the match statement: $match(subject, description,
// ncaptures) returns the tuple of captured values, or None when the
// pattern does not match. See syntax/match.go for the descriptions.

var strMatchArgs = Intern("__match_args__")

func init() {
	builtinFuncs["$match"] = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		desc := args[1].(*Tuple)
		n := int(args[2].(Int))
		caps := make([]Object, n)
		ok, err := matchPattern(t, args[0], desc, caps)
		if err != nil || !ok {
			return None, err
		}
		return NewTuple(caps...), nil
	}
}

func setCapture(caps []Object, idx Object, v Object) {
	if i := int(idx.(Int)); i >= 0 {
		caps[i] = v
	}
}

// typeInMRO reports whether a class of o's MRO has one of names.
func typeInMRO(o Object, names ...string) bool {
	for _, c := range o.Type().MRO {
		for _, n := range names {
			if c.Name == n && c.Flags&FlagBuiltin == 0 {
				return true
			}
		}
	}
	return false
}

// matchIsSequence is CPython's Py_TPFLAGS_SEQUENCE test.
func matchIsSequence(o Object) bool {
	switch v := o.(type) {
	case *List, *Tuple, *Range:
		return true
	case *Str, *Bytes, *ByteArray, *Dict:
		return false
	case *Instance:
		switch v.Base.(type) {
		case *List, *Tuple, *Range:
			return true
		case *Str, *Bytes, *ByteArray, *Dict:
			return false
		}
	}
	switch o.Type().Name {
	case "memoryview", "array", "deque":
		return true
	}
	return typeInMRO(o, "Sequence", "MutableSequence", "deque", "UserList")
}

// matchIsMapping is CPython's Py_TPFLAGS_MAPPING test.
func matchIsMapping(o Object) bool {
	if asDict(o) != nil {
		return true
	}
	if _, ok := o.(*MappingProxy); ok {
		return true
	}
	return typeInMRO(o, "Mapping", "MutableMapping", "UserDict")
}

func matchPattern(t *Thread, subj Object, d *Tuple, caps []Object) (bool, error) {
	kind := d.Items[0].(*Str).S
	switch kind {
	case "w":
		return true, nil
	case "c":
		setCapture(caps, d.Items[1], subj)
		return true, nil
	case "v":
		return Eq(t, subj, d.Items[1])
	case "s":
		return subj == d.Items[1], nil
	case "a":
		ok, err := matchPattern(t, subj, d.Items[1].(*Tuple), caps)
		if ok && err == nil {
			setCapture(caps, d.Items[2], subj)
		}
		return ok, err
	case "o":
		for _, alt := range d.Items[1].(*Tuple).Items {
			ok, err := matchPattern(t, subj, alt.(*Tuple), caps)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case "q":
		return matchSequence(t, subj, d.Items[1].(*Tuple).Items, caps)
	case "m":
		return matchMapping(t, subj, d, caps)
	case "k":
		return matchClass(t, subj, d, caps)
	}
	return false, Errorf(SystemError, "bad match pattern %s", kind)
}

func matchSequence(t *Thread, subj Object, pats []Object, caps []Object) (bool, error) {
	if !matchIsSequence(subj) {
		return false, nil
	}
	star := -1
	for i, p := range pats {
		if p.(*Tuple).Items[0].(*Str).S == "*" {
			star = i
		}
	}
	n, err := Len(t, subj)
	if err != nil {
		return false, err
	}
	if star < 0 && n != len(pats) || star >= 0 && n < len(pats)-1 {
		return false, nil
	}
	var items []Object
	switch v := subj.(type) {
	case *List:
		items = append([]Object(nil), v.Items...)
	case *Tuple:
		items = v.Items
	default:
		if items, err = ToSlice(t, subj); err != nil {
			return false, err
		}
		if len(items) != n {
			return false, nil
		}
	}
	if star < 0 {
		for i, p := range pats {
			ok, err := matchPattern(t, items[i], p.(*Tuple), caps)
			if err != nil || !ok {
				return false, err
			}
		}
		return true, nil
	}
	after := len(pats) - star - 1
	for i := 0; i < star; i++ {
		ok, err := matchPattern(t, items[i], pats[i].(*Tuple), caps)
		if err != nil || !ok {
			return false, err
		}
	}
	setCapture(caps, pats[star].(*Tuple).Items[1], NewList(append([]Object(nil), items[star:len(items)-after]...)...))
	for j := 0; j < after; j++ {
		ok, err := matchPattern(t, items[len(items)-after+j], pats[star+1+j].(*Tuple), caps)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func matchMapping(t *Thread, subj Object, d *Tuple, caps []Object) (bool, error) {
	if !matchIsMapping(subj) {
		return false, nil
	}
	keys := d.Items[1].(*Tuple).Items
	pats := d.Items[2].(*Tuple).Items
	restIdx := int(d.Items[3].(Int))
	n, err := Len(t, subj)
	if err != nil {
		return false, err
	}
	if n < len(keys) {
		return false, nil
	}
	seen := NewSet()
	values := make([]Object, len(keys))
	dict, exact := subj.(*Dict)
	var get Object
	for i, k := range keys {
		dup, err := seen.Contains(t, k)
		if err != nil {
			return false, err
		}
		if dup {
			r, _ := Repr(t, k)
			return false, Errorf(ValueError, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := seen.Add(t, k); err != nil {
			return false, err
		}
		var v Object
		if exact {
			var found bool
			v, found, err = dict.GetItem(t, k)
			if err != nil {
				return false, err
			}
			if !found {
				return false, nil
			}
		} else {
			if get == nil {
				if get, err = GetAttr(t, subj, Intern("get")); err != nil {
					return false, err
				}
			}
			sentinel := &Instance{Cls: ObjectType}
			if v, err = t.Call(get, []Object{k, sentinel}, nil); err != nil {
				return false, err
			}
			if v == sentinel {
				return false, nil
			}
		}
		values[i] = v
	}
	for i, p := range pats {
		ok, err := matchPattern(t, values[i], p.(*Tuple), caps)
		if err != nil || !ok {
			return false, err
		}
	}
	if restIdx >= 0 {
		rest := NewDict()
		if err := dictUpdate(t, rest, []Object{subj}, nil); err != nil {
			return false, err
		}
		for _, k := range keys {
			if _, err := rest.DelItem(t, k); err != nil {
				return false, err
			}
		}
		caps[restIdx] = rest
	}
	return true, nil
}

// matchSelfTypes match their subject itself with one positional pattern.
func matchSelfType(c *Type) bool {
	switch c {
	case BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType:
		return true
	}
	return false
}

func matchClass(t *Thread, subj Object, d *Tuple, caps []Object) (bool, error) {
	cls, ok := d.Items[1].(*Type)
	if !ok {
		return false, Errorf(TypeError, "called match pattern must be a class")
	}
	pos := d.Items[2].(*Tuple).Items
	kwNames := d.Items[3].(*Tuple).Items
	kwPats := d.Items[4].(*Tuple).Items
	is, err := IsInstanceOf(t, subj, cls)
	if err != nil || !is {
		return false, err
	}
	var attrs []Object
	var attrPats []Object
	if len(pos) > 0 {
		if matchSelfType(cls) && len(pos) == 1 {
			ok, err := matchPattern(t, subj, pos[0].(*Tuple), caps)
			if err != nil || !ok {
				return false, err
			}
		} else {
			var margs []Object
			ma, err := GetAttrOpt(t, cls, strMatchArgs)
			if err != nil {
				return false, err
			}
			if ma != nil {
				tu, ok := ma.(*Tuple)
				if !ok {
					return false, Errorf(TypeError, "%s.__match_args__ must be a tuple (got %s)", cls.Name, TypeName(ma))
				}
				margs = tu.Items
			}
			if matchSelfType(cls) && ma == nil {
				return false, Errorf(TypeError, "%s() accepts 1 positional sub-pattern (%d given)", cls.Name, len(pos))
			}
			if len(pos) > len(margs) {
				what := "sub-patterns"
				if len(margs) == 1 {
					what = "sub-pattern"
				}
				return false, Errorf(TypeError, "%s() accepts %d positional %s (%d given)", cls.Name, len(margs), what, len(pos))
			}
			for i := range pos {
				if _, ok := margs[i].(*Str); !ok {
					return false, Errorf(TypeError, "__match_args__ elements must be strings (got %s)", TypeName(margs[i]))
				}
				attrs = append(attrs, margs[i])
				attrPats = append(attrPats, pos[i])
			}
		}
	}
	attrs = append(attrs, kwNames...)
	attrPats = append(attrPats, kwPats...)
	seen := map[string]bool{}
	for i, a := range attrs {
		name := a.(*Str)
		if seen[name.S] {
			return false, Errorf(TypeError, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, name.S)
		}
		seen[name.S] = true
		v, err := GetAttrOpt(t, subj, Intern(name.S))
		if err != nil {
			return false, err
		}
		if v == nil {
			return false, nil
		}
		ok, err := matchPattern(t, v, attrPats[i].(*Tuple), caps)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// isIterable reports whether iter(o) can succeed (o defines __iter__ or
// the __getitem__ sequence protocol).
func isIterable(o Object) bool {
	if _, ok := builtinIter(o); ok {
		return true
	}
	tp := o.Type()
	if fn := tp.Lookup(strIter); fn != nil && fn != None {
		return true
	}
	return tp.Lookup(strGetitem) != nil
}
