# Relative import from __main__, star imports without __all__, modules that
# replace themselves, sys.path changes, import of submodule attributes.
import sys, os
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
ns = {}
exec("from _star import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
import _star.replaced
print(_star.replaced.value if hasattr(_star.replaced, "value") else type(_star.replaced).__name__)
from _star import replaced
print(type(replaced).__name__, replaced.value)
import os.path
print(os.path is sys.modules["os.path"], __import__("os.path") is os)
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_star")
sys.path.insert(0, d)
try:
    import replaced as r2
    print(type(r2).__name__)
finally:
    sys.path.remove(d)
    sys.modules.pop("replaced", None)
try:
    import _star.c
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _star import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _star.nope.deeper
except ImportError as e:
    print(type(e).__name__, e, e.name)
m = __import__("_star", globals(), locals(), ["a"], 0)
print(m.a, m.__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__("_star", level=-1)
except ValueError as e:
    print("ValueError", e)
print(sorted(k for k in vars(sys.modules["_star"]) if k in ("__name__", "__package__", "__path__", "__file__", "a")))
