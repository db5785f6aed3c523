# Functions: defaults, *args, **kwargs, keyword-only, closures, decorators, lambdas.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, c=3, c2=4, d=5, b=9)
except TypeError as e:
    print("TypeError:", e)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper

@deco
def greet(name):
    return "hi " + name

print(greet("bob"))
square = lambda x: x * x
print(square(7), (lambda *a: sum(a))(1, 2, 3), list(map(lambda x: x + 1, [1, 2])))

def gen_default(x, acc=[]):
    acc.append(x)
    return acc

print(gen_default(1), gen_default(2))
args = (1, 2)
kwargs = {"c": 3}
print(pos_only(*args, **kwargs), f(*[1, 2, 3], **{"c": 4}))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(30))
g = 10

def use_global():
    global g
    g += 1
    return g

print(use_global(), g)
print(greet.__name__, fact.__name__, square.__name__, (lambda: 0).__qualname__)

def doc():
    "The docstring."
    return None

print(doc.__doc__, f.__defaults__, f.__kwdefaults__)

def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    return middle()

print(outer())
fns = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in fns])
