package os

import "upy/py"

// os.PathLike is an abc.ABC, built from Python source on first use (a
// module __getattr__), so that importing os, which every program does at
// start-up, does not import abc.
const pathLikeSrc = `
import abc as _abc

class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

PathLike.__module__ = 'os'
del _abc
`

func osGetattr(m *py.Module) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("__getattr__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		name, _ := args[0].(*py.Str)
		if name != nil && name.S == "PathLike" {
			code, err := py.CompileSource("<os>", []byte(pathLikeSrc), 0, 0)
			if err != nil {
				return nil, err
			}
			ns := py.NewDict()
			ns.SetString("__name__", py.NewStr("os"))
			ns.SetString("__builtins__", t.Interp.Builtins)
			if _, err := t.RunCode(code, ns, ns); err != nil {
				return nil, err
			}
			pl := ns.GetString("PathLike")
			m.Set("PathLike", pl)
			return pl, nil
		}
		s := "?"
		if name != nil {
			s = name.S
		}
		return nil, py.Errorf(py.AttributeError, "module 'os' has no attribute '%s'", s)
	}
}
