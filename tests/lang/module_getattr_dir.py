# PEP 562: a module's __getattr__ supplies missing attributes and its
# __dir__ answers dir(module) (sorted by dir).
import _module_hooks as m

print(m.VISIBLE, m.LAZY, getattr(m, "LAZY"))
print(dir(m))
try:
    m.MISSING
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(m, "MISSING"), hasattr(m, "LAZY"))
from _module_hooks import LAZY
print(LAZY)
