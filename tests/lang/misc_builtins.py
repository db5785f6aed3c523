# Assorted builtins, numbers and formatting, compared with python3.
import sys
print(sys.version_info[:2] >= (3, 0), sys.maxsize, sys.byteorder)
print(list(map(str, range(3))), "".join(map(chr, range(97, 100))))
d = {}
for w in "the quick the lazy the end".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
print("%s-%s" % ("a", "b"), "%5.2f|%-6d|%06.1f" % (3.14159, 42, 2.5))
print([i for i in range(20) if i % 3 == 0][::2])
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
print(list(Node(1, Node(2, Node(3)))))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), bytes([65, 66]), bytearray(b"ab") + b"c")
print(b"hello".hex(), bytes.fromhex("6869"), b"a,b".split(b","), b"x" * 3, len(b"abc"), b"abc"[1], b"abc"[1:])
print(str(3.0), str(1e20), str(1.5e-10), 1/7, 2**0.5, -1.5 // 1, 7.0 % -3)
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{42:#x}", f"{-42:08d}", f"{'s':*^7}")
x = [1, 2, 3]
y = x
y += [4]
print(x is y, x)
t = (1, 2)
t2 = t
t2 += (3,)
print(t, t2)
print(divmod(-7, 2), pow(2, 10, 1000), pow(2, -1), abs(-0.0), round(0.5), round(1.5), round(-0.5))
s = "abc"
print(s.encode("utf-8"), s.upper().lower(), s[::-1], s * 0, s.startswith("a", 0, 2))
import math
print(math.floor(-2.5), math.ceil(2.1), math.sqrt(16), math.pi, math.gcd(12, 18), math.factorial(10), math.isclose(0.1 + 0.2, 0.3))
print(isinstance([], (list, tuple)), callable(len), callable(1), hasattr([], "append"), getattr([], "nope", "dflt"))
print(sorted([3, 1, 2], key=lambda v: -v), list(reversed([1, 2, 3])), min("bca"), max([1, 5, 3], key=lambda v: -v))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 2, 3]), sum(range(10), 100))
a = b = c = 0
a += 1
print(a, b, c, id(a) == id(a), hash("x") == hash("x"))
print(repr(1.0), repr(100.0), repr(1e100), repr(0.1), repr(-2.5e-5), 1e22, 1e21, 123456789012345678.0)
print(float("inf"), float("-inf"), float("nan"), -float("inf"), 1e308 * 10)
print(int("  42  "), int("1_000"), float(" 2.5 "), complex(1, 2), complex("3+4j"), (3 + 4j).real, abs(3 + 4j))
print(chr(0x1F600), "\u00e9", "\N{EURO SIGN}", "\x41", "a\tb", r"raw\n", b"\x00\xff")
print([1, 2, 3].__len__(), "abc".__contains__("b"), (5).__add__(3), int.__add__(2, 3), str.upper("x"))
