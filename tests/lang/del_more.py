# del statement on names, attributes, subscripts, slices; errors.
x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
try:
    del x
except NameError as e:
    print('NameError', e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
f()
def g():
    try:
        del z
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    z = 0
g()
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::3]
print(l)
try:
    del l[100]
except IndexError as e:
    print('IndexError', e)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class A:
    cls_attr = 1
a = A()
a.x = 1
del a.x
try:
    del a.x
except AttributeError as e:
    print('AttributeError', e)
try:
    del a.cls_attr
except AttributeError as e:
    print('AttributeError', e)
del A.cls_attr
print(hasattr(A, 'cls_attr'))
class D:
    def __delitem__(self, k): print('delitem', k)
    def __delattr__(self, k): print('delattr', k)
d = D()
del d[1], d[1:2], d['x', 'y']
del d.foo
try:
    del (1).real
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print('TypeError', e)
a, b, c = 1, 2, 3
del (a, [b, c])
print('a' in dir(), 'b' in dir(), 'c' in dir())
class G:
    v = 1
    del v
print(hasattr(G, 'v'))
for i in range(3):
    pass
del i
print('i' in globals())
def loop_del():
    for k in range(2):
        w = k
        del w
    return 'done'
print(loop_del())
