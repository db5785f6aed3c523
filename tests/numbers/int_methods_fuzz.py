seed = 555
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
vals = [0, 1, -1, 127, 128, 255, 256, -128, -129, 65535, -32768, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 10**20, -10**20]
for i in range(1500):
    v = vals[rnd(len(vals))]
    n = rnd(10)
    order = ['big', 'little'][rnd(2)]
    signed = rnd(2) == 1
    row = []
    try: row.append(repr(v.to_bytes(n, order, signed=signed)))
    except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    b = bytes(rnd(256) for _ in range(rnd(5)))
    try: row.append(repr(int.from_bytes(b, order, signed=signed)))
    except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    row.append(repr((v.bit_length(), v.bit_count(), hex(v), oct(v), bin(v), v.as_integer_ratio(), v.conjugate(), abs(v), ~v, -v, v >> rnd(70), v << rnd(70), v & vals[rnd(len(vals))], v | vals[rnd(len(vals))], v ^ vals[rnd(len(vals))])))
    try: row.append(repr(pow(v, rnd(5), vals[rnd(len(vals))] or 7)))
    except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    try: row.append(repr(divmod(v, vals[rnd(len(vals))])))
    except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    print(v, n, order, signed, '|'.join(row))
