vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 + 1, -2**61, 2**63, -2**63, 2**64, 10**30, -10**30, 0.5, -0.5, 1.5, 0.1, 1e300,
        -1e-300, float('inf'), float('-inf'), 2.0, -2.0, 1e20, True, False, 1j, 1+1j, complex(0.5, -2), complex(1e300, 1), 3+0j]
for v in vals:
    print(repr(v), hash(v))
print(hash(2) == hash(2.0) == hash(2+0j), hash(2**70) == hash(float(2**70)), hash(0.5) == hash(0.5 + 0j))
d = {1: 'int', 1.0: 'float', True: 'bool', 1+0j: 'complex'}
print(d, len({0, 0.0, -0.0, False, 0j}), {2**64: 1}[float(2**64)])
