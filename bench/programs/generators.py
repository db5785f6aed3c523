# Generator creation, resumption and yield from.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(n):
    for x in count(n):
        if x % 2 == 0:
            yield x

def chain(n):
    yield from evens(n)
    yield from count(n // 2)

def run(n):
    total = 0
    for _ in range(10):
        for v in chain(n):
            total += v
        total += sum(x for x in range(n // 10))
    return total

print(run(500_000))
