print("init _pkg.sub.deep", __name__, __package__)
from .. import VALUE as _v

def f():
    return "deep.f"
