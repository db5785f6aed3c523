package py

import (
	"math"
	"strings"
)

// The builtins module.

// NewBuiltinsModule creates the builtins module for an interpreter.
func NewBuiltinsModule() *Module {
	m := NewModule("builtins")
	m.Dict.SetString("__doc__", NewStr("Built-in functions, exceptions, and other objects."))
	for _, tp := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType,
		StrType, BytesType, ByteArrayType, MemoryViewType, TupleType, ListType, DictType,
		SetType, FrozenSetType, RangeType, SliceType, PropertyType, ClassMethodType,
		StaticMethodType, SuperType, EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		m.Set(tp.Name, tp)
	}
	for _, e := range ExceptionTypes {
		m.Set(e.Name, e)
	}
	m.Set("EnvironmentError", OSError)
	m.Set("IOError", OSError)
	m.Set("None", None)
	m.Set("True", True)
	m.Set("False", False)
	m.Set("Ellipsis", Ellipsis)
	m.Set("NotImplemented", NotImplemented)
	m.Set("__debug__", True)
	for name, fn := range builtinFuncs {
		m.Dict.SetString(name, &Builtin{Name: name, Fn: fn, Module: "builtins"})
	}
	return m
}

var builtinFuncs = map[string]Native{
	"print":    builtinPrint,
	"len":      builtinLen,
	"repr":     builtinRepr,
	"ascii":    builtinASCII,
	"abs":      builtinAbs,
	"all":      builtinAll,
	"any":      builtinAny,
	"bin":      func(t *Thread, a []Object, kw []Kwarg) (Object, error) { return intBase(t, "bin", a, kw, 2, "0b") },
	"oct":      func(t *Thread, a []Object, kw []Kwarg) (Object, error) { return intBase(t, "oct", a, kw, 8, "0o") },
	"hex":      func(t *Thread, a []Object, kw []Kwarg) (Object, error) { return intBase(t, "hex", a, kw, 16, "0x") },
	"callable": builtinCallable,
	"breakpoint": func(t *Thread, a []Object, kw []Kwarg) (Object, error) {
		hook, err := GetAttr(t, t.Interp.Sys, Intern("breakpointhook"))
		if err != nil {
			return nil, Errorf(RuntimeError, "lost sys.breakpointhook")
		}
		return t.Call(hook, a, kw)
	},
	"chr":        builtinChr,
	"ord":        builtinOrd,
	"getattr":    builtinGetattr,
	"setattr":    builtinSetattr,
	"delattr":    builtinDelattr,
	"hasattr":    builtinHasattr,
	"dir":        builtinDir,
	"divmod":     builtinDivmod,
	"format":     builtinFormat,
	"hash":       builtinHash,
	"id":         builtinID,
	"isinstance": builtinIsinstance,
	"issubclass": builtinIssubclass,
	"iter":       builtinIter_,
	"next":       builtinNext,
	"aiter":      builtinAiter,
	"anext":      builtinAnext,
	"max":        func(t *Thread, a []Object, kw []Kwarg) (Object, error) { return MinMax(t, a, kw, true) },
	"min":        func(t *Thread, a []Object, kw []Kwarg) (Object, error) { return MinMax(t, a, kw, false) },
	"sum":        builtinSum,
	"sorted":     builtinSorted,
	"pow":        builtinPow,
	"round":      builtinRound,
	"vars":       builtinVars,
	"input":      builtinInput,
	"globals":    builtinGlobals,
	"locals":     builtinLocals,
	"exec":       builtinExec,
	"eval":       builtinEval,
	"compile":    builtinCompile,
	"__import__": builtinImport,
	"open":       builtinOpen,
	"exit":       builtinExit,
	"quit":       builtinExit,
	"help":       builtinHelp,
}

// printPieces is print() to a file object written in Python: CPython
// calls its write method once per argument, separator and end.
func printPieces(t *Thread, file Object, args []Object, sep, end string, flush bool) (Object, error) {
	for i, a := range args {
		if i > 0 {
			if err := WriteString(t, file, sep); err != nil {
				return nil, err
			}
		}
		s, err := StrOf(t, a)
		if err != nil {
			return nil, err
		}
		if err := WriteString(t, file, s); err != nil {
			return nil, err
		}
	}
	if err := WriteString(t, file, end); err != nil {
		return nil, err
	}
	if flush {
		if _, err := t.CallMethod(file, "flush"); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func builtinPrint(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	sep, end := " ", "\n"
	var file Object = None
	flush := false
	for _, k := range kw {
		switch k.Name {
		case "sep", "end":
			v := k.Value
			s := "\n"
			if k.Name == "sep" {
				s = " "
			}
			if v != None {
				str, ok := v.(*Str)
				if !ok {
					return nil, Errorf(TypeError, "%s must be None or a string, not %s", k.Name, TypeName(v))
				}
				s = str.S
			}
			if k.Name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			file = k.Value
		case "flush":
			b, err := Truth(t, k.Value)
			if err != nil {
				return nil, err
			}
			flush = b
		default:
			return nil, InvalidKeyword("print", k.Name)
		}
	}
	if file == None {
		file = t.Interp.Sys.Get("stdout")
		if file == nil || file == None {
			return None, nil
		}
	}
	if _, user := file.(*Instance); user {
		// a Python-level file sees each piece written separately
		return printPieces(t, file, args, sep, end, flush)
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := StrOf(t, a)
		if err != nil {
			// CPython writes piece by piece: what precedes the failing
			// argument is out already
			if werr := WriteString(t, file, b.String()); werr != nil {
				return nil, werr
			}
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if file == None {
		file = t.Interp.Sys.Get("stdout")
		if file == nil || file == None {
			return None, nil
		}
	}
	if err := WriteString(t, file, b.String()); err != nil {
		return nil, err
	}
	if flush {
		if _, err := t.CallMethod(file, "flush"); err != nil {
			return nil, err
		}
	}
	return None, nil
}

// WriteString writes s to a Python file-like object.
func WriteString(t *Thread, file Object, s string) error {
	if ts, ok := file.(*TextStream); ok {
		return ts.WriteString(s)
	}
	_, err := t.CallMethod(file, "write", NewStr(s))
	return err
}

func builtinLen(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("len", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := Len(t, args[0])
	return Int(n), err
}

func builtinRepr(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("repr", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return ReprObj(t, args[0])
}

func builtinASCII(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("ascii", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, err := Repr(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewStr(ASCIIEscape(s)), nil
}

// ASCIIEscape escapes non-ASCII code points as repr does for ascii().
func ASCIIEscape(s string) string {
	if isASCII(s) {
		return s
	}
	var b []byte
	for i := 0; i < len(s); {
		r, n := DecodeRune(s, i)
		i += n
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r < 0x100:
			b = append(b, '\\', 'x', hexDigit(r>>4), hexDigit(r))
		case r < 0x10000:
			b = append(b, '\\', 'u', hexDigit(r>>12), hexDigit(r>>8), hexDigit(r>>4), hexDigit(r))
		default:
			b = append(b, '\\', 'U', hexDigit(r>>28), hexDigit(r>>24), hexDigit(r>>20), hexDigit(r>>16),
				hexDigit(r>>12), hexDigit(r>>8), hexDigit(r>>4), hexDigit(r))
		}
	}
	return string(b)
}

func builtinAbs(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("abs", args, kw, 1, 1); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case Int:
		if v >= 0 {
			return args[0], nil // already boxed
		}
		if v != -v {
			return t.boxInt(int64(-v)), nil
		}
	case Float:
		if !math.Signbit(float64(v)) {
			return args[0], nil
		}
		return t.boxFloat(Float(math.Abs(float64(v)))), nil
	}
	r, found, err := CallSpecial(t, args[0], Intern("__abs__"))
	if !found {
		return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", TypeName(args[0]))
	}
	return r, err
}

func builtinAll(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("all", args, kw, 1, 1); err != nil {
		return nil, err
	}
	res := true
	err := Iterate(t, args[0], func(x Object) (bool, error) {
		b, err := Truth(t, x)
		if !b {
			res = false
		}
		return b, err
	})
	return NewBool(res), err
}

func builtinAny(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("any", args, kw, 1, 1); err != nil {
		return nil, err
	}
	res := false
	err := Iterate(t, args[0], func(x Object) (bool, error) {
		b, err := Truth(t, x)
		if b {
			res = true
		}
		return !b, err
	})
	return NewBool(res), err
}

func intBase(t *Thread, name string, args []Object, kw []Kwarg, base int, prefix string) (Object, error) {
	if err := CheckArgs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	v, err := Index(t, args[0])
	if err != nil {
		return nil, err
	}
	b, _ := ToBig(v)
	s := b.Text(base)
	if strings.HasPrefix(s, "-") {
		return NewStr("-" + prefix + s[1:]), nil
	}
	return NewStr(prefix + s), nil
}

func builtinCallable(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("callable", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return NewBool(Callable(args[0])), nil
}

func builtinChr(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("chr", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if _, ok := args[0].(Float); ok {
		return nil, Errorf(TypeError, "'float' object cannot be interpreted as an integer")
	}
	v, err := Index(t, args[0])
	if err != nil {
		return nil, err
	}
	n, ok := v.(Int)
	if !ok || n != Int(int32(n)) {
		// chr takes a C int
		return nil, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	if n < 0 || n > 0x10ffff {
		return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return CharStr(rune(n)), nil
}

func builtinOrd(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("ord", args, kw, 1, 1); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case *Str:
		if v.Len() != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", v.Len())
		}
		return Int(v.At(0)), nil
	case *Bytes:
		if len(v.B) != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(v.B))
		}
		return Int(v.B[0]), nil
	case *ByteArray:
		if len(v.B) != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(v.B))
		}
		return Int(v.B[0]), nil
	case *Instance:
		if s, ok := v.Base.(*Str); ok {
			return builtinOrd(t, []Object{s}, nil)
		}
	}
	return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", TypeName(args[0]))
}

func attrName(fname string, o Object) (*Str, error) {
	s, ok := o.(*Str)
	if !ok {
		if inst, ok := o.(*Instance); ok {
			if bs, ok := inst.Base.(*Str); ok {
				return Intern(bs.S), nil
			}
		}
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(o))
	}
	return Intern(s.S), nil
}

func builtinGetattr(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("getattr", args, kw, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrName("getattr", args[1])
	if err != nil {
		return nil, err
	}
	if len(args) == 3 {
		v, err := GetAttrOpt(t, args[0], name)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return args[2], nil
		}
		return v, nil
	}
	return GetAttr(t, args[0], name)
}

func builtinSetattr(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("setattr", args, kw, 3, 3); err != nil {
		return nil, err
	}
	name, err := attrName("setattr", args[1])
	if err != nil {
		return nil, err
	}
	return None, SetAttr(t, args[0], name, args[2])
}

func builtinDelattr(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("delattr", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName("delattr", args[1])
	if err != nil {
		return nil, err
	}
	return None, DelAttr(t, args[0], name)
}

func builtinHasattr(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("hasattr", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName("hasattr", args[1])
	if err != nil {
		return nil, err
	}
	ok, err := HasAttr(t, args[0], name)
	return NewBool(ok), err
}

func builtinDir(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("dir", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		d := t.CurrentLocals()
		keys := d.Keys()
		names := make([]string, 0, len(keys))
		for _, k := range keys {
			if s, ok := k.(*Str); ok {
				names = append(names, s.S)
			}
		}
		sortStrings(names)
		out := make([]Object, len(names))
		for i, n := range names {
			out[i] = NewStr(n)
		}
		return NewList(out...), nil
	}
	o := args[0]
	if m, ok := o.(*Module); ok {
		// a module's own __dir__ function (PEP 562)
		if fn := m.Dict.GetStr(Intern("__dir__")); fn != nil {
			r, err := t.Call(fn, nil, nil)
			if err != nil {
				return nil, err
			}
			items, err := ToSlice(t, r)
			if err != nil {
				return nil, err
			}
			return Sorted(t, NewList(items...), None, false)
		}
	}
	if _, ok := o.(*Instance); ok {
		if fn := o.Type().Lookup(Intern("__dir__")); fn != nil {
			r, err := callMethodObj(t, fn, o)
			if err != nil {
				return nil, err
			}
			items, err := ToSlice(t, r)
			if err != nil {
				return nil, err
			}
			l := NewList(items...)
			return Sorted(t, l, None, false)
		}
	}
	return NewList(Dir(t, o)...), nil
}

func builtinDivmod(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("divmod", args, kw, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y > 0 {
			q, _ := intFast(OpFloorDiv, x, y)
			m, _ := intFast(OpMod, x, y)
			return NewTuple(q, m), nil
		}
	}
	ta, tb := a.Type(), b.Type()
	name, rname := Intern("__divmod__"), Intern("__rdivmod__")
	if fn := ta.Lookup(name); fn != nil {
		r, err := callMethodObj(t, fn, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta != tb {
		if fn := tb.Lookup(rname); fn != nil {
			r, err := callMethodObj(t, fn, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
}

func builtinFormat(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("format", args, kw, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(*Str)
		if !ok {
			name := TypeName(args[1])
			if args[1] == None {
				name = "None" // argument clinic's word for None
			}
			return nil, Errorf(TypeError, "format() argument 2 must be str, not %s", name)
		}
		spec = s.S
	}
	s, err := Format(t, args[0], spec)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func builtinHash(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("hash", args, kw, 1, 1); err != nil {
		return nil, err
	}
	h, err := Hash(t, args[0])
	return Int(h), err
}

func builtinID(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("id", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return Int(Id(args[0])), nil
}

var (
	strInstancecheck = Intern("__instancecheck__")
	strSubclasscheck = Intern("__subclasscheck__")
)

// IsInstanceOf is isinstance(o, cls) for any classinfo (type, tuple,
// union of types, or an object with __instancecheck__).
func IsInstanceOf(t *Thread, o, classinfo Object) (bool, error) {
	switch c := classinfo.(type) {
	case *Type:
		if o.Type().IsSubtype(c) {
			return true, nil
		}
		if inst, ok := o.(*Instance); ok && inst.Base != nil && inst.Base.Type().IsSubtype(c) {
			return true, nil
		}
		meta := c.Type()
		if meta != TypeType {
			if fn := meta.Lookup(strInstancecheck); fn != nil && fn != typeInstancecheck() {
				r, err := callMethodObj(t, fn, c, o)
				if err != nil {
					return false, err
				}
				return Truth(t, r)
			}
		}
		// an instance whose class overrides __class__ is checked by it
		if inst, ok := o.(*Instance); ok {
			if d := inst.Cls.Lookup(strDunderClass); d != nil && d != objectClassDescr() {
				v, err := GetAttrOpt(t, o, strDunderClass)
				if err != nil {
					return false, err
				}
				if vc, ok := v.(*Type); ok && vc != inst.Cls {
					return vc.IsSubtype(c), nil
				}
			}
		}
		return false, nil
	case *Tuple:
		if err := t.Enter(); err != nil {
			return false, err
		}
		defer t.Leave()
		for _, x := range c.Items {
			ok, err := IsInstanceOf(t, o, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if fn := classinfo.Type().Lookup(strInstancecheck); fn != nil {
		r, err := callMethodObj(t, fn, classinfo, o)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return false, Errorf(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func typeInstancecheck() Object { return TypeType.Dict.GetStr(strInstancecheck) }

// IsSubclassOf is issubclass(cls, classinfo).
func IsSubclassOf(t *Thread, cls, classinfo Object) (bool, error) {
	switch c := classinfo.(type) {
	case *Type:
		meta := c.Type()
		if meta != TypeType {
			if fn := meta.Lookup(strSubclasscheck); fn != nil && fn != TypeType.Dict.GetStr(strSubclasscheck) {
				r, err := callMethodObj(t, fn, c, cls)
				if err != nil {
					return false, err
				}
				return Truth(t, r)
			}
		}
		sub, ok := cls.(*Type)
		if !ok {
			return false, Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		return sub.IsSubtype(c), nil
	case *Tuple:
		if err := t.Enter(); err != nil {
			return false, err
		}
		defer t.Leave()
		for _, x := range c.Items {
			ok, err := IsSubclassOf(t, cls, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if fn := classinfo.Type().Lookup(strSubclasscheck); fn != nil {
		r, err := callMethodObj(t, fn, classinfo, cls)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return false, Errorf(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtinIsinstance(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("isinstance", args, kw, 2, 2); err != nil {
		return nil, err
	}
	ok, err := IsInstanceOf(t, args[0], args[1])
	return NewBool(ok), err
}

func builtinIssubclass(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("issubclass", args, kw, 2, 2); err != nil {
		return nil, err
	}
	ok, err := IsSubclassOf(t, args[0], args[1])
	return NewBool(ok), err
}

func builtinIter_(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("iter", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		if !Callable(args[0]) {
			return nil, Errorf(TypeError, "iter(v, w): v must be callable")
		}
		return NewCallableIter(args[0], args[1]), nil
	}
	return Iter(t, args[0])
}

func builtinNext(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("next", args, kw, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	if g, ok := it.(*Generator); ok && g.kind != genGenerator {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	if _, ok := it.(Iterator); !ok && it.Type().Lookup(strNext) == nil {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	if len(args) == 1 {
		if g, ok := it.(*Generator); ok {
			y, r, err := g.Resume(t, None, nil)
			if err != nil {
				return nil, err
			}
			if y == nil {
				return nil, stopIterationWith(r)
			}
			return y, nil
		}
		if bi, ok := it.(Iterator); ok {
			v, err := bi.Next(t)
			if err == nil && v == nil {
				return nil, NewException(StopIteration)
			}
			return v, err
		}
		r, _, err := CallSpecial(t, it, strNext)
		return r, err
	}
	v, err := Next(t, it)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return args[1], nil
	}
	return v, nil
}

func builtinAiter(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("aiter", args, kw, 1, 1); err != nil {
		return nil, err
	}
	r, found, err := CallSpecial(t, args[0], strAiter)
	if !found {
		return nil, Errorf(TypeError, "'%s' object is not an async iterable", TypeName(args[0]))
	}
	return r, err
}

func builtinAnext(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("anext", args, kw, 1, 2); err != nil {
		return nil, err
	}
	r, found, err := CallSpecial(t, args[0], strAnext)
	if !found {
		return nil, Errorf(TypeError, "'%s' object is not an async iterator", TypeName(args[0]))
	}
	if err != nil || len(args) == 1 {
		return r, err
	}
	return &anextAwaitable{src: r, dflt: args[1]}, nil
}

func builtinSum(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	var iterable Object
	var start Object = Int(0)
	if len(args) == 0 {
		return nil, Errorf(TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	if err := UnpackClinicArgs(t, "sum", args, kw, "iterable", &iterable, "/", "start?", &start); err != nil {
		return nil, err
	}
	switch start.(type) {
	case *Str:
		return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case *Bytes:
		return nil, Errorf(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	case *ByteArray:
		return nil, Errorf(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	return Sum(t, iterable, start)
}

func builtinSorted(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	var key Object = None
	reverse := false
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "reverse":
			b, err := sortReverseFlag(t, k.Value)
			if err != nil {
				return nil, err
			}
			reverse = b
		default:
			return nil, InvalidKeyword("sort", k.Name)
		}
	}
	return Sorted(t, args[0], key, reverse)
}

func builtinPow(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	var base, exp, mod Object
	mod = None
	if err := UnpackClinicArgs(t, "pow", args, kw, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	return Pow(t, base, exp, mod)
}

func builtinRound(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	var x, nd Object
	nd = None
	if err := UnpackClinicArgs(t, "round", args, kw, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	var r Object
	var found bool
	var err error
	if nd == None {
		r, found, err = CallSpecial(t, x, Intern("__round__"))
	} else {
		r, found, err = CallSpecial(t, x, Intern("__round__"), nd)
	}
	if !found {
		return nil, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(x))
	}
	return r, err
}

func builtinVars(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckPosArgs("vars", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return t.CurrentLocals(), nil
	}
	d, err := GetAttrOpt(t, args[0], strDict)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, Errorf(TypeError, "vars() argument must have __dict__ attribute")
	}
	return d, nil
}

func builtinGlobals(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("globals", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return t.CurrentGlobals(), nil
}

func builtinLocals(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("locals", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return t.CurrentLocals(), nil
}

func builtinExit(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if err := CheckArgs("exit", args, kw, 0, 1); err != nil {
		return nil, err
	}
	return nil, NewException(SystemExit, args...)
}

func builtinHelp(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if len(args) == 0 {
		return None, WriteString(t, t.Interp.Sys.Get("stdout"), "Welcome to upy, a MicroPython-compatible Python.\nType help(obj) for an object's documentation.\n")
	}
	doc, err := GetAttrOpt(t, args[0], Intern("__doc__"))
	if err != nil {
		return nil, err
	}
	if s, ok := doc.(*Str); ok {
		return None, WriteString(t, t.Interp.Sys.Get("stdout"), s.S+"\n")
	}
	r, err := Repr(t, args[0])
	if err != nil {
		return nil, err
	}
	return None, WriteString(t, t.Interp.Sys.Get("stdout"), "object "+r+" has no documentation\n")
}

var strDunderClass = Intern("__class__")

// objectClassDescr is object.__class__, the descriptor most classes inherit.
func objectClassDescr() Object { return ObjectType.Dict.GetStr(strDunderClass) }
