def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for a, b in [(1 + 2j, 3 - 4j), (1j, 1j), (2, 1j), (1.5, -2j), (0j, 1)]:
    print(a + b, a - b, a * b, a / b, a ** 2, b == a, abs(b))
print((1 + 1j) ** 0, (1 + 1j) ** 1, (1 + 1j) ** -1, (2j) ** 0.5, 0j ** 0, 0 ** 0j, 1j ** 1j)
t(lambda: 0j ** (-1 + 0j))
t(lambda: (1 + 1j) ** (10 ** 400))
print(complex(3, 4) * complex(3, -4), (1e200j * 1e200j), complex(1e308, 1e308) * 10)
