def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class MyList(list):
    def append(self, x): super().append(x * 2)
ml = MyList([1, 2]); ml.append(5); ml.extend([7]); print(ml, len(ml), type(ml[:1]).__name__, type(ml + [1]).__name__, ml == [1, 2, 10, 7], isinstance(ml, list))
class MyDict(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
md = MyDict(a=1); print(md['A'], md.get('A'), 'a' in md, dict(md), type(md.copy()).__name__)
class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hi'); print(s.shout(), s + 'x', type(s + 'x').__name__, type(s.upper()).__name__, s == 'hi', len(s), repr(s), str(s) == s, type(str(s)).__name__)
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 100)
i = MyInt(5); print(i + 1, 1 + i, type(i + 1).__name__, type(i * 2).__name__, i == 5, hash(i) == hash(5), repr(i), f'{i:03d}', -i, type(-i).__name__)
class MyFloat(float):
    def __repr__(self): return 'MyFloat(%s)' % float(self)
print(MyFloat(1.5), MyFloat(1.5) + 1, str(MyFloat(2.5)), [MyFloat(0.5)], MyFloat('3.5'), round(MyFloat(2.567), 1))
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
mt = MyTuple(1, 2); print(mt, len(mt), mt[0], type(mt[:1]).__name__, mt + (3,), isinstance(mt, tuple))
class MySet(set): pass
ms = MySet([1, 2]); print(sorted(ms), type(ms | {3}).__name__, type(ms.copy()).__name__, ms == {1, 2})
class MyBytes(bytes): pass
mb = MyBytes(b'ab'); print(mb, type(mb[:1]).__name__, mb.upper(), type(mb.upper()).__name__, mb == b'ab')
class WithInit(list):
    def __init__(self, n): super().__init__(range(n))
print(WithInit(3))
class Ex(Exception):
    pass
print(repr(Ex('m')), str(Ex('a', 'b')))
class IntWithNew(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(IntWithNew(21), type(IntWithNew(1)).__name__)
class StrAttr(str): pass
sa = StrAttr('x'); sa.tag = 1; print(sa, sa.tag)
t(lambda: setattr('x', 'tag', 1))
class BoolSub(int):
    def __bool__(self): return False
print(bool(BoolSub(5)), not BoolSub(0))
class ListLen(list):
    def __len__(self): return 99
print(len(ListLen([1])), bool(ListLen()), ListLen([1, 2]))
class DictMissing(dict):
    def __missing__(self, k): self[k] = k * 2; return self[k]
dm = DictMissing(); print(dm[3], dm, dm.get(4), 4 in dm)
t(lambda: type('X', (int, str), {}))
t(lambda: type('Y', (bool,), {}))
