package re

import (
	"fmt"
	"strings"

	"upy/modules/re/engine"
	"upy/py"
)

// flagMeta is the metaclass of RegexFlag (enum's EnumType): iterating
// the class gives its members.
var flagMeta = func() *py.Type {
	meta := py.NewBuiltinType("EnumType", py.TypeType, nil)
	meta.Module = "enum"
	return meta
}()

// RegexFlag is re.RegexFlag: an int subclass whose values print as
// re.IGNORECASE|re.MULTILINE.
var RegexFlag = func() *py.Type {
	cls := &py.Type{Name: "RegexFlag", Module: "re", Bases: []*py.Type{py.IntType}, Dict: py.NewDict(), Layout: py.IntType, Flags: py.FlagBuiltin, Meta: flagMeta}
	cls.MRO = append([]*py.Type{cls}, py.IntType.MRO...)
	return cls
}()

// flagNames are the members in definition order (RegexFlag's repr order).
var flagNames = []struct {
	name  string
	short string
	value int
}{
	{"ASCII", "A", engine.FlagASCII},
	{"IGNORECASE", "I", engine.FlagIgnoreCase},
	{"LOCALE", "L", engine.FlagLocale},
	{"UNICODE", "U", engine.FlagUnicode},
	{"MULTILINE", "M", engine.FlagMultiline},
	{"DOTALL", "S", engine.FlagDotAll},
	{"VERBOSE", "X", engine.FlagVerbose},
	{"TEMPLATE", "T", engine.FlagTemplate},
	{"DEBUG", "", engine.FlagDebug},
}

const allFlags = 0x1ff

func newFlag(v int) py.Object {
	return &py.Instance{Cls: RegexFlag, Base: py.Int(v)}
}

func flagValue(o py.Object) (int, bool) {
	switch v := o.(type) {
	case py.Int:
		return int(v), true
	case *py.Instance:
		if n, ok := v.Base.(py.Int); ok {
			return int(n), true
		}
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// flagRepr renders v as RegexFlag's repr does.
func flagRepr(v int) string {
	if v == 0 {
		return "re.NOFLAG"
	}
	if v < 0 {
		return fmt.Sprintf("re.RegexFlag(%d)", v)
	}
	var parts []string
	rest := v
	for _, f := range flagNames {
		if v&f.value != 0 {
			parts = append(parts, "re."+f.name)
			rest &^= f.value
		}
	}
	if rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", rest))
	}
	return strings.Join(parts, "|")
}

// patternFlagsRepr renders flags for Pattern's repr (C's order).
func patternFlagsRepr(v int, isBytes bool) string {
	if !isBytes && v&(engine.FlagUnicode|engine.FlagLocale|engine.FlagASCII) == engine.FlagUnicode {
		v &^= engine.FlagUnicode
	}
	if v == 0 {
		return ""
	}
	order := []struct {
		name  string
		value int
	}{
		{"TEMPLATE", engine.FlagTemplate}, {"IGNORECASE", engine.FlagIgnoreCase}, {"LOCALE", engine.FlagLocale},
		{"MULTILINE", engine.FlagMultiline}, {"DOTALL", engine.FlagDotAll}, {"UNICODE", engine.FlagUnicode},
		{"VERBOSE", engine.FlagVerbose}, {"DEBUG", engine.FlagDebug}, {"ASCII", engine.FlagASCII},
	}
	var parts []string
	for _, f := range order {
		if v&f.value != 0 {
			parts = append(parts, "re."+f.name)
			v &^= f.value
		}
	}
	if v != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", v))
	}
	return strings.Join(parts, "|")
}

func init() {
	binop := func(name string, op func(a, b int) int) {
		RegexFlag.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.Errorf(py.TypeError, "%s expected 1 argument", name)
			}
			a, _ := flagValue(args[0])
			b, ok := flagValue(args[1])
			if !ok {
				return py.NotImplemented, nil
			}
			return newFlag(op(a, b)), nil
		})
	}
	or := func(a, b int) int { return a | b }
	and := func(a, b int) int { return a & b }
	xor := func(a, b int) int { return a ^ b }
	binop("__or__", or)
	binop("__ror__", or)
	binop("__and__", and)
	binop("__rand__", and)
	binop("__xor__", xor)
	binop("__rxor__", xor)
	RegexFlag.AddMethod("__invert__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, _ := flagValue(args[0])
		return newFlag(^a & allFlags), nil
	})
	repr := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, _ := flagValue(args[0])
		return py.NewStr(flagRepr(a)), nil
	}
	RegexFlag.AddMethod("__repr__", repr)
	RegexFlag.AddMethod("__str__", repr)
	RegexFlag.AddMethod("__format__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, _ := flagValue(args[0])
		if len(args) > 1 {
			if s, ok := args[1].(*py.Str); ok && s.S != "" {
				return t.CallMethod(py.Int(a), "__format__", args[1])
			}
		}
		return py.NewStr(flagRepr(a)), nil
	})
	RegexFlag.AddMethod("__contains__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, _ := flagValue(args[0])
		b, ok := flagValue(args[1])
		if _, isFlag := args[1].(*py.Instance); !ok || !isFlag {
			return nil, py.Errorf(py.TypeError, "unsupported operand type(s) for 'in': '%s' and 'RegexFlag'", py.TypeName(args[1]))
		}
		return py.Bool(a&b == b), nil
	})
	members := func() []py.Object {
		var out []py.Object
		for _, f := range flagNames {
			out = append(out, RegexFlag.Dict.GetString(f.name))
		}
		return out
	}
	flagMeta.AddMethod("__iter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.Iter(t, py.NewList(members()...))
	})
	flagMeta.AddMethod("__len__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.Int(len(flagNames)), nil
	})
	flagMeta.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if c, ok := args[0].(*py.Type); ok {
			return py.NewStr("<flag '" + c.Name + "'>"), nil
		}
		return py.NewStr("<flag>"), nil
	})
	flagMeta.AddMethod("__getitem__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if s, ok := args[1].(*py.Str); ok {
			for _, f := range flagNames {
				if f.name == s.S {
					return RegexFlag.Dict.GetString(f.name), nil
				}
			}
		}
		return nil, py.NewKeyError(args[1])
	})
	RegexFlag.AddGetSet("value", func(t *py.Thread, self py.Object) (py.Object, error) {
		a, _ := flagValue(self)
		return py.Int(a), nil
	}, nil)
	RegexFlag.AddGetSet("name", func(t *py.Thread, self py.Object) (py.Object, error) {
		a, _ := flagValue(self)
		if a == 0 {
			return py.NewStr("NOFLAG"), nil
		}
		var parts []string
		for _, f := range flagNames {
			if a&f.value != 0 {
				parts = append(parts, f.name)
			}
		}
		if len(parts) == 0 {
			return py.None, nil
		}
		return py.NewStr(strings.Join(parts, "|")), nil
	}, nil)
	RegexFlag.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 || len(kw) != 0 {
			return nil, py.Errorf(py.TypeError, "RegexFlag() takes exactly one argument")
		}
		v, ok := flagValue(args[0])
		if !ok {
			r, _ := py.Repr(t, args[0])
			return nil, py.Errorf(py.ValueError, "%s is not a valid RegexFlag", r)
		}
		return newFlag(v), nil
	}
	py.InstallNew(RegexFlag)
	for _, f := range flagNames {
		RegexFlag.SetAttrString(f.name, newFlag(f.value))
	}
	RegexFlag.SetAttrString("NOFLAG", newFlag(0))
}
