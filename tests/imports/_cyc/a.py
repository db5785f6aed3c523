print("a start")
from . import b
A = "a"
def use():
    return b.B
print("a end")
