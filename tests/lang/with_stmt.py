# Context managers, including exceptions and suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

def in_function():
    with CM("ret"):
        return "returned value"

print(in_function())
for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        break

from contextlib import contextmanager, suppress

@contextmanager
def managed(x):
    print("setup", x)
    try:
        yield x * 2
    finally:
        print("teardown", x)

with managed(5) as v:
    print("value", v)
with suppress(ZeroDivisionError):
    1 / 0
print("done")
