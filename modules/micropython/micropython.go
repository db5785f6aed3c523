// Package micropython is the micropython module: MicroPython's
// introspection and optimisation hints, implemented for a Go heap.
package micropython

import (
	"fmt"
	"runtime"

	"upy/py"
)

// Defer, when set, is offered each scheduled callback first: it returns
// true when it takes the callback to run later. asyncio sets it so that,
// while its loop runs, callbacks run between tasks (where MicroPython
// runs them) instead of inside the task that scheduled them.
var Defer func(t *py.Thread, fn, arg py.Object) bool

func identity(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "function takes 1 positional argument but %d were given", len(args))
	}
	return args[0], nil
}

func init() {
	py.RegisterModule("micropython", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("micropython")
		m.SetFunc("const", identity)
		// Code emitters: upy always runs bytecode, so these are identity decorators.
		for _, n := range []string{"native", "viper", "bytecode"} {
			m.SetFunc(n, identity)
		}
		m.SetFunc("opt_level", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("opt_level", args, kw, 0, 1); err != nil {
				return nil, err
			}
			if len(args) == 0 {
				return py.Int(t.Interp.OptLevel), nil
			}
			n, err := py.IndexInt(t, args[0])
			if err != nil {
				return nil, err
			}
			t.Interp.OptLevel = n
			return py.None, nil
		})
		m.SetFunc("mem_info", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			s := fmt.Sprintf("stack: %d out of %d\nGC: total: %d, used: %d, free: %d\n No. of 1-blocks: %d, 2-blocks: 0, max blk sz: 0, max free sz: 0\n",
				0, 1<<20, ms.HeapSys, ms.HeapAlloc, ms.HeapSys-ms.HeapAlloc, ms.Mallocs-ms.Frees)
			return py.None, py.WriteString(t, t.Interp.Sys.Get("stdout"), s)
		})
		m.SetFunc("qstr_info", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.None, py.WriteString(t, t.Interp.Sys.Get("stdout"), "qstr pool: n_pool=1, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n")
		})
		m.SetFunc("stack_use", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return py.Int(0), nil })
		m.SetFunc("heap_lock", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return py.Int(0), nil })
		m.SetFunc("heap_unlock", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return py.Int(0), nil })
		m.SetFunc("heap_locked", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return py.Int(0), nil })
		m.SetFunc("kbd_intr", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return py.None, nil })
		m.SetFunc("alloc_emergency_exception_buf", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.None, nil
		})
		m.SetFunc("schedule", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("schedule", args, kw, 2, 2); err != nil {
				return nil, err
			}
			if Defer != nil && Defer(t, args[0], args[1]) {
				return py.None, nil
			}
			// Scheduled callbacks run "as soon as possible": here, right away.
			_, err := t.Call(args[0], args[1:], nil)
			return py.None, err
		})
		return m, nil
	})
}
