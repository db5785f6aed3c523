# Dictionaries keyed by strings, string building and splitting.
def run(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    for i in range(n):
        w = words[i % len(words)] + str(i % 100)
        counts[w] = counts.get(w, 0) + 1
    text = " ".join(sorted(counts))
    parts = text.split(" ")
    total = 0
    for p in parts:
        total += len(p.upper()) + counts[p]
    s = []
    for i in range(n // 10):
        s.append("%d:%s" % (i, words[i % 8]))
    return total, len(",".join(s))

print(run(2_000_000))
