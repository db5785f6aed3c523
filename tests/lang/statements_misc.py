def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print('\a\b\f\n\r\t\v\\\'\"', '\101\x41\u0041\U00000041\N{LATIN SMALL LETTER A}', r'\n\t', b'\101\x41', '\0', len('\777'))
print('\N{EM DASH}', '\N{GREEK SMALL LETTER ALPHA}', '\N{grinning face}')
t(lambda: eval(r"'\N{NOPE}'"))
t(lambda: eval(r"'\x4'"))
t(lambda: eval(r"'\u12'"))
t(lambda: eval(r"b'\u1234'"))
t(lambda: eval("b'é'"))
print('\d' if False else '', 'a' 'b' "c" '''d''', """e""", 'x'
      'y')
x = [1, 2, 3]
del x[0]; print(x)
del x[:]; print(x)
class O: pass
o = O(); o.a = 1; del o.a
t(lambda: o.a)
d = {'a': 1, 'b': 2}; del d['a']; print(d)
a = b = c = 1; del a, b; print(c)
t(lambda: exec('del zz'))
print(1 < 2 > 1, 1 < 2 < 2, 1 == 1 != 2, None is None, None is not None, [] is [], 'a' in 'abc' not in 'xyz')
a = 256; b = 256; print(a is b)
print(not 1 == 2, not (1 == 2), (not 1) == 2, - 2 ** 2, (- 2) ** 2, 2 ** - 1, 1 + 2 * 3 - 4 / 2, 7 // 2 * 2 + 7 % 2, 1 if 0 else 2 if 0 else 3)
print(True or 1 / 0, False and 1 / 0, 0 or '' or [] or 'last', 1 and 2 and 3, None or 0, [] and 1)
print((1, 2) + (3,), [1] * 0, (), (1,), tuple(), [*()], {**{}}, {*()} if False else set())
i = 0
while i < 3:
    i += 1
    if i == 2: continue
    print('w', i)
else:
    print('while else')
for i in range(3):
    if i == 1: break
else:
    print('not printed')
for i in []: pass
else: print('empty for else')
try:
    pass
except: pass
else: print('try else')
finally: print('finally')
def f():
    try:
        return 'try'
    finally:
        print('in finally')
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(g())
def h():
    while True:
        try:
            break
        finally:
            print('break finally')
    return 'h'
print(h())
n = 0
while n < 2:
    try:
        n += 1
        continue
    finally:
        print('cont finally', n)
x = 5
assert x == 5
assert True, 'never'
if x: pass
elif x: pass
else: pass
print((x := 10), x, [y := 5, y ** 2], (lambda: (z := 3))())
print([w for v in range(3) if (w := v * 2) > 0], w)
def walrus_gen():
    return [j := i for i in range(3)], j
print(walrus_gen())
print(*range(3), *'ab', sep='|')
first, *rest = [1, 2, 3]; print(first, rest)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
a, b = b, a; print(a, b)
for k, (v1, v2) in enumerate([(1, 2)]): print(k, v1, v2)
t(lambda: exec('a, b = 1, 2, 3'))
t(lambda: exec('a, b, c = 1, 2'))
t(lambda: exec('a, *b, c, d = 1, 2'))
t(lambda: exec('a, b = None'))
t(lambda: exec('a, b = "abc"'))
t(lambda: exec('(a, b), = [(1,2,3)]'))
print(type(...).__name__, ... is Ellipsis)
x = 1; x += 1; x -= 3; x *= -4; x //= 3; x **= 2; x %= 5; x <<= 3; x >>= 1; x |= 1; x ^= 3; x &= 7; print(x)
s = 'a'; s += 'b'; s *= 2; print(s)
l = [1]; l2 = l; l += [2]; print(l2, l is l2)
tp = (1,); tp2 = tp; tp += (2,); print(tp2, tp)
print(0x_ff if False else 0xff, 0o17, 0b1010, 1_000_000, 1e3, 1E-3, .5, 5., 0j, 1.5J, 0xFF_FF)
print(int.__doc__ is not None, type.__doc__ is not None)
print(__debug__)
global_var = 1
def gv():
    global global_var
    del global_var
gv()
t(lambda: global_var)
