# helper of module_getattr_dir.py: a module with __getattr__ and __dir__
VISIBLE = 1


def __getattr__(name):
    if name == "LAZY":
        return "computed lazily"
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def __dir__():
    return ["VISIBLE", "LAZY", "ALSO"]
