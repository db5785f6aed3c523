// Package gc is the gc module, reporting Go's heap in MicroPython's terms.
package gc

import (
	"runtime"
	"runtime/debug"

	"upy/py"
)

func init() {
	py.RegisterModule("gc", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("gc")
		enabled := true
		noArgs := func(name string, fn func() py.Object) {
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				if err := py.CheckArgs(name, args, kw, 0, 1); err != nil {
					return nil, err
				}
				return fn(), nil
			})
		}
		m.SetFunc("collect", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			generation := 2
			if err := py.UnpackArgs(t, "collect", args, kw, "generation?", &generation); err != nil {
				return nil, err
			}
			if generation < 0 || generation > 2 {
				return nil, py.Errorf(py.ValueError, "invalid generation")
			}
			runtime.GC()
			for _, hook := range py.AfterCollect {
				hook(t)
			}
			return py.Int(0), nil
		})
		percent := 100
		noArgs("enable", func() py.Object {
			if !enabled {
				debug.SetGCPercent(percent)
				enabled = true
			}
			return py.None
		})
		noArgs("disable", func() py.Object {
			if enabled {
				percent = debug.SetGCPercent(-1)
				enabled = false
			}
			return py.None
		})
		noArgs("isenabled", func() py.Object { return py.NewBool(enabled) })
		noArgs("mem_alloc", func() py.Object {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			return py.Int(ms.HeapAlloc)
		})
		noArgs("mem_free", func() py.Object {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			return py.Int(ms.HeapSys - ms.HeapAlloc)
		})
		m.SetFunc("threshold", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("threshold", args, kw, 0, 1); err != nil {
				return nil, err
			}
			return py.Int(-1), nil
		})
		return m, nil
	})
}
