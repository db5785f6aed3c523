calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f'K{self.v}'
for data in [[3, 1, 2], [1, 2, 3], [3, 2, 1], [5, 1, 4, 2, 3], [2, 2, 1, 1], list(range(10, 0, -1)) + [5, 7], [1, 3, 2, 5, 4, 7, 6]]:
    calls.clear()
    r = sorted(K(v) for v in data)
    print(r, calls)
    calls.clear()
    r = sorted((K(v) for v in data), reverse=True)
    print(r, calls)
calls.clear(); print(max(K(1), K(3), K(2)), calls)
calls.clear(); print(min(K(1), K(3), K(2)), calls)
big = [K((i * 37) % 101) for i in range(100)]
print([k.v for k in sorted(big)][:10])
