// Package atexit is CPython's atexit module: functions (with their
// arguments) called at interpreter exit, most recently registered first.
package atexit

import "upy/py"

type entry struct {
	fn   py.Object
	args []py.Object
	kw   []py.Kwarg
}

func init() {
	py.RegisterModule("atexit", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("atexit")
		var entries []entry
		hooked := false
		run := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			es := entries
			entries = nil
			for i := len(es) - 1; i >= 0; i-- {
				if _, err := t.Call(es[i].fn, es[i].args, es[i].kw); err != nil {
					if e := py.AsException(err); !e.IsInstance(py.SystemExit) {
						py.WriteString(t, t.Interp.Sys.Get("stderr"), "Exception ignored in atexit callback: ")
						py.PrintTraceback(t, e, t.Interp.Sys.Get("stderr"))
					}
				}
			}
			return py.None, nil
		}
		m.SetFunc("register", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.Errorf(py.TypeError, "register() takes at least 1 argument (0 given)")
			}
			if !py.Callable(args[0]) {
				return nil, py.Errorf(py.TypeError, "the first argument must be callable")
			}
			if !hooked {
				hooked = true
				t.Interp.RegisterAtExit(&py.Builtin{Name: "_run_exitfuncs", Fn: run})
			}
			entries = append(entries, entry{args[0], append([]py.Object(nil), args[1:]...), append([]py.Kwarg(nil), kw...)})
			return args[0], nil
		})
		m.SetFunc("unregister", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("unregister", args, kw, 1, 1); err != nil {
				return nil, err
			}
			kept := entries[:0]
			for _, e := range entries {
				eq, err := py.Eq(t, e.fn, args[0])
				if err != nil {
					return nil, err
				}
				if !eq {
					kept = append(kept, e)
				}
			}
			entries = kept
			return py.None, nil
		})
		m.SetFunc("_run_exitfuncs", run)
		m.SetFunc("_clear", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			entries = nil
			return py.None, nil
		})
		m.SetFunc("_ncallbacks", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Int(len(entries)), nil
		})
		return m, nil
	})
}
