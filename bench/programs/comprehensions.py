# List, dict and set comprehensions and builtins over them.
def run(n):
    acc = 0
    for k in range(n):
        sq = [x * x for x in range(100) if x % 3]
        d = {x: x + k for x in range(50)}
        s = {x % 17 for x in sq}
        acc += sum(sq) + len(d) + len(s) + max(sq)
    return acc

print(run(60_000))
