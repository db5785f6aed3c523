# reprlib: size-limited reprs of the builtin containers, Repr subclasses, recursive_repr
import reprlib, array, collections
r = reprlib.Repr()
print(sorted(vars(r).items()))
for x in [list(range(100)), "a" * 100, "short", {i: i for i in range(10)}, set(range(10)), frozenset(range(10)),
          tuple(range(10)), (1,), [[[[[[[[1]]]]]]]], 10 ** 50, -10 ** 45, b"x" * 100, array.array("i", range(10)),
          array.array("d"), collections.deque(range(10)), set(), frozenset(), {}, (), [], {"b": 1, "a": [1, 2]},
          {1, "a", 2.5}, 3.14159, None, "it's \"q\"" * 5, [("x" * 40, 10 ** 45)], {(1, 2): {3: {4: {5: {6: {7: 8}}}}}}]:
    print(reprlib.repr(x))
class Y:
    def __repr__(self): return "Y" * 50
class Bad:
    def __repr__(self): raise ValueError
print(reprlib.repr(Y()), reprlib.repr(Bad()).startswith("<Bad instance at 0x"))
r.maxlist = 2; r.maxstring = 10; r.fillvalue = "~"; r.maxlevel = 2
print(r.repr(list(range(5))), r.repr("abcdefghijklmnop"), r.repr([[1, [2, [3]]]]), r.repr({"k": {"j": {"i": 1}}}))
class MyRepr(reprlib.Repr):
    def repr_TextIOWrapper(self, obj, level): return "<file>"
    def repr_float(self, obj, level): return "%.2f" % obj
print(MyRepr().repr([1.23456, 2.5]))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return "Node(%r)" % self.children
n = Node(); n.children.append(n); n.children.append(Node())
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
class L(list):
    @reprlib.recursive_repr("<...>")
    def __repr__(self): return "L" + list.__repr__(self)
l = L([1]); l.append(l); print(repr(l))
