# Random patterns and subjects (from a fixed seed) through the whole API:
# upy must agree with CPython on every result and every error.
import re
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 400
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 7


class Rng:
    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.s >> 33

    def below(self, n):
        return self.next() % n

    def pick(self, xs):
        return xs[self.below(len(xs))]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.groups = 0
        self.names = []

    def atom(self, depth):
        r = self.r
        k = r.below(22)
        if k < 6:
            return r.pick(["a", "b", "c", "ab", "ba", "é", "K", "\\.", " ", "\\n", "-", "1"])
        if k < 9:
            return r.pick(["[ab]", "[^a]", "[a-c]", ".", "\\w", "\\d", "\\s", "\\W", "[\\w-]", "[^\\s]",
                           "[é-ë]", "[k]", "[^ab\\d]", "\\S", "[.]"])
        if k < 10:
            return r.pick(["^", "$", "\\b", "\\B", "\\A", "\\Z"])
        if k < 12 and self.groups > 0:
            n = r.below(self.groups) + 1
            if r.below(3) == 0:
                return "(?(%d)%s|%s)" % (n, self.seq(depth - 1), self.seq(depth - 1))
            if self.names and r.below(3) == 0:
                return "(?P=%s)" % r.pick(self.names)
            return "\\%d" % n
        if depth <= 0:
            return r.pick(["a", "b"])
        k = r.below(9)
        if k < 3:
            self.groups += 1
            if r.below(3) == 0:
                name = "g%d" % self.groups
                body = self.alt(depth - 1)
                self.names.append(name)
                return "(?P<%s>%s)" % (name, body)
            return "(" + self.alt(depth - 1) + ")"
        if k == 3:
            return "(?:" + self.alt(depth - 1) + ")"
        if k == 4:
            return r.pick(["(?=", "(?!"]) + self.alt(depth - 1) + ")"
        if k == 5:
            return r.pick(["(?<=", "(?<!"]) + r.pick(["a", "b", "ab", "[ab]", "\\w", "é", "a\\b"]) + ")"
        if k == 6:
            return "(?>" + self.alt(depth - 1) + ")"
        if k == 7:
            return "(?" + r.pick(["i", "m", "s", "x", "-i", "a"]) + ":" + self.alt(depth - 1) + ")"
        return "(?:" + self.alt(depth - 1) + ")"

    def quant(self):
        r = self.r
        if r.below(3) != 0:
            return ""
        q = r.pick(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}", "{0,1}"])
        k = r.below(4)
        if k == 0:
            q += "?"
        elif k == 1:
            q += "+"
        return q

    def seq(self, depth):
        out = []
        for i in range(self.r.below(4) + 1):
            a = self.atom(depth)
            out.append(a)
            if a not in ("^", "$", "\\b", "\\B", "\\A", "\\Z"):
                out.append(self.quant())
        return "".join(out)

    def alt(self, depth):
        s = self.seq(depth)
        while self.r.below(3) == 0:
            s += "|" + self.seq(depth)
        return s


def subject(r):
    return "".join(r.pick(["a", "b", "c", "a", "b", " ", "\n", "1", "é", "k", "K", "É", "-", "ab", "."])
                   for i in range(r.below(14)))


def show_match(m):
    if m is None:
        return "None"
    return "%r %r %r %r %r" % (m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)


def run(i, rng):
    g = Gen(rng)
    pat = g.alt(1 + rng.below(3))
    flags = 0
    for f in (re.I, re.M, re.S, re.X, re.A):
        if rng.below(6) == 0:
            flags |= f
    s = subject(rng)
    as_bytes = rng.below(8) == 0 and not flags & re.A
    if as_bytes:
        pat = pat.replace("é", "\\xe9").replace("É", "\\xc9")
        pat = pat.encode("latin-1")
        s = s.encode("latin-1")
    print(i, repr(pat), flags, repr(s))
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        print("  error", e)
        return
    except (OverflowError, ValueError) as e:
        print("  ", type(e).__name__, e)
        return
    print("  match", show_match(p.match(s)))
    print("  search", show_match(p.search(s)))
    print("  fullmatch", show_match(p.fullmatch(s)))
    print("  search2", show_match(p.search(s, 2, len(s) - 1)))
    print("  findall", p.findall(s))
    print("  finditer", [m.span() for m in p.finditer(s)])
    print("  split", p.split(s), p.split(s, 1))
    t = b"<\\g<0>>" if as_bytes else "<\\g<0>>"
    print("  sub", p.sub(t, s), p.subn(t, s, 2))
    if p.groups:
        t = b"[\\1]" if as_bytes else "[\\1]"
        print("  sub1", p.sub(t, s))
    print("  subf", p.sub(lambda m: m.group(0)[::-1], s))


rng = Rng(SEED)
for i in range(N):
    run(i, rng)
