# for loops: targets of every kind, else clauses, mutation during iteration, iterator protocol details.
for i in range(3):
    pass
print(i)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
d = {}
for d['k'] in 'xyz':
    pass
print(d)
class O: pass
o = O()
for o.attr in [1, 2]:
    pass
print(o.attr)
l = [0, 0, 0]
for l[1] in range(5):
    pass
print(l)
for *init, last in ['abc', 'de']:
    print(init, last)
for x in []:
    print('never')
else:
    print('else on empty')
for x in [1, 2, 3]:
    if x == 2:
        continue
    print('x', x)
else:
    print('else after full loop')
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print('not printed')
print('broke at', x)
nums = [1, 2, 3, 4]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
lst = [1, 2]
count = 0
for v in lst:
    count += 1
    if count < 5:
        lst.append(v * 10)
print(lst, count)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen():
    print('v', v)
    break
print('after break')
it = iter([1, 2, 3, 4, 5])
for a in it:
    b = next(it, None)
    print(a, b)
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for c in reversed('abc'):
    print(c, end='')
print()
for k, v in sorted({'b': 2, 'a': 1}.items()):
    print(k, v, end='; ')
print()
total = 0
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        total += i * 10 + j
    else:
        print('inner else', i)
print(total)
def nested_return():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return i, j
print(nested_return())
for x in range(3):
    def f(): return x
print(f())
try:
    for x in 5:
        pass
except TypeError as e:
    print('TypeError', e)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print('ValueError', e)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 11
for s in Seq():
    print('seq', s)
while True:
    break
else:
    print('no')
i = 0
while i < 3:
    i += 1
    if i == 10:
        break
else:
    print('while else', i)
