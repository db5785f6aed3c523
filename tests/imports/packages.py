# Packages, relative imports, __all__, circular imports, broken modules, module __getattr__.
import sys
import _pkg
print(_pkg.VALUE, _pkg.helper())
import _pkg.mod
print(_pkg.mod.X, _pkg.mod.where(), _pkg.sub.deep.f())
from _pkg import mod as m2
print(m2 is _pkg.mod, "_pkg.sub.deep" in sys.modules)
from _pkg.sub.deep import f as g
print(g())
import _pkg.sub.deep as d
print(d.__name__, d.__package__)
ns = {}
exec("from _pkg import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
from _cyc import a
print(a.use(), a.b.use())
try:
    import _bad.broken
except ValueError as e:
    print("ValueError", e, "_bad.broken" in sys.modules)
try:
    import _bad.broken
except ValueError as e:
    print("again ValueError", e)
try:
    import _bad.syntax
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    import _no_such_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import _pkg.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import _modgetattr
print(_modgetattr.dyn, dir(_modgetattr))
try:
    _modgetattr.missing
except AttributeError as e:
    print("AttributeError", e)
from _modgetattr import dyn
print(dyn)
print(__name__, __package__ is None or __package__ == "")
m = type(sys)("synthetic")
m.x = 5
sys.modules["synthetic"] = m
import synthetic
print(synthetic.x, synthetic is m)
del sys.modules["synthetic"]
print(type(_pkg).__name__, _pkg.__name__, hasattr(_pkg, "__path__"), hasattr(_pkg.mod, "__path__"))
print(__import__("_pkg.sub", fromlist=["deep"]).__name__, __import__("_pkg.sub").__name__)
import importlib
print(importlib.import_module("_pkg.sub.deep").f(), importlib.import_module(".mod", "_pkg").X)
for args in [("..mod", "_pkg.sub"), (".x", None), ("...", "_pkg.sub"), ("_no_such_x",)]:
    try:
        print(importlib.import_module(*args))
    except Exception as e:
        print(type(e).__name__, e)
import _modgetattr as mg
mg.extra = 1
print(importlib.reload(mg) is mg, mg.extra, mg.dyn)
try:
    importlib.reload(5)
except TypeError as e:
    print("TypeError", e)
importlib.invalidate_caches()
