pairs = [(1, 'a'), (2, 'b')]
for num, ch in pairs: print(num, ch)
for i, (num, ch) in enumerate(pairs): print(i, num, ch)
for (a, b), c in [((1, 2), 3)]: print(a, b, c)
for first, *rest in ['abc', 'de']: print(first, rest)
for k, v in {'x': 1}.items(): print(k, v)
d = {}
for d['key'] in range(2): pass
print(d)
l = [None]
for l[0] in 'xy': pass
print(l)
class O: pass
o = O()
for o.attr in [5]: pass
print(o.attr)
try:
    for a, b in [(1, 2, 3)]: pass
except ValueError as e:
    print('ValueError', e)
try:
    for a, b in [1]: pass
except TypeError as e:
    print('TypeError', e)
print([(x, y) for x, y in zip('ab', 'cd')], {k: v for k, v in [('a', 1)]}, [a + b for a, b in [(1, 2), (3, 4)]])
