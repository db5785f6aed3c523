seed = 4321
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
chars = ['0', '1', '9', '.', 'e', 'E', '-', '+', '_', ' ', 'x', 'j', 'J', 'i', 'n', 'f', 'a', 'b', 'o', '\t']
for i in range(3000):
    s = ''.join(chars[rnd(len(chars))] for _ in range(rnd(7)))
    row = []
    for conv in (int, float, complex):
        try: row.append(repr(conv(s)))
        except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    for base in (0, 2, 16, 36):
        try: row.append(repr(int(s, base)))
        except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    print(repr(s), '|'.join(row))
