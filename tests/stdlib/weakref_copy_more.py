# weakref (parent links, WeakSet/WeakKeyDictionary, callbacks, proxy) and copy (custom hooks, cycles, __slots__).
import weakref, gc, copy
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None
    def add(self, c):
        c.parent = weakref.ref(self)
        self.children.append(c)
        return c
    def __repr__(self):
        return f'Node({self.v})'
root = Node(0)
a = root.add(Node(1))
b = a.add(Node(2))
print(b.parent(), b.parent().parent(), root.parent)
r = weakref.ref(root)
print(r() is root)
del root, a, b
gc.collect()
print(r())
class Big:
    def __init__(self, data): self.data = data
orig = Big([1, [2, 3], {'k': [4]}])
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig.data[1].append(99)
print(sh.data, dp.data, sh.data is orig.data, dp.data[1] is orig.data[1])
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self):
        print('custom copy')
        return Custom(self.x)
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        return Custom(copy.deepcopy(self.x, memo))
c = Custom([1])
print(copy.copy(c).x, copy.deepcopy(c).x is c.x)
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d[0])
print(copy.copy((1, [2])), copy.deepcopy({'a': (1, [2])}), copy.copy(frozenset({1})), copy.deepcopy(range(3)))
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a, self.b = 1, [2]
s2 = copy.deepcopy(Slots())
print(s2.a, s2.b)
ws = weakref.WeakSet()
class Obj: pass
o1, o2 = Obj(), Obj()
ws.add(o1); ws.add(o2)
print(len(ws))
del o1
gc.collect()
print(len(ws), o2 in ws)
wk = weakref.WeakKeyDictionary()
k1 = Obj()
wk[k1] = 'v'
print(list(wk.values()))
del k1
gc.collect()
print(len(wk))
def callback(ref):
    print('callback called', ref() is None)
o3 = Obj()
wr = weakref.ref(o3, callback)
del o3
gc.collect()
print('after del')
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError', e)
p = weakref.proxy(Obj())
gc.collect()
try:
    p.anything
except ReferenceError as e:
    print('ReferenceError', e)
