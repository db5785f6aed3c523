# secrets: tokens, randbelow, choice, compare_digest (values themselves are random: only properties printed)
import secrets, string
print(secrets.DEFAULT_ENTROPY, len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)).__name__)
h = secrets.token_hex(); print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex(3)))
u = secrets.token_urlsafe(); print(len(u), all(c.isalnum() or c in "-_" for c in u), len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe(None)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1), 0 <= secrets.randbits(10) < 1024, secrets.randbits(0))
print(secrets.choice("abc") in "abc", secrets.choice([5]), isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for a, b in [("a", "a"), ("a", "b"), (b"ab", b"ab"), (b"ab", b"abc"), (bytearray(b"x"), b"x"), (b"x", memoryview(b"x")), ("", "")]:
    print(type(a).__name__, type(b).__name__, secrets.compare_digest(a, b))
for a, b in [("a", b"a"), (b"a", "a"), ("é", "é"), (1, 1), (1, b"x"), (b"x", None)]:
    try: print(secrets.compare_digest(a, b))
    except TypeError as e: print("TypeError:", e)
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-5), lambda: secrets.token_bytes(-1), lambda: secrets.choice([])]:
    try: print(bad())
    except (ValueError, IndexError) as e: print(type(e).__name__, e)
