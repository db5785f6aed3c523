x = 'module'
print([x for x in range(2)], x)
print([(x, y) for x in range(2) for y in range(x)], x)
y = 10
print([y * i for i in range(3)], {i: y for i in range(2)}, list(y + i for i in range(2)))
def f():
    z = 5
    return [z + i for i in range(2)], [[z * j for j in range(i)] for i in range(3)]
print(f())
def g():
    res = [lambda: i for i in range(3)]
    return [r() for r in res]
print(g())
def h():
    return [i for i in range(3) if (lambda: i)() > 0]
print(h())
print([[i, j] for i in range(3) if i for j in range(i) if j != 1])
