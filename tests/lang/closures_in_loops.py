funcs = []
for i in range(3):
    def f(i=i): return i
    funcs.append(f)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
def make(n):
    return [lambda x, k=k: x + k for k in range(n)]
print([f(10) for f in make(3)])
adders = {name: (lambda n: lambda x: x + n)(v) for name, v in [('one', 1), ('two', 2)]}
print(adders['one'](1), adders['two'](1))
x = 0
def counter():
    count = 0
    while True:
        count += 1
        yield lambda c=count: c
gen = counter(); fs = [next(gen) for _ in range(3)]; print([f() for f in fs])
