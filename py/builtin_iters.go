package py

// The iterator classes behind enumerate, zip, map, filter, reversed and
// iter(callable, sentinel).

type genericIter struct {
	cls  *Type
	next func(t *Thread) (Object, error)
}

func (g *genericIter) Type() *Type                    { return g.cls }
func (g *genericIter) Next(t *Thread) (Object, error) { return g.next(t) }

// Builtin iterator classes.
var (
	EnumerateType = NewBuiltinType("enumerate", ObjectType, nil)
	ZipType       = NewBuiltinType("zip", ObjectType, nil)
	MapType       = NewBuiltinType("map", ObjectType, nil)
	FilterType    = NewBuiltinType("filter", ObjectType, nil)
	ReversedType  = NewBuiltinType("reversed", ObjectType, nil)
)

// NewCallableIter is iter(callable, sentinel).
func NewCallableIter(fn, sentinel Object) Object {
	done := false
	return &genericIter{cls: CallableIteratorType, next: func(t *Thread) (Object, error) {
		if done {
			return nil, nil
		}
		v, err := t.Call(fn, nil, nil)
		if err != nil {
			if e := AsException(err); e.IsInstance(StopIteration) {
				done = true
				return nil, nil
			}
			return nil, err
		}
		eq, err := Eq(t, v, sentinel)
		if err != nil {
			return nil, err
		}
		if eq {
			done = true
			return nil, nil
		}
		return v, nil
	}}
}

// enumerateArgs binds enumerate(iterable, start=0) with the messages of
// CPython 3.11's enumerate vectorcall, which checks keyword names by
// position rather than binding them.
func enumerateArgs(args []Object, kw []Kwarg) (it, start Object, err error) {
	start = Int(0)
	check := func(i int, name string) error {
		if kw[i].Name != name {
			return InvalidKeyword("enumerate", kw[i].Name)
		}
		return nil
	}
	all := append(append([]Object(nil), args...), make([]Object, len(kw))...)
	for i, k := range kw {
		all[len(args)+i] = k.Value
	}
	switch len(all) {
	case 2:
		switch len(kw) {
		case 1:
			err = check(0, "start")
		case 2:
			if kw[0].Name == "start" {
				if err = check(1, "iterable"); err != nil {
					return nil, nil, err
				}
				return all[1], all[0], nil
			}
			if err = check(0, "iterable"); err == nil {
				err = check(1, "start")
			}
		}
		return all[0], all[1], err
	case 1:
		if len(kw) == 1 {
			err = check(0, "iterable")
		}
		return all[0], start, err
	}
	if len(args) == 0 {
		return nil, nil, Errorf(TypeError, "enumerate() missing required argument 'iterable'")
	}
	return nil, nil, Errorf(TypeError, "enumerate() takes at most 2 arguments (%d given)", len(all))
}

func init() {
	EnumerateType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		it, start, err := enumerateArgs(args, kw)
		if err != nil {
			return nil, err
		}
		if !hasIndex(start) {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(start))
		}
		iter, err := Iter(t, it)
		if err != nil {
			return nil, err
		}
		n := start
		return &genericIter{cls: EnumerateType, next: func(t *Thread) (Object, error) {
			v, err := Next(t, iter)
			if err != nil || v == nil {
				return nil, err
			}
			i := n
			if n, err = BinaryOp(t, OpAdd, n, Int(1)); err != nil {
				return nil, err
			}
			return NewTuple(i, v), nil
		}}, nil
	}
	ZipType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		strict := false
		for _, k := range kw {
			if k.Name != "strict" {
				return nil, InvalidKeyword("zip", k.Name)
			}
			b, err := Truth(t, k.Value)
			if err != nil {
				return nil, err
			}
			strict = b
		}
		iters := make([]Object, len(args))
		for i, a := range args {
			it, err := Iter(t, a)
			if err != nil {
				return nil, err
			}
			iters[i] = it
		}
		done := false
		return &genericIter{cls: ZipType, next: func(t *Thread) (Object, error) {
			if done || len(iters) == 0 {
				return nil, nil
			}
			items := make([]Object, len(iters))
			for i, it := range iters {
				v, err := Next(t, it)
				if err != nil {
					return nil, err
				}
				if v == nil {
					done = true
					if strict {
						if i > 0 {
							s := ""
							if i > 1 {
								s = "s 1-" + intToString(int64(i))
							} else {
								s = " 1"
							}
							return nil, Errorf(ValueError, "zip() argument %d is shorter than argument%s", i+1, s)
						}
						for j := 1; j < len(iters); j++ {
							w, err := Next(t, iters[j])
							if err != nil {
								return nil, err
							}
							if w != nil {
								s := " 1"
								if j > 1 {
									s = "s 1-" + intToString(int64(j))
								}
								return nil, Errorf(ValueError, "zip() argument %d is longer than argument%s", j+1, s)
							}
						}
					}
					return nil, nil
				}
				items[i] = v
			}
			return NewTuple(items...), nil
		}}, nil
	}
	MapType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if len(args) < 2 {
			return nil, Errorf(TypeError, "map() must have at least two arguments.")
		}
		fn := args[0]
		iters := make([]Object, len(args)-1)
		for i, a := range args[1:] {
			it, err := Iter(t, a)
			if err != nil {
				return nil, err
			}
			iters[i] = it
		}
		return &genericIter{cls: MapType, next: func(t *Thread) (Object, error) {
			vals := make([]Object, len(iters))
			for i, it := range iters {
				v, err := Next(t, it)
				if err != nil || v == nil {
					return nil, err
				}
				vals[i] = v
			}
			return t.Call(fn, vals, nil)
		}}, nil
	}
	FilterType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("filter", args, kw, 2, 2); err != nil {
			return nil, err
		}
		fn := args[0]
		it, err := Iter(t, args[1])
		if err != nil {
			return nil, err
		}
		return &genericIter{cls: FilterType, next: func(t *Thread) (Object, error) {
			for {
				v, err := Next(t, it)
				if err != nil || v == nil {
					return nil, err
				}
				r := v
				if fn != None {
					if r, err = t.Call(fn, []Object{v}, nil); err != nil {
						return nil, err
					}
				}
				ok, err := Truth(t, r)
				if err != nil {
					return nil, err
				}
				if ok {
					return v, nil
				}
			}
		}}, nil
	}
	ReversedType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("reversed", args, kw, 1, 1); err != nil {
			return nil, err
		}
		seq := args[0]
		if r, found, err := CallSpecial(t, seq, Intern("__reversed__")); found {
			return r, err
		}
		n, err := Len(t, seq)
		if err != nil || seq.Type().Lookup(strGetitem) == nil {
			return nil, Errorf(TypeError, "'%s' object is not reversible", TypeName(seq))
		}
		i := n - 1
		return &genericIter{cls: ReversedType, next: func(t *Thread) (Object, error) {
			if i < 0 {
				return nil, nil
			}
			v, err := GetItem(t, seq, Int(i))
			i--
			return v, err
		}}, nil
	}
	for _, tp := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		tp.AddMethod("__iter__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) { return args[0], nil })
		tp.AddMethod("__next__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			v, err := args[0].(Iterator).Next(t)
			if err == nil && v == nil {
				return nil, NewException(StopIteration)
			}
			return v, err
		})
	}
	InstallNew(EnumerateType, ZipType, MapType, FilterType, ReversedType)
}
