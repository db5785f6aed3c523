# Huge integer arguments: CPython's OverflowError (a C size), not a hang or a huge allocation.
import collections, itertools, random
d = collections.deque([1, 2])
r = random.Random(1)
for f in (lambda: d.rotate(2**100), lambda: d * 2**100, lambda: d[2**100], lambda: d.insert(2**100, 1), lambda: collections.deque([], 2**100),
          lambda: r.choices([1], k=2**100), lambda: r.getrandbits(2**40), lambda: r.randbytes(2**100), lambda: itertools.repeat(1, 2**100),
          lambda: [0] * 2**100, lambda: 'ab' * 2**100, lambda: b'x' * 2**63, lambda: range(2**100)[2**99], lambda: len(range(2**100))):
    try: print(repr(f())[:40])
    except (OverflowError, MemoryError, IndexError) as e: print(type(e).__name__, e)
x = collections.deque([1, 2, 3], maxlen=4); x *= 2; print(x, 2 * collections.deque([1]), collections.deque([1, 2]) * -1)
