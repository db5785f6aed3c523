# Packages, relative imports, importlib.import_module/reload, __import__ fromlist, ImportError attributes.
import importlib, sys
import _pkgimp
print(_pkgimp.value, _pkgimp.helper(), _pkgimp.mod.__name__, '_pkgimp.mod' in sys.modules)
import _pkgimp.sub
print(_pkgimp.sub.parent_value, _pkgimp.sub.helper())
from _pkgimp import mod as m2
print(m2 is _pkgimp.mod)
m = importlib.import_module('json')
print(m.__name__, importlib.import_module('.mod', '_pkgimp').__name__)
try:
    import nonexistent_mod_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _pkgimp import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from json import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
importlib.reload(_pkgimp.mod)
print(hasattr(_pkgimp, '__path__'), _pkgimp.__name__, _pkgimp.sub.__package__, _pkgimp.mod.__package__)
x = __import__('_pkgimp.sub', fromlist=['helper'])
print(x.__name__)
print(__import__('os.path').__name__)
