# deterministic pseudo-random floats over many magnitudes; repr must be shortest round-trip
seed = 12345
def nxt():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
for i in range(3000):
    a = nxt()
    mant = (a >> 11) / 2**53
    e = (a % 64) - 32
    f = mant * float('1e%d' % e)
    if a & 1:
        f = -f
    out.append(repr(f))
    if i % 7 == 0:
        out.append(repr(f * 1e200))
        out.append(repr(f / 1e200))
    assert float(repr(f)) == f
for i in range(0, len(out), 6):
    print(' '.join(out[i:i + 6]))
print(sum(float(s) for s in out[:100]))
