print("init _pkg.mod", __name__, __package__)
from . import VALUE
from .sub import deep

X = VALUE + 1
def where():
    return __name__
