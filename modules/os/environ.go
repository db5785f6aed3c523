package os

import (
	goos "os"
	"strings"
	"syscall"

	"upy/py"
)

// environType is os._Environ: a dict of the environment taken when os
// is imported; assignments and deletions also change the process's
// environment (which child processes inherit).
var environType = &py.Type{Name: "_Environ", Module: "os", Bases: []*py.Type{py.DictType}, Dict: py.NewDict(),
	Layout: py.DictType, Flags: py.FlagBuiltin}

func init() {
	environType.MRO = append([]*py.Type{environType}, py.DictType.MRO...)
	d := func(o py.Object) *py.Dict { return environDict(o) }
	environType.AddMethod("__setitem__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("__setitem__", args[1:], kw, 2, 2); err != nil {
			return nil, err
		}
		k, v, err := envPair(t, args[1], args[2])
		if err != nil {
			return nil, err
		}
		if err := setenv(k, v); err != nil {
			return nil, err
		}
		return py.None, d(args[0]).SetItem(t, args[1], args[2])
	})
	environType.AddMethod("__delitem__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("__delitem__", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		found, err := d(args[0]).DelItem(t, args[1])
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, py.NewKeyError(args[1])
		}
		if s, ok := args[1].(*py.Str); ok {
			goos.Unsetenv(s.S)
		}
		return py.None, nil
	})
	environType.AddMethod("pop", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("pop", args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
		v, found, err := d(args[0]).GetItem(t, args[1])
		if err != nil {
			return nil, err
		}
		if !found {
			if len(args) == 3 {
				return args[2], nil
			}
			return nil, py.NewKeyError(args[1])
		}
		d(args[0]).DelItem(t, args[1])
		if s, ok := args[1].(*py.Str); ok {
			goos.Unsetenv(s.S)
		}
		return v, nil
	})
	environType.AddMethod("setdefault", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("setdefault", args[1:], kw, 2, 2); err != nil {
			return nil, err
		}
		v, found, err := d(args[0]).GetItem(t, args[1])
		if err != nil || found {
			return v, err
		}
		k, val, err := envPair(t, args[1], args[2])
		if err != nil {
			return nil, err
		}
		if err := setenv(k, val); err != nil {
			return nil, err
		}
		return args[2], d(args[0]).SetItem(t, args[1], args[2])
	})
	environType.AddMethod("update", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		tmp, err := t.Call(py.DictType, args[1:], kw)
		if err != nil {
			return nil, err
		}
		var ferr error
		tmp.(*py.Dict).Items(func(k, v py.Object) bool {
			ks, vs, err := envPair(t, k, v)
			if err == nil {
				err = setenv(ks, vs)
			}
			if err == nil {
				err = d(args[0]).SetItem(t, k, v)
			}
			ferr = err
			return err == nil
		})
		return py.None, ferr
	})
	environType.AddMethod("clear", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		for _, k := range d(args[0]).Keys() {
			if s, ok := k.(*py.Str); ok {
				goos.Unsetenv(s.S)
			}
		}
		d(args[0]).Clear()
		return py.None, nil
	})
	environType.AddMethod("copy", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return d(args[0]).Copy(), nil
	})
	environType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		r, err := py.Repr(t, d(args[0]))
		if err != nil {
			return nil, err
		}
		return py.NewStr("environ(" + r + ")"), nil
	})
}

func newEnviron() py.Object {
	d := py.NewDict()
	for _, kv := range syscall.Environ() {
		if i := strings.IndexByte(kv, '='); i > 0 {
			d.SetString(kv[:i], py.NewStr(kv[i+1:]))
		}
	}
	return &py.Instance{Cls: environType, Base: d}
}

func environDict(o py.Object) *py.Dict {
	switch v := o.(type) {
	case *py.Dict:
		return v
	case *py.Instance:
		if dd, ok := v.Base.(*py.Dict); ok {
			return dd
		}
	}
	return py.NewDict()
}

func envPair(t *py.Thread, k, v py.Object) (string, string, error) {
	ks, err := strArg("environ", k)
	if err != nil {
		return "", "", err
	}
	vs, err := strArg("environ", v)
	if err != nil {
		return "", "", err
	}
	return ks, vs, nil
}

func setenv(k, v string) error {
	if k == "" {
		return py.NewOSError(syscall.EINVAL, nil)
	}
	if strings.IndexByte(k, 0) >= 0 {
		return py.Errorf(py.ValueError, "embedded null byte")
	}
	if strings.IndexByte(k, '=') >= 0 {
		return py.Errorf(py.ValueError, "illegal environment variable name")
	}
	if strings.IndexByte(v, 0) >= 0 {
		return py.Errorf(py.ValueError, "embedded null byte")
	}
	if err := goos.Setenv(k, v); err != nil {
		return py.OSErrorFromGo(err, nil)
	}
	return nil
}
