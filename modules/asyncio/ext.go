package asyncio

import (
	"embed"
	"io/fs"

	"upy/py"
)

// The CPython-only parts written in Python (ext/_asyncio_ext.py) load
// when one of their names is first looked up on the module.
//
//go:embed ext/_asyncio_ext.py
var extFiles embed.FS

var extNames = map[string]bool{
	"FIRST_COMPLETED": true, "FIRST_EXCEPTION": true, "ALL_COMPLETED": true,
	"shield": true, "wait": true, "as_completed": true, "Condition": true,
	"Timeout": true, "timeout": true, "timeout_at": true, "to_thread": true, "wrap_future": true,
	"PriorityQueue": true, "LifoQueue": true, "Runner": true, "TaskGroup": true,
	"Barrier": true, "BrokenBarrierError": true, "IncompleteReadError": true, "LimitOverrunError": true,
	"BaseProtocol": true, "Protocol": true, "BufferedProtocol": true, "DatagramProtocol": true,
	"BaseTransport": true, "Transport": true, "DatagramTransport": true,
}

// extException builds an instance of one of the exception classes of the
// Python part (IncompleteReadError ...): rare, so imported when needed.
func extException(t *py.Thread, name string, args ...py.Object) error {
	ext, err := t.Import("_asyncio_ext")
	if err != nil {
		return err
	}
	cls := ext.Dict.GetString(name)
	if cls == nil {
		return py.Errorf(py.AttributeError, "module '_asyncio_ext' has no attribute '%s'", name)
	}
	e, err := t.Call(cls, args, nil)
	if err != nil {
		return err
	}
	if exc, ok := e.(*py.Exception); ok {
		return exc
	}
	return py.Errorf(py.TypeError, "%s() did not make an exception", name)
}

func init() {
	sub, err := fs.Sub(extFiles, "ext")
	if err != nil {
		panic(err)
	}
	py.RegisterLibFS(sub)
}

// moduleGetattr is the module's __getattr__.
func moduleGetattr(m *py.Module) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("__getattr__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		name, ok := args[0].(*py.Str)
		if ok && extNames[name.S] {
			ext, err := t.Import("_asyncio_ext")
			if err != nil {
				return nil, err
			}
			for n := range extNames {
				if v := ext.Dict.GetString(n); v != nil {
					m.Set(n, v)
				}
			}
			if v := m.Dict.GetStr(name); v != nil {
				return v, nil
			}
		}
		s, _ := py.StrOf(t, args[0])
		return nil, py.Errorf(py.AttributeError, "module 'asyncio' has no attribute '%s'", s)
	}
}
