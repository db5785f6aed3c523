def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 'x'
    def first(self): return self[0]
l = L([3, 1, 2]); l.append(0); l.sort()
print(l, l.first(), len(l), type(l).__name__, isinstance(l, list), l.extra, l + [9], type(l + [9]).__name__, l[1:], type(l[1:]).__name__)
class D(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
    def __setitem__(self, k, v): super().__setitem__(k, v + 1)
d = D(a=1); d['b'] = 2
print(d, d['a'], d['b'], d.get('a'), dict(d), list(d.items()))
class I(int):
    def __add__(self, o): return I(int(self) + o + 100)
    def __repr__(self): return f'I({int(self)})'
print(I(5) + 1, I(5) * 2, type(I(5) * 2).__name__, I(7) == 7, hash(I(7)) == hash(7), I('12'), I(3.9), str(I(4)), f'{I(4)}', '%d' % I(4))
class S(str):
    def shout(self): return self.upper() + '!'
s = S('hi')
print(s, s.shout(), repr(s), s + 'x', type(s + 'x').__name__, s == 'hi', {s: 1}['hi'], s[0], type(s[0]).__name__, len(s))
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
tt = T(1, 2); print(tt, tt.a, type(tt).__name__, tt + (3,), len(tt))
class F(float):
    pass
print(F(1.5), F(1.5) + 1, type(F(2)), F('3.5'), repr(F(0.1)))
class B(bytes):
    pass
print(B(b'ab'), B(b'ab')[0], B([65]), type(B(b'a')).__name__)
class Fs(frozenset): pass
print(Fs([1, 2]), type(Fs([1]) | {3}).__name__)
class St(set):
    def add(self, x): super().add(x * 10)
st = St(); st.add(1); print(st, type(st).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try: raise E('boom', 42)
except E as e: print(e, e.code, e.args, repr(e))
class E2(ValueError): pass
try: raise E2
except ValueError as e: print(type(e).__name__, repr(e), str(e))
class KE(KeyError): pass
print(str(KE('x')), repr(KE('x')))
class OE(OSError): pass
e = OE(2, 'msg'); print(type(e).__name__, e.errno, e)
class Obj(object):
    def __new__(cls, *a):
        inst = object.__new__(cls)
        inst.created = a
        return inst
print(Obj(1, 2).created)
t(lambda: object.__new__(int))
t(lambda: int.__new__(str))
print(int.__new__(I, 5), type(int.__new__(I, 5)).__name__)
print(list.__new__(L) == [], dict.__new__(D) == {})
class MyType(type):
    def __repr__(cls): return f'<MyType {cls.__name__}>'
class WithMeta(metaclass=MyType): pass
print(WithMeta, type(WithMeta), WithMeta.__class__.__name__)
class Sized:
    def __len__(self): return 3
print(len(Sized()), bool(Sized()))
class ListNoInit(list): pass
print(ListNoInit('abc'), ListNoInit())
class DictDefault(dict):
    def __missing__(self, key): return 'default'
print(DictDefault()['x'], DictDefault(a=1).get('b'))
class StrRepr(str):
    def __str__(self): return 'custom str'
print(str(StrRepr('x')), StrRepr('x'), '%s' % StrRepr('x'), '{}'.format(StrRepr('x')), f'{StrRepr("x")}')
class IntBool(int):
    def __bool__(self): return False
print(bool(IntBool(5)), not IntBool(5), 'y' if IntBool(5) else 'n')
class Cmp(int):
    def __lt__(self, o): return True
print(Cmp(5) < 1, sorted([Cmp(3), Cmp(1)]))
class ListEq(list):
    def __eq__(self, o): return True
print(ListEq([1]) == [2], [2] == ListEq([1]), ListEq() != [1])
