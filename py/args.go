package py

import "fmt"

// UnpackArgs binds the arguments of a Go function to local variables, in
// the manner of starlark's UnpackArgs. pairs alternates parameter names
// and pointers. A name ending in "?" is optional (its variable keeps its
// value when absent). Supported pointer types: *Object, *int, *int64,
// *string (a str argument), *bool (any object, by truth), *float64
// (int or float), **Str, **List, **Dict, **Tuple. Parameters before a
// name "/" are positional-only and those after a name "*" keyword-only
// (neither marker has a pointer); all others may be passed either way.
// The messages are those of Python functions and of CPython's
// PyArg_ParseTupleAndKeywords.
func UnpackArgs(t *Thread, fname string, args []Object, kw []Kwarg, pairs ...any) error {
	return unpackArgs(t, fname, false, args, kw, pairs)
}

// UnpackClinicArgs is UnpackArgs with the messages of CPython's builtins
// that use argument clinic (most methods of builtin types): "argument for
// f() given by name ('x') and position (1)", "'x' is an invalid keyword
// argument for f()".
func UnpackClinicArgs(t *Thread, fname string, args []Object, kw []Kwarg, pairs ...any) error {
	return unpackArgs(t, fname, true, args, kw, pairs)
}

func unpackArgs(t *Thread, fname string, clinic bool, args []Object, kw []Kwarg, pairs []any) error {
	type param struct {
		name     string
		optional bool
		posOnly  bool
		kwOnly   bool
		dst      any
	}
	var pbuf [8]param
	params := pbuf[:0]
	kwOnly := false
	for i := 0; i < len(pairs); {
		name := pairs[i].(string)
		if name == "*" {
			kwOnly = true
			i++
			continue
		}
		if name == "/" {
			for j := range params {
				params[j].posOnly = true
			}
			i++
			continue
		}
		p := param{name: name, dst: pairs[i+1], kwOnly: kwOnly}
		if n := len(name); n > 0 && name[n-1] == '?' {
			p.name, p.optional = name[:n-1], true
		}
		params = append(params, p)
		i += 2
	}
	npos := len(params)
	for npos > 0 && params[npos-1].kwOnly {
		npos--
	}
	if clinic && len(args)+len(kw) > len(params) {
		// Clinic counts all arguments against all parameters first.
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(params), plural(len(params)), len(args)+len(kw))
	}
	if len(args) > npos {
		positional := ""
		if npos < len(params) {
			positional = "positional "
		}
		if npos == 0 {
			return Errorf(TypeError, "%s() takes no %sarguments (%d given)", fname, positional, len(args))
		}
		return Errorf(TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, npos, positional, plural(npos), len(args))
	}
	if clinic {
		// Clinic reports missing positional-only arguments by count.
		req := 0
		for req < len(params) && params[req].posOnly && !params[req].optional {
			req++
		}
		if len(args) < req {
			what := "at least"
			if req == npos {
				what = "exactly"
			}
			return Errorf(TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, what, req, plural(req), len(args))
		}
	}
	if clinic && len(kw) > 0 {
		if err := clinicKeywords(fname, len(args), kw, len(params), func(i int) (string, bool, bool) {
			return params[i].name, params[i].optional, params[i].posOnly
		}); err != nil {
			return err
		}
	}
	var sbuf [8]bool
	set := sbuf[:0]
	if len(params) > len(sbuf) {
		set = make([]bool, len(params))
	} else {
		set = sbuf[:len(params)]
	}
	for i, a := range args {
		if err := assignArg(t, fname, params[i].name, params[i].dst, a); err != nil {
			return err
		}
		set[i] = true
	}
kwloop:
	for _, k := range kw {
		for i := range params {
			if params[i].name == k.Name && !params[i].posOnly {
				if set[i] {
					if clinic {
						return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k.Name, i+1)
					}
					return Errorf(TypeError, "%s() got multiple values for argument '%s'", fname, k.Name)
				}
				if err := assignArg(t, fname, k.Name, params[i].dst, k.Value); err != nil {
					return err
				}
				set[i] = true
				continue kwloop
			}
		}
		if clinic {
			return InvalidKeyword(fname, k.Name)
		}
		return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
	}
	for i, p := range params {
		if !set[i] && !p.optional {
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, p.name, i+1)
		}
	}
	return nil
}

// clinicKeywords reports the errors of CPython's argument clinic about
// keyword arguments, which it finds before converting any argument:
// first a missing required parameter, then an unknown keyword or one
// repeating a positional argument. param(i) describes parameter i.
func clinicKeywords(fname string, nargs int, kw []Kwarg, nparams int, param func(i int) (name string, optional, posOnly bool)) error {
	for i := nargs; i < nparams; i++ {
		name, optional, posOnly := param(i)
		if optional {
			continue
		}
		found := false
		for _, k := range kw {
			if k.Name == name && !posOnly {
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, name, i+1)
		}
	}
kwloop:
	for _, k := range kw {
		for i := 0; i < nparams; i++ {
			name, _, posOnly := param(i)
			if name == k.Name && !posOnly {
				if i < nargs {
					return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k.Name, i+1)
				}
				continue kwloop
			}
		}
		return InvalidKeyword(fname, k.Name)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func assignArg(t *Thread, fname, pname string, dst any, v Object) error {
	switch d := dst.(type) {
	case *Object:
		*d = v
	case *int:
		n, err := IndexInt(t, v)
		if err != nil {
			if _, ok := v.(Float); ok {
				return Errorf(TypeError, "'float' object cannot be interpreted as an integer")
			}
			return err
		}
		*d = n
	case *int64:
		n, err := IndexInt(t, v)
		if err != nil {
			return err
		}
		*d = int64(n)
	case *string:
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "%s() argument '%s' must be str, not %s", fname, pname, TypeName(v))
		}
		*d = s.S
	case *bool:
		b, err := Truth(t, v)
		if err != nil {
			return err
		}
		*d = b
	case *float64:
		f, err := ToFloat(t, v)
		if err != nil {
			return err
		}
		*d = f
	case **Str:
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "%s() argument '%s' must be str, not %s", fname, pname, TypeName(v))
		}
		*d = s
	case **List:
		l, ok := v.(*List)
		if !ok {
			return Errorf(TypeError, "%s() argument '%s' must be list, not %s", fname, pname, TypeName(v))
		}
		*d = l
	case **Dict:
		m, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "%s() argument '%s' must be dict, not %s", fname, pname, TypeName(v))
		}
		*d = m
	case **Tuple:
		tu, ok := v.(*Tuple)
		if !ok {
			return Errorf(TypeError, "%s() argument '%s' must be tuple, not %s", fname, pname, TypeName(v))
		}
		*d = tu
	default:
		panic(fmt.Sprintf("UnpackArgs: unsupported destination %T for %s", dst, pname))
	}
	return nil
}

// InvalidKeyword is CPython's error for a keyword a builtin does not
// take (Python functions say "got an unexpected keyword argument").
func InvalidKeyword(fname, name string) error {
	return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", name, fname)
}

// NoKwargs fails when keyword arguments were given to fname.
func NoKwargs(fname string, kw []Kwarg) error {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// CheckArgs validates the number of positional arguments and rejects keywords.
func CheckArgs(fname string, args []Object, kw []Kwarg, min, max int) error {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == 1 && max == 1:
		// CPython's wording for the one-argument builtins (len, abs, ord...)
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, n)
	case min == max:
		return Errorf(TypeError, "%s() takes exactly %d argument%s (%d given)", fname, min, plural(min), n)
	case n < min:
		return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", fname, min, plural(min), n)
	}
	return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, max, plural(max), n)
}

// ToFloat converts an int or float (or an object with __float__/__index__) to float64.
func ToFloat(t *Thread, v Object) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int:
		return float64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		f, _ := x.V.Float64()
		if f > 1.7976931348623157e308 || f < -1.7976931348623157e308 {
			return 0, Errorf(OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, v, Intern("__float__"))
	if err != nil {
		return 0, err
	}
	if found {
		if f, ok := r.(Float); ok {
			return float64(f), nil
		}
		return 0, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(v), TypeName(r))
	}
	if r, found, err := CallSpecial(t, v, strIndex); found {
		if err != nil {
			return 0, err
		}
		return ToFloat(t, r)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", TypeName(v))
}

// Format returns format(v, spec).
func Format(t *Thread, v Object, spec string) (string, error) {
	// the common cases, without a method call
	switch x := v.(type) {
	case *Str:
		if spec == "" {
			return x.S, nil
		}
	case Int:
		if spec == "" || spec == "d" {
			return intToString(int64(x)), nil
		}
		return FormatNumber(x, spec)
	case Bool, Float, Complex, *BigInt:
		// the builtin types' own __format__, which no one can replace
		return FormatNumber(x, spec)
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, v, Intern("__format__"), NewStr(spec))
	if err != nil {
		return "", err
	}
	if !found {
		return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(v))
	}
	s := asStr(r)
	if s == nil {
		return "", Errorf(TypeError, "__format__ must return a str, not %s", TypeName(r))
	}
	return s.S, nil
}

// CheckPosArgs validates the positional arguments with the messages of
// CPython's PyArg_UnpackTuple ("f expected at least 1 argument, got 0").
func CheckPosArgs(fname string, args []Object, kw []Kwarg, min, max int) error {
	if len(kw) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	n := len(args)
	switch {
	case n < min:
		what := "at least "
		if min == max {
			what = ""
		}
		return Errorf(TypeError, "%s expected %s%d argument%s, got %d", fname, what, min, plural(min), n)
	case n > max:
		what := "at most "
		if min == max {
			what = ""
		}
		return Errorf(TypeError, "%s expected %s%d argument%s, got %d", fname, what, max, plural(max), n)
	}
	return nil
}
