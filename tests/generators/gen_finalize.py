def gen(n):
    try:
        yield 1
        yield 2
    finally:
        print('fin', n)
g = gen('global'); next(g)
l = [gen('inlist')]; next(l[0])
for x in gen('loopbreak'):
    break
print('after loop')
def f():
    for x in gen('inner-loop'):
        return x
f()
print('after f')
def f2():
    g = gen('local'); next(g)
    print('f2 body')
f2()
print('after f2')
d = gen('deleted'); next(d); del d
print('after del')
def first(it):
    for x in it:
        return x
print(first(gen('passed')))
print('after first')
def wgen():
    class CM:
        def __enter__(self): print('enter'); return self
        def __exit__(self, *a): print('exit', a[0]); return False
    with CM():
        yield 'w'
w = wgen(); print(next(w)); del w
print('after with')
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
c = catch_exit(); next(c); del c
def complete(n):
    try:
        yield n
    finally:
        print('complete fin', n)
for v in complete(1): pass
print('end')
try:
    for x in gen('exc'):
        raise ValueError('boom')
except ValueError:
    print('handled')
def thrower():
    for x in gen('exc-in-func'):
        raise KeyError('k')
try: thrower()
except KeyError as e: print('handled2', e)
print('end2')
