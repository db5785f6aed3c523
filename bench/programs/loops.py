# Loops and small-integer arithmetic.
def work(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    for j in range(n):
        total ^= j & 0xFF
        total -= j >> 3
    return total

print(work(4_000_000))
