def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
data = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(data), None)), list(data))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lines.__next__, '')))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
it = iter(counter, 100); print(next(it), type(it).__name__)
t(lambda: iter(5, 1))
t(lambda: iter(len, 1, 2))
class Stop:
    def __call__(self): raise StopIteration
print(list(iter(Stop(), 0)))
