"""A subset of CPython's importlib: import_module, reload, invalidate_caches."""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Execute a module's code again, in the same module object."""
    name = getattr(module, "__name__", None)
    if not isinstance(name, str):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    del sys.modules[name]
    try:
        __import__(name)
        fresh = sys.modules[name]
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent and parent in sys.modules:
        setattr(sys.modules[parent], child, module)
    return module


def invalidate_caches():
    """Nothing is cached between imports."""
