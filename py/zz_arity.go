package py

// Argument-count checks for builtin methods whose Go implementations are
// lenient about extra arguments (or word their errors differently):
// CPython rejects them with one of four messages depending on how the
// method takes its arguments. The table is applied once, after every
// type's methods are registered (this file's name sorts last).

type arityStyle uint8

const (
	arityNoArgs arityStyle = iota // "str.upper() takes no arguments (1 given)"
	arityOne                      // "str.format_map() takes exactly one argument (0 given)"
	arityPos                      // "center expected at least 1 argument, got 0"
	arityTuple                    // "find() takes at least 1 argument (0 given)"
)

type arityEntry struct {
	typ      *Type
	name     string
	style    arityStyle
	min, max int
}

// fits reports whether n arguments (self excluded) and kw are accepted:
// the check on every call, small enough to inline.
func (e *arityEntry) fits(n int, kw []Kwarg) bool {
	return len(kw) == 0 && n >= e.min && (e.max < 0 || n <= e.max)
}

// arityError returns the TypeError for n arguments (self excluded), or nil.
func (e *arityEntry) arityError(n int, kw []Kwarg) error {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s.%s() takes no keyword arguments", e.typ.Name, e.name)
	}
	if n >= e.min && (e.max < 0 || n <= e.max) {
		return nil
	}
	switch e.style {
	case arityNoArgs:
		return Errorf(TypeError, "%s.%s() takes no arguments (%d given)", e.typ.Name, e.name, n)
	case arityOne:
		return Errorf(TypeError, "%s.%s() takes exactly one argument (%d given)", e.typ.Name, e.name, n)
	case arityPos:
		if e.min == e.max {
			return Errorf(TypeError, "%s expected %d argument%s, got %d", e.name, e.min, plural(e.min), n)
		}
		if n < e.min {
			return Errorf(TypeError, "%s expected at least %d argument%s, got %d", e.name, e.min, plural(e.min), n)
		}
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", e.name, e.max, plural(e.max), n)
	}
	if e.min == e.max {
		return Errorf(TypeError, "%s() takes exactly %d argument%s (%d given)", e.name, e.min, plural(e.min), n)
	}
	if n < e.min {
		return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", e.name, e.min, plural(e.min), n)
	}
	return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", e.name, e.max, plural(e.max), n)
}

func init() {
	for i := range builtinArity {
		e := &builtinArity[i]
		v := e.typ.Dict.GetStr(Intern(e.name))
		switch d := v.(type) {
		case *MethodDescriptor:
			fn := d.Fn
			d.Fn = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				if !e.fits(len(args)-1, kw) {
					return nil, e.arityError(len(args)-1, kw)
				}
				return fn(t, args, kw)
			}
		case *ClassMethod:
			b := d.Func.(*Builtin)
			fn := b.Fn
			b.Fn = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				if !e.fits(len(args)-1, kw) {
					return nil, e.arityError(len(args)-1, kw)
				}
				return fn(t, args, kw)
			}
		case *StaticMethod:
			b := d.Func.(*Builtin)
			fn := b.Fn
			b.Fn = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				if !e.fits(len(args), kw) {
					return nil, e.arityError(len(args), kw)
				}
				return fn(t, args, kw)
			}
		default:
			panic("arity table: no builtin method " + e.typ.Name + "." + e.name)
		}
	}
}

var builtinArity = []arityEntry{
	{StrType, "capitalize", arityNoArgs, 0, 0},
	{StrType, "casefold", arityNoArgs, 0, 0},
	{StrType, "center", arityPos, 1, 2},
	{StrType, "count", arityTuple, 1, 3},
	{StrType, "endswith", arityTuple, 1, 3},
	{StrType, "find", arityTuple, 1, 3},
	{StrType, "format_map", arityOne, 1, 1},
	{StrType, "index", arityTuple, 1, 3},
	{StrType, "isalnum", arityNoArgs, 0, 0},
	{StrType, "isalpha", arityNoArgs, 0, 0},
	{StrType, "isascii", arityNoArgs, 0, 0},
	{StrType, "isdecimal", arityNoArgs, 0, 0},
	{StrType, "isdigit", arityNoArgs, 0, 0},
	{StrType, "isidentifier", arityNoArgs, 0, 0},
	{StrType, "islower", arityNoArgs, 0, 0},
	{StrType, "isnumeric", arityNoArgs, 0, 0},
	{StrType, "isprintable", arityNoArgs, 0, 0},
	{StrType, "isspace", arityNoArgs, 0, 0},
	{StrType, "istitle", arityNoArgs, 0, 0},
	{StrType, "isupper", arityNoArgs, 0, 0},
	{StrType, "ljust", arityPos, 1, 2},
	{StrType, "lower", arityNoArgs, 0, 0},
	{StrType, "lstrip", arityPos, 0, 1},
	{StrType, "maketrans", arityPos, 1, 3},
	{StrType, "partition", arityOne, 1, 1},
	{StrType, "removeprefix", arityOne, 1, 1},
	{StrType, "removesuffix", arityOne, 1, 1},
	{StrType, "replace", arityPos, 2, 3},
	{StrType, "rfind", arityTuple, 1, 3},
	{StrType, "rindex", arityTuple, 1, 3},
	{StrType, "rjust", arityPos, 1, 2},
	{StrType, "rpartition", arityOne, 1, 1},
	{StrType, "rstrip", arityPos, 0, 1},
	{StrType, "startswith", arityTuple, 1, 3},
	{StrType, "strip", arityPos, 0, 1},
	{StrType, "swapcase", arityNoArgs, 0, 0},
	{StrType, "title", arityNoArgs, 0, 0},
	{StrType, "translate", arityOne, 1, 1},
	{StrType, "upper", arityNoArgs, 0, 0},
	{StrType, "zfill", arityOne, 1, 1},
	{BytesType, "capitalize", arityNoArgs, 0, 0},
	{BytesType, "center", arityPos, 1, 2},
	{BytesType, "count", arityTuple, 1, 3},
	{BytesType, "find", arityTuple, 1, 3},
	{BytesType, "fromhex", arityOne, 1, 1},
	{BytesType, "index", arityTuple, 1, 3},
	{BytesType, "isalnum", arityNoArgs, 0, 0},
	{BytesType, "isalpha", arityNoArgs, 0, 0},
	{BytesType, "isascii", arityNoArgs, 0, 0},
	{BytesType, "isdigit", arityNoArgs, 0, 0},
	{BytesType, "islower", arityNoArgs, 0, 0},
	{BytesType, "isspace", arityNoArgs, 0, 0},
	{BytesType, "istitle", arityNoArgs, 0, 0},
	{BytesType, "isupper", arityNoArgs, 0, 0},
	{BytesType, "join", arityOne, 1, 1},
	{BytesType, "ljust", arityPos, 1, 2},
	{BytesType, "lower", arityNoArgs, 0, 0},
	{BytesType, "lstrip", arityPos, 0, 1},
	{BytesType, "maketrans", arityPos, 2, 2},
	{BytesType, "partition", arityOne, 1, 1},
	{BytesType, "removeprefix", arityOne, 1, 1},
	{BytesType, "removesuffix", arityOne, 1, 1},
	{BytesType, "replace", arityPos, 2, 3},
	{BytesType, "rfind", arityTuple, 1, 3},
	{BytesType, "rindex", arityTuple, 1, 3},
	{BytesType, "rjust", arityPos, 1, 2},
	{BytesType, "rpartition", arityOne, 1, 1},
	{BytesType, "rstrip", arityPos, 0, 1},
	{BytesType, "strip", arityPos, 0, 1},
	{BytesType, "swapcase", arityNoArgs, 0, 0},
	{BytesType, "title", arityNoArgs, 0, 0},
	{BytesType, "upper", arityNoArgs, 0, 0},
	{BytesType, "zfill", arityOne, 1, 1},
	{ByteArrayType, "append", arityOne, 1, 1},
	{ByteArrayType, "capitalize", arityNoArgs, 0, 0},
	{ByteArrayType, "center", arityPos, 1, 2},
	{ByteArrayType, "clear", arityNoArgs, 0, 0},
	{ByteArrayType, "copy", arityNoArgs, 0, 0},
	{ByteArrayType, "count", arityTuple, 1, 3},
	{ByteArrayType, "extend", arityOne, 1, 1},
	{ByteArrayType, "find", arityTuple, 1, 3},
	{ByteArrayType, "fromhex", arityOne, 1, 1},
	{ByteArrayType, "index", arityTuple, 1, 3},
	{ByteArrayType, "insert", arityPos, 2, 2},
	{ByteArrayType, "isalnum", arityNoArgs, 0, 0},
	{ByteArrayType, "isalpha", arityNoArgs, 0, 0},
	{ByteArrayType, "isascii", arityNoArgs, 0, 0},
	{ByteArrayType, "isdigit", arityNoArgs, 0, 0},
	{ByteArrayType, "islower", arityNoArgs, 0, 0},
	{ByteArrayType, "isspace", arityNoArgs, 0, 0},
	{ByteArrayType, "istitle", arityNoArgs, 0, 0},
	{ByteArrayType, "isupper", arityNoArgs, 0, 0},
	{ByteArrayType, "join", arityOne, 1, 1},
	{ByteArrayType, "ljust", arityPos, 1, 2},
	{ByteArrayType, "lower", arityNoArgs, 0, 0},
	{ByteArrayType, "lstrip", arityPos, 0, 1},
	{ByteArrayType, "maketrans", arityPos, 2, 2},
	{ByteArrayType, "partition", arityOne, 1, 1},
	{ByteArrayType, "pop", arityPos, 0, 1},
	{ByteArrayType, "remove", arityOne, 1, 1},
	{ByteArrayType, "removeprefix", arityOne, 1, 1},
	{ByteArrayType, "removesuffix", arityOne, 1, 1},
	{ByteArrayType, "replace", arityPos, 2, 3},
	{ByteArrayType, "reverse", arityNoArgs, 0, 0},
	{ByteArrayType, "rfind", arityTuple, 1, 3},
	{ByteArrayType, "rindex", arityTuple, 1, 3},
	{ByteArrayType, "rjust", arityPos, 1, 2},
	{ByteArrayType, "rpartition", arityOne, 1, 1},
	{ByteArrayType, "rstrip", arityPos, 0, 1},
	{ByteArrayType, "strip", arityPos, 0, 1},
	{ByteArrayType, "swapcase", arityNoArgs, 0, 0},
	{ByteArrayType, "title", arityNoArgs, 0, 0},
	{ByteArrayType, "upper", arityNoArgs, 0, 0},
	{ByteArrayType, "zfill", arityOne, 1, 1},
	{ListType, "clear", arityNoArgs, 0, 0},
	{ListType, "copy", arityNoArgs, 0, 0},
	{ListType, "count", arityOne, 1, 1},
	{ListType, "extend", arityOne, 1, 1},
	{ListType, "index", arityPos, 1, 3},
	{ListType, "insert", arityPos, 2, 2},
	{ListType, "pop", arityPos, 0, 1},
	{ListType, "remove", arityOne, 1, 1},
	{ListType, "reverse", arityNoArgs, 0, 0},
	{DictType, "clear", arityNoArgs, 0, 0},
	{DictType, "copy", arityNoArgs, 0, 0},
	{DictType, "items", arityNoArgs, 0, 0},
	{DictType, "keys", arityNoArgs, 0, 0},
	{DictType, "popitem", arityNoArgs, 0, 0},
	{DictType, "values", arityNoArgs, 0, 0},
	{SetType, "add", arityOne, 1, 1},
	{SetType, "clear", arityNoArgs, 0, 0},
	{SetType, "copy", arityNoArgs, 0, 0},
	{SetType, "discard", arityOne, 1, 1},
	{SetType, "isdisjoint", arityOne, 1, 1},
	{SetType, "issubset", arityOne, 1, 1},
	{SetType, "issuperset", arityOne, 1, 1},
	{SetType, "pop", arityNoArgs, 0, 0},
	{SetType, "remove", arityOne, 1, 1},
	{FrozenSetType, "copy", arityNoArgs, 0, 0},
	{FrozenSetType, "isdisjoint", arityOne, 1, 1},
	{FrozenSetType, "issubset", arityOne, 1, 1},
	{FrozenSetType, "issuperset", arityOne, 1, 1},
	{FrozenSetType, "symmetric_difference", arityOne, 1, 1},
	{TupleType, "count", arityOne, 1, 1},
	{TupleType, "index", arityPos, 1, 3},
	{IntType, "as_integer_ratio", arityNoArgs, 0, 0},
	{IntType, "bit_count", arityNoArgs, 0, 0},
	{IntType, "bit_length", arityNoArgs, 0, 0},
	{IntType, "conjugate", arityNoArgs, 0, 0},
	{FloatType, "as_integer_ratio", arityNoArgs, 0, 0},
	{FloatType, "conjugate", arityNoArgs, 0, 0},
	{FloatType, "fromhex", arityOne, 1, 1},
	{FloatType, "hex", arityNoArgs, 0, 0},
	{FloatType, "is_integer", arityNoArgs, 0, 0},
	{ComplexType, "conjugate", arityNoArgs, 0, 0},
	// methods that only needed the keyword check
	{ByteArrayType, "endswith", arityTuple, 1, 3},
	{ByteArrayType, "startswith", arityTuple, 1, 3},
	{BytesType, "endswith", arityTuple, 1, 3},
	{BytesType, "startswith", arityTuple, 1, 3},
	{DictType, "fromkeys", arityPos, 1, 2},
	{DictType, "get", arityPos, 1, 2},
	{DictType, "pop", arityPos, 1, 2},
	{DictType, "setdefault", arityPos, 1, 2},
	{FrozenSetType, "difference", arityPos, 0, -1},
	{FrozenSetType, "intersection", arityPos, 0, -1},
	{FrozenSetType, "union", arityPos, 0, -1},
	{MemoryViewType, "release", arityNoArgs, 0, 0},
	{MemoryViewType, "tolist", arityNoArgs, 0, 0},
	{MemoryViewType, "toreadonly", arityNoArgs, 0, 0},
	{RangeType, "count", arityOne, 1, 1},
	{RangeType, "index", arityOne, 1, 1},
	{SetType, "difference", arityPos, 0, -1},
	{SetType, "difference_update", arityPos, 0, -1},
	{SetType, "intersection", arityPos, 0, -1},
	{SetType, "intersection_update", arityPos, 0, -1},
	{SetType, "symmetric_difference", arityOne, 1, 1},
	{SetType, "symmetric_difference_update", arityOne, 1, 1},
	{SetType, "union", arityPos, 0, -1},
	{SetType, "update", arityPos, 0, -1},
	{SliceType, "indices", arityOne, 1, 1},
	{StrType, "join", arityOne, 1, 1},
}

// Special methods of builtin types called explicitly (x.__getitem__())
// take a fixed number of arguments. CPython's slot wrappers say
// "expected 1 argument, got 0" (__setitem__ and __setattr__ unpack with an
// empty name: " expected 2 arguments, got 1"); the few that are plain
// one-argument methods say "list.__getitem__() takes exactly one argument".
var dunderArity = map[string]int{
	"__len__": 0, "__iter__": 0, "__next__": 0, "__hash__": 0, "__repr__": 0, "__str__": 0,
	"__neg__": 0, "__pos__": 0, "__abs__": 0, "__invert__": 0, "__bool__": 0,
	"__int__": 0, "__float__": 0, "__index__": 0,
	"__add__": 1, "__radd__": 1, "__sub__": 1, "__rsub__": 1, "__mul__": 1, "__rmul__": 1,
	"__truediv__": 1, "__rtruediv__": 1, "__floordiv__": 1, "__rfloordiv__": 1,
	"__mod__": 1, "__rmod__": 1, "__divmod__": 1, "__rdivmod__": 1,
	"__lshift__": 1, "__rlshift__": 1, "__rshift__": 1, "__rrshift__": 1,
	"__and__": 1, "__rand__": 1, "__or__": 1, "__ror__": 1, "__xor__": 1, "__rxor__": 1,
	"__iadd__": 1, "__isub__": 1, "__imul__": 1, "__ior__": 1, "__iand__": 1, "__ixor__": 1,
	"__eq__": 1, "__ne__": 1, "__lt__": 1, "__le__": 1, "__gt__": 1, "__ge__": 1,
	"__contains__": 1, "__getitem__": 1, "__delitem__": 1, "__delattr__": 1,
	"__setitem__": 2, "__setattr__": 2,
}

func init() {
	types := []*Type{ObjectType, IntType, FloatType, ComplexType, StrType, BytesType, ByteArrayType,
		MemoryViewType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType}
	for _, tp := range types {
		for name, want := range dunderArity {
			d, ok := tp.Dict.GetStr(Intern(name)).(*MethodDescriptor)
			if !ok {
				continue
			}
			one := !isSlotWrapper(d) // a one-argument method (list.__getitem__)
			fn, tname, name, want := d.Fn, tp.Name, name, want
			d.Fn = func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
				if n := len(args) - 1; n != want && len(kw) == 0 {
					switch {
					case one:
						return nil, Errorf(TypeError, "%s.%s() takes exactly one argument (%d given)", tname, name, n)
					case want == 2:
						return nil, Errorf(TypeError, " expected 2 arguments, got %d", n)
					}
					return nil, Errorf(TypeError, "expected %d argument%s, got %d", want, plural(want), n)
				}
				return fn(t, args, kw)
			}
		}
	}
}
