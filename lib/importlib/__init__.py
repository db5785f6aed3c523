"""importlib: the parts programs call directly (import_module, reload,
invalidate_caches); imports themselves are upy's own machinery."""

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module by name; a name starting with dots is relative to
    package, as in a `from . import` statement."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                "import for {!r}".format(name))
        for c in name:
            if c != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's source again in its own namespace. Modules without a
    readable source file (builtin or embedded ones) are returned as they
    are."""
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    file = getattr(module, "__file__", None)
    if file:
        try:
            with open(file) as f:
                source = f.read()
        except OSError:
            return module
        exec(compile(source, file, "exec"), module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """upy keeps no finder caches: nothing to invalidate."""
