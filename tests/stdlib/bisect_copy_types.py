# bisect, copy and types: the functions with keys, deep copies of cycles and custom hooks, and the types of the runtime.
import bisect, copy, types
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
b = []; [bisect.insort(b, x) for x in (5, 1, 3, 3, 0)]; bisect.insort_left(b, 3); print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1])); bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
for bad in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.insort((1,), 1), lambda: bisect.bisect([1, 2], 1, 3, 1) if False else bisect.bisect([], 1, 0, 5)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
x = [1, [2, 3], {'k': (4, [5])}]; x.append(x)
y = copy.deepcopy(x); print(y[3] is y, y[1] is not x[1], y[2]['k'][1] is not x[2]['k'][1], y[:3] == x[:3])
z = copy.copy(x); print(z[1] is x[1], z is not x)
class C:
    def __init__(self): self.v = [1]; self.calls = []
    def __copy__(self): n = C(); n.v = self.v; n.calls = ['copy']; return n
    def __deepcopy__(self, memo): n = C(); n.v = copy.deepcopy(self.v, memo); n.calls = ['deep']; return n
c = C(); print(copy.copy(c).calls, copy.deepcopy(c).calls, copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a * 2,))
print(copy.copy(R(2)).a, copy.deepcopy(R(3)).a)
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = [1]; t = copy.deepcopy(s); print(t.p, t.p is not s.p, hasattr(t, 'q'))
print(copy.copy(5), copy.deepcopy('s'), copy.copy((1, 2)) == (1, 2), copy.deepcopy(frozenset({1})), copy.copy(len) is len)
print(types.FunctionType, types.LambdaType is types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.GeneratorType, types.ModuleType, types.NoneType, types.SimpleNamespace)
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [2]; print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[2]), repr(types.SimpleNamespace()), vars(ns))
m = types.ModuleType('mod', 'doc'); m.x = 1; print(m.__name__, m.__doc__, m.x, repr(m)[:13])
def f(): pass
class K:
    def meth(self): pass
print(type(f) is types.FunctionType, type(K().meth) is types.MethodType, type(len) is types.BuiltinFunctionType, type((i for i in ())) is types.GeneratorType, isinstance(types, types.ModuleType))
print(types.MappingProxyType({'a': 1})['a'], len(types.MappingProxyType({'a': 1})), type(K.__dict__).__name__)
try: types.MappingProxyType({'a': 1})['b'] = 2
except TypeError as e: print('TypeError', e)
bm = types.MethodType(lambda self: self.v, ns); ns.v = 7; print(bm())
Dyn = types.new_class('Dyn', (K,), {}, lambda ns: ns.update(z=3)); print(Dyn.z, Dyn.__mro__[1] is K, Dyn.__name__)
print(types.resolve_bases((K, int)) == (K, int), type(types.coroutine(f)).__name__)
