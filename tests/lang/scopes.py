# Scopes: globals, nonlocal, class scopes, comprehensions, walrus.
x = "global"

def read():
    return x

def shadow():
    x = "local"
    return x

print(read(), shadow(), x)

def make_adders():
    return [lambda y, i=i: i + y for i in range(3)]

print([f(10) for f in make_adders()])

class K:
    v = 1
    w = [v * 2 for _ in range(2)] if False else None
    def m(self):
        return self.v

print(K().m(), K.v)

def walrus(data):
    if (n := len(data)) > 2:
        return n
    return -1

print(walrus([1, 2, 3]), walrus([]))
print([y for v in range(5) if (y := v * v) > 4], y)

def nested():
    a = 1
    def inner():
        nonlocal a
        a += 1
        def innermost():
            return a * 10
        return innermost()
    r = inner()
    return a, r

print(nested())
total = 0
for i in range(5):
    total += i
print(total, i)
del total
try:
    total
except NameError as e:
    print(e)

def unbound():
    print(zz)
    zz = 1

try:
    unbound()
except UnboundLocalError as e:
    print(e)
print(sorted(k for k in globals() if not k.startswith("__"))[:4])
