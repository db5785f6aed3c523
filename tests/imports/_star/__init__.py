a = 1
_b = 2
import sys as _sys
def c():
    return 3
class D:
    pass
