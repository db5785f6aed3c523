i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i > 6: break
    print('even', i)
else:
    print('no else')
n, total = 10, 0
while n:
    total += n; n -= 1
print(total)
def find(lst, target):
    for idx, v in enumerate(lst):
        if v == target:
            break
    else:
        return -1
    return idx
print(find([1, 2, 3], 2), find([1], 5))
for i in range(3):
    for j in range(3):
        if j == 1: break
        if i == 1: continue
        print('pair', i, j)
count = 0
for _ in range(1000):
    count += 1
print(count)
x = 5
while x > 0:
    x -= 2
else:
    print('done at', x)
for c in 'ab':
    try:
        if c == 'a': continue
        print('processing', c)
    finally:
        print('finally', c)
res = []
for i in range(3):
    res.append(lambda: i)
print([f() for f in res])
for i in range(5): pass
print('after loop i =', i)
for i in []: pass
print('i unchanged', i)
k = 0
while (k := k + 1) < 4: pass
print('walrus loop', k)
