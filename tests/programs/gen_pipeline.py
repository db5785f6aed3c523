# Generator pipelines: log processing with lazy stages, coroutine-style consumers.
LOG = """\
2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:02 DEBUG conn from 10.0.0.1
2024-01-01 10:00:03 ERROR timeout on /api/users (1200ms)
2024-01-01 10:00:04 INFO  GET /api/users 200 35ms
2024-01-01 10:00:05 WARN  slow query 950ms
2024-01-01 10:00:06 INFO  GET /api/items 200 12ms
2024-01-01 10:00:07 ERROR db connection lost
# comment line
2024-01-01 10:00:08 INFO  GET /api/users 500 3ms

2024-01-01 10:00:09 INFO  POST /api/items 201 48ms
"""

def lines(text):
    for ln in text.splitlines():
        yield ln

def non_blank(it):
    return (ln for ln in it if ln.strip() and not ln.startswith('#'))

def parse(it):
    for ln in it:
        date, time, level, msg = ln.split(None, 3)
        yield {'ts': f'{date}T{time}', 'level': level, 'msg': msg}

def where(it, **conds):
    for rec in it:
        if all(rec.get(k) == v for k, v in conds.items()):
            yield rec

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

records = list(parse(non_blank(lines(LOG))))
print(len(records), records[0])
print([r['ts'][-8:] for r in where(iter(records), level='ERROR')])
print([r['msg'] for r in take(2, where(records, level='INFO'))])
levels = {}
for r in records:
    levels[r['level']] = levels.get(r['level'], 0) + 1
print(sorted(levels.items()))
reqs = (r['msg'].split() for r in records if r['msg'].startswith(('GET', 'POST')))
stats = [(m, p, int(s), int(t[:-2])) for m, p, s, t in reqs]
print(stats)
print(sum(t for *_, t in stats) / len(stats), max(stats, key=lambda s: s[3]))
print(list(window((s[3] for s in stats), 2)))

def averager():
    total, n = 0.0, 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (n, total)
        total += x
        n += 1
        avg = total / n

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key in ('a', 'b'):
    g = grouper(results, key)
    next(g)
    for v in {'a': [1, 2, 3], 'b': [10, 20]}[key]:
        print(key, g.send(v))
    g.send(None)
print(results)

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def chunked(it, n):
    it = iter(it)
    while chunk := list(take(n, it)):
        yield chunk

print(list(chunked(take(10, fibs()), 3)))
evens = (x for x in fibs() if x % 2 == 0)
print([next(evens) for _ in range(8)])

def tee_like(it):
    cache = []
    src = iter(it)
    def gen():
        i = 0
        while True:
            if i < len(cache):
                yield cache[i]
            else:
                try:
                    v = next(src)
                except StopIteration:
                    return
                cache.append(v)
                yield v
            i += 1
    return gen(), gen()
a, b = tee_like(take(5, fibs()))
print(list(a), list(b))
import itertools
print(list(itertools.islice(itertools.accumulate(fibs()), 10)))
print(list(itertools.takewhile(lambda x: x < 50, (y * y for y in itertools.count(1)))))
