print("b start")
from . import a
B = "b"
def use():
    return a.A
print("b end", hasattr(a, "A"))
