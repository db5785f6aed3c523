# Large containers: dict/set growth and shrink, list ops, string building.
d = {}
for i in range(20000):
    d[i] = i * 2
for i in range(0, 20000, 2):
    del d[i]
print(len(d), d[19999], sum(d.values()) % 1000007, list(d)[:5])
for i in range(20000):
    d[str(i)] = i
print(len(d), d['12345'])
d2 = d.copy()
d2.clear()
print(len(d), len(d2))
s = set(range(10000))
s -= set(range(0, 10000, 3))
print(len(s), min(s), max(s), sum(s))
fs = frozenset(str(i) for i in range(5000))
print(len(fs), '4999' in fs, '5000' in fs)
l = list(range(50000))
l.reverse()
l.sort()
print(l[:3], l[-3:], len(l))
l2 = [x for x in l if x % 7 == 0]
print(len(l2), l2[-1])
del l[::2]
print(len(l), l[:3])
l[1000:2000] = []
print(len(l))
l.insert(0, -1)
print(l[:2], l.index(4001))
words = ['w%d' % (i % 97) for i in range(30000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts['w0'], counts['w96'])
big = ''.join(chr(65 + i % 26) for i in range(100000))
print(len(big), big[:5], big.count('A'), big.find('ZAB'), big[-3:])
parts = big.split('Z')
print(len(parts), len(parts[1]))
print(len('-'.join(parts)))
b = bytearray()
for i in range(10000):
    b.append(i % 256)
print(len(b), b[255], b[256], sum(b) % 65536)
t = tuple(range(10000))
print(t[5000], t.index(9999), len(t + t))
nested = [[i] * 10 for i in range(1000)]
print(sum(map(sum, nested)))
keys = [(i, str(i)) for i in range(5000)]
m = dict.fromkeys(keys, 0)
print(len(m), m[(4999, '4999')])
print(sorted(range(1000), key=lambda x: (x % 10, -x))[:5])
