package py

import "strings"

// types.GenericAlias (list[int]) and types.UnionType (int | str).

var (
	GenericAliasType = NewBuiltinType("GenericAlias", ObjectType, nil)
	UnionType        = NewBuiltinType("UnionType", ObjectType, nil)
)

// GenericAlias is a subscripted builtin class such as list[int].
type GenericAlias struct {
	Origin Object
	Args   *Tuple
}

func (*GenericAlias) Type() *Type { return GenericAliasType }

// Union is X | Y of types.
type Union struct {
	Args *Tuple
}

func (*Union) Type() *Type { return UnionType }

func newGenericAlias(origin, params Object) *GenericAlias {
	args, ok := params.(*Tuple)
	if !ok {
		args = NewTuple(params)
	}
	return &GenericAlias{Origin: origin, Args: args}
}

// typeRepr formats an argument of a generic alias or union.
func typeRepr(t *Thread, o Object) (string, error) {
	switch v := o.(type) {
	case *Type:
		if v.Module == "builtins" || v.Module == "" {
			return v.QualName(), nil
		}
		return v.Module + "." + v.QualName(), nil
	case *ellipsisObject:
		return "...", nil
	case *noneObject:
		return "None", nil
	}
	return Repr(t, o)
}

// unionable reports whether o can be an operand of | between types.
func unionable(o Object) bool {
	switch o.(type) {
	case *Type, *noneObject, *GenericAlias, *Union:
		return true
	}
	return false
}

// makeUnion is a | b for unionable operands.
func makeUnion(t *Thread, a, b Object) (Object, error) {
	var args []Object
	add := func(o Object) error {
		if u, ok := o.(*Union); ok {
			for _, x := range u.Args.Items {
				if err := addUnique(t, &args, x); err != nil {
					return err
				}
			}
			return nil
		}
		if o == None {
			o = NoneTypeType
		}
		return addUnique(t, &args, o)
	}
	if err := add(a); err != nil {
		return nil, err
	}
	if err := add(b); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return &Union{Args: NewTuple(args...)}, nil
}

func addUnique(t *Thread, args *[]Object, o Object) error {
	for _, x := range *args {
		eq, err := Eq(t, x, o)
		if err != nil {
			return err
		}
		if eq {
			return nil
		}
	}
	*args = append(*args, o)
	return nil
}

func classGetitem(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "__class_getitem__ expected 1 argument, got %d", len(args)-1)
	}
	return newGenericAlias(args[0], args[1]), nil
}

func init() {
	GenericAliasType.Module = "types"
	UnionType.Module = "types"
	for _, tp := range []*Type{ListType, TupleType, DictType, SetType, FrozenSetType, TypeType, EnumerateType} {
		tp.AddClassMethod("__class_getitem__", classGetitem)
	}
	GenericAliasType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if err := CheckPosArgs("GenericAlias", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return newGenericAlias(args[0], args[1]), nil
	}
	ga := func(o Object) *GenericAlias { return o.(*GenericAlias) }
	GenericAliasType.AddGetSet("__origin__", func(t *Thread, self Object) (Object, error) { return ga(self).Origin, nil }, nil)
	GenericAliasType.AddGetSet("__args__", func(t *Thread, self Object) (Object, error) { return ga(self).Args, nil }, nil)
	GenericAliasType.AddGetSet("__parameters__", func(t *Thread, self Object) (Object, error) { return NewTuple(), nil }, nil)
	GenericAliasType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		g := ga(args[0])
		var b strings.Builder
		s, err := typeRepr(t, g.Origin)
		if err != nil {
			return nil, err
		}
		b.WriteString(s + "[")
		if len(g.Args.Items) == 0 {
			b.WriteString("()")
		}
		for i, a := range g.Args.Items {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := typeRepr(t, a)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		b.WriteString("]")
		return NewStr(b.String()), nil
	})
	GenericAliasType.AddMethod("__call__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		g := ga(args[0])
		r, err := t.Call(g.Origin, args[1:], kw)
		if err != nil {
			return nil, err
		}
		if err := SetAttr(t, r, Intern("__orig_class__"), g); err != nil {
			if e := AsException(err); !e.IsInstance(AttributeError) && !e.IsInstance(TypeError) {
				return nil, err
			}
		}
		return r, nil
	})
	GenericAliasType.AddMethod("__getattr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		name, _ := args[1].(*Str)
		if name == nil || (strings.HasPrefix(name.S, "__") && strings.HasSuffix(name.S, "__") && name.S != "__name__" && name.S != "__qualname__" && name.S != "__module__" && name.S != "__doc__") {
			return nil, noAttribute(args[0], name)
		}
		return GetAttr(t, ga(args[0]).Origin, name)
	})
	GenericAliasType.AddMethod("__mro_entries__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewTuple(ga(args[0]).Origin), nil
	})
	GenericAliasType.AddMethod("__eq__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		o, ok := args[1].(*GenericAlias)
		if !ok {
			return NotImplemented, nil
		}
		g := ga(args[0])
		eq, err := Eq(t, g.Origin, o.Origin)
		if err != nil || !eq {
			return NewBool(eq), err
		}
		eq, err = Eq(t, g.Args, o.Args)
		return NewBool(eq), err
	})
	GenericAliasType.AddMethod("__hash__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		g := ga(args[0])
		h1, err := Hash(t, g.Origin)
		if err != nil {
			return nil, err
		}
		h2, err := Hash(t, g.Args)
		return Int(h1 ^ h2), err
	})
	GenericAliasType.AddMethod("__getitem__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		r, _ := Repr(t, args[0])
		return nil, Errorf(TypeError, "%s is not a generic class", r)
	})
	GenericAliasType.AddMethod("__instancecheck__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return nil, Errorf(TypeError, "isinstance() argument 2 cannot be a parameterized generic")
	})
	GenericAliasType.AddMethod("__subclasscheck__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return nil, Errorf(TypeError, "issubclass() argument 2 cannot be a parameterized generic")
	})
	orOp := func(reflected bool) Native {
		return func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
			if !unionable(args[1]) {
				return NotImplemented, nil
			}
			if reflected {
				return makeUnion(t, args[1], args[0])
			}
			return makeUnion(t, args[0], args[1])
		}
	}
	for _, tp := range []*Type{GenericAliasType, UnionType, TypeType} {
		tp.AddMethod("__or__", orOp(false))
		tp.AddMethod("__ror__", orOp(true))
	}

	un := func(o Object) *Union { return o.(*Union) }
	UnionType.AddGetSet("__args__", func(t *Thread, self Object) (Object, error) { return un(self).Args, nil }, nil)
	UnionType.AddGetSet("__parameters__", func(t *Thread, self Object) (Object, error) { return NewTuple(), nil }, nil)
	UnionType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		parts := make([]string, 0, len(un(args[0]).Args.Items))
		for _, a := range un(args[0]).Args.Items {
			if a == NoneTypeType {
				parts = append(parts, "None")
				continue
			}
			s, err := typeRepr(t, a)
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
		}
		return NewStr(strings.Join(parts, " | ")), nil
	})
	UnionType.AddMethod("__eq__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		o, ok := args[1].(*Union)
		if !ok {
			return NotImplemented, nil
		}
		a, err := toSet(t, un(args[0]).Args)
		if err != nil {
			return nil, err
		}
		b, err := toSet(t, o.Args)
		if err != nil {
			return nil, err
		}
		if a.used != b.used {
			return False, nil
		}
		r, err := isSubset(t, a, b)
		return NewBool(r), err
	})
	UnionType.AddMethod("__hash__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		s, err := toSet(t, un(args[0]).Args)
		if err != nil {
			return nil, err
		}
		return Int(s.frozenHash()), nil
	})
	UnionType.AddMethod("__instancecheck__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		for _, a := range un(args[0]).Args.Items {
			if _, ok := a.(*GenericAlias); ok {
				return nil, Errorf(TypeError, "isinstance() argument 2 cannot be a parameterized generic")
			}
		}
		r, err := IsInstanceOf(t, args[1], un(args[0]).Args)
		return NewBool(r), err
	})
	UnionType.AddMethod("__subclasscheck__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		for _, a := range un(args[0]).Args.Items {
			if _, ok := a.(*GenericAlias); ok {
				return nil, Errorf(TypeError, "issubclass() argument 2 cannot be a parameterized generic")
			}
		}
		r, err := IsSubclassOf(t, args[1], un(args[0]).Args)
		return NewBool(r), err
	})
	InstallNew(GenericAliasType)
}
