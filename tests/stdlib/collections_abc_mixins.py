# collections.abc: isinstance checks of builtins, registration, and the mixin methods of user classes.
from collections import abc
import collections
for obj in ([], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), (x for x in ()), {}.keys(), {}.values(), {}.items(), memoryview(b''), 1, None, len, collections.deque(), collections.OrderedDict()):
    print(type(obj).__name__, [n for n in ('Container', 'Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Callable', 'Collection', 'Sequence', 'MutableSequence', 'ByteString', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView') if isinstance(obj, getattr(abc, n))])
class Seq(abc.Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(1, 2, 3, 2)
print(s.index(2), s.count(2), 3 in s, list(reversed(s)), list(s), s.index(2, 2))
try: s.index(9)
except ValueError as e: print('ValueError', e)
class MSeq(abc.MutableSequence):
    def __init__(self): self.items = []
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
m = MSeq(); m.append(1); m.extend([2, 3]); m += [4]; m.insert(0, 0); m.reverse(); print(m.items, m.pop(), m.pop(0), m.items); m.remove(2); print(m.items); m.clear(); print(m.items)
class Map(abc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mp = Map(a=1, b=2)
print(mp.get('a'), mp.get('z', 0), 'a' in mp, list(mp.keys()), list(mp.values()), list(mp.items()), mp == {'a': 1, 'b': 2}, mp != {'a': 1})
print(isinstance(mp.keys(), abc.KeysView), mp.keys() & {'a', 'q'}, sorted(mp.items() | {('c', 3)}))
class MMap(abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MMap(); mm.update({'x': 1}, y=2); print(mm.setdefault('z', 3), mm.pop('x'), mm.pop('nope', None), sorted(mm.items()), mm.popitem(), len(mm)); mm.clear(); print(len(mm))
try: mm.pop('q')
except KeyError as e: print('KeyError', e)
class S(abc.Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a < a, a == S([3, 2, 1]), a.isdisjoint(S([9])), type(a & b).__name__)
class Bad(abc.Sequence): pass
try: Bad()
except TypeError as e: print(e)
class Reg: pass
abc.Sequence.register(Reg); print(issubclass(Reg, abc.Sequence), issubclass(Reg, abc.Iterable), isinstance(Reg(), abc.Collection))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable), isinstance(It(), abc.Sized))
class Call:
    def __call__(self): pass
print(isinstance(Call(), abc.Callable), isinstance(Call, abc.Callable), issubclass(type(None), abc.Hashable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable), isinstance([], abc.Hashable))
