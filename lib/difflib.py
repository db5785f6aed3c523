"""Compare sequences: SequenceMatcher (longest matching blocks, with junk
and popular elements left out of the anchors), Differ/ndiff (the
human-readable diff with '?' hint lines), unified_diff, context_diff and
get_close_matches. The results are those of CPython's difflib."""

from collections import namedtuple as _namedtuple

__all__ = ["get_close_matches", "ndiff", "restore", "SequenceMatcher", "Differ",
           "IS_CHARACTER_JUNK", "IS_LINE_JUNK", "context_diff", "unified_diff",
           "diff_bytes", "Match"]

Match = _namedtuple("Match", "a b size")


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Finds the longest contiguous matching blocks of two sequences of
    hashable elements, recursively on both sides of each."""

    def __init__(self, isjunk=None, a="", b="", autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # where each element of b occurs, without junk and (for long b)
        # without the elements occurring in more than 1% of it
        positions = {}
        for j, x in enumerate(self.b):
            lst = positions.get(x)
            if lst is None:
                positions[x] = [j]
            else:
                lst.append(j)
        junk = set()
        if self.isjunk:
            for x in list(positions):
                if self.isjunk(x):
                    junk.add(x)
            for x in junk:
                del positions[x]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for x, lst in positions.items():
                if len(lst) > limit:
                    popular.add(x)
            for x in popular:
                del positions[x]
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] inside the given ranges
        (earliest in a, then in b, among the longest), as a Match."""
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_k = alo, blo, 0
        # run length of the match ending at (i-1, j), by j
        runs = {}
        empty = []
        for i in range(alo, ahi):
            new_runs = {}
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                new_runs[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            runs = new_runs
        # grow it with equal non-junk elements (popular ones) on both sides
        while (best_i > alo and best_j > blo and b[best_j - 1] not in junk
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_k = best_i - 1, best_j - 1, best_k + 1
        while (best_i + best_k < ahi and best_j + best_k < bhi
               and b[best_j + best_k] not in junk
               and a[best_i + best_k] == b[best_j + best_k]):
            best_k += 1
        # then with equal junk on both sides
        while (best_i > alo and best_j > blo and b[best_j - 1] in junk
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_k = best_i - 1, best_j - 1, best_k + 1
        while (best_i + best_k < ahi and best_j + best_k < bhi
               and b[best_j + best_k] in junk
               and a[best_i + best_k] == b[best_j + best_k]):
            best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """Matches (i, j, n) with a[i:i+n] == b[j:j+n], increasing in i and
        j, adjacent ones merged, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append((ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append((ci, cj, ck))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match(*m) for m in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) tuples turning a into b; tag is 'replace',
        'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(("replace", i, ai, j, bj))
            elif i < ai:
                ops.append(("delete", i, ai, j, bj))
            elif j < bj:
                ops.append(("insert", i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(("equal", ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups of changes with up to n lines of context."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == "equal":
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == "equal":
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal" and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == "equal"):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T, M matched elements, T elements in all."""
        matches = 0
        for m in self.get_matching_blocks():
            matches += m[2]
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio() from the element counts."""
        if self.fullbcount is None:
            counts = {}
            for x in self.b:
                counts[x] = counts.get(x, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for x in self.a:
            if x in left:
                n = left[x]
            else:
                n = counts.get(x, 0)
            left[x] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio() from the lengths."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (up to n) of possibilities scoring at least cutoff against
    word, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    scored.sort(reverse=True)
    return [x for score, x in scored[:n]]


def _keep_whitespace(line, tags):
    # a tab or space under an unchanged position stays as it is
    out = []
    for c, t in zip(line, tags):
        out.append(c if t == " " and c.isspace() else t)
    return "".join(out)


class Differ:
    """Compares sequences of lines: each output line starts with '- ',
    '+ ', '  ' or '? ' (the hint line under a changed line)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == "replace":
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == "delete":
                yield from self._dump("-", a, alo, ahi)
            elif tag == "insert":
                yield from self._dump("+", b, blo, bhi)
            elif tag == "equal":
                yield from self._dump(" ", a, alo, ahi)
            else:
                raise ValueError("unknown tag %r" % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield "%s %s" % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # the shorter block first
        if bhi - blo < ahi - alo:
            yield from self._dump("+", b, blo, bhi)
            yield from self._dump("-", a, alo, ahi)
        else:
            yield from self._dump("-", a, alo, ahi)
            yield from self._dump("+", b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio at least 0.75); the
        # blocks before and after it are compared the same way. Without
        # such a pair, synchronise on the first identical pair, or else
        # show a plain replacement.
        best = 0.74
        cutoff = 0.75
        chars = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            chars.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(ai)
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if not identical:
            atags = []
            btags = []
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == "replace":
                    atags.append("^" * na)
                    btags.append("^" * nb)
                elif tag == "delete":
                    atags.append("-" * na)
                elif tag == "insert":
                    btags.append("+" * nb)
                elif tag == "equal":
                    atags.append(" " * na)
                    btags.append(" " * nb)
                else:
                    raise ValueError("unknown tag %r" % (tag,))
            yield from self._qformat(aline, bline, "".join(atags), "".join(btags))
        else:
            yield "  " + aline
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump("-", a, alo, ahi)
        elif blo < bhi:
            yield from self._dump("+", b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_whitespace(aline, atags).rstrip()
        btags = _keep_whitespace(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? %s\n" % atags
        yield "+ " + bline
        if btags:
            yield "? %s\n" % btags


_line_junk_chars = " \t"


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line or one holding only '#' (and whitespace)."""
    if pat is not None:
        return pat(line) is not None
    s = line.strip()
    return s == "" or s == "#"


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff result came from (which is 1 or 2)."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError("unknown delta choice (must be 1 or 2): %r" % which) from None
    for line in delta:
        if line[:2] in ("  ", tag):
            yield line[2:]


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return "%d" % first
    if not length:
        first -= 1
    return "%d,%d" % (first, length)


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return "%d" % first
    return "%d,%d" % (first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError("lines to compare must be str, not %s (%r)" % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError("lines to compare must be str, not %s (%r)" % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError("all arguments must be str, not: %r" % (arg,))


def unified_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3,
                 lineterm="\n"):
    """The lines of a unified diff turning a into b, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield "--- %s%s%s" % (fromfile, "\t" + fromfiledate if fromfiledate else "", lineterm)
            yield "+++ %s%s%s" % (tofile, "\t" + tofiledate if tofiledate else "", lineterm)
        first, last = group[0], group[-1]
        yield "@@ -%s +%s @@%s" % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in a[i1:i2]:
                    yield " " + line
                continue
            if tag in ("replace", "delete"):
                for line in a[i1:i2]:
                    yield "-" + line
            if tag in ("replace", "insert"):
                for line in b[j1:j2]:
                    yield "+" + line


def context_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3,
                 lineterm="\n"):
    """The lines of a context diff turning a into b, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    marks = {"insert": "+ ", "delete": "- ", "replace": "! ", "equal": "  "}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield "*** %s%s%s" % (fromfile, "\t" + fromfiledate if fromfiledate else "", lineterm)
            yield "--- %s%s%s" % (tofile, "\t" + tofiledate if tofiledate else "", lineterm)
        first, last = group[0], group[-1]
        yield "***************" + lineterm
        yield "*** %s ****%s" % (_context_range(first[1], last[2]), lineterm)
        if any(g[0] in ("replace", "delete") for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != "insert":
                    for line in a[i1:i2]:
                        yield marks[tag] + line
        yield "--- %s ----%s" % (_context_range(first[3], last[4]), lineterm)
        if any(g[0] in ("replace", "insert") for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != "delete":
                    for line in b[j1:j2]:
                        yield marks[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b"", tofile=b"", fromfiledate=b"", tofiledate=b"",
               n=3, lineterm=b"\n"):
    """dfunc (unified_diff or context_diff) on bytes, decoded as latin-1."""
    def decode(s):
        try:
            return s.decode("latin-1")
        except AttributeError as err:
            raise TypeError("all arguments must be bytes, not %s (%r)"
                            % (type(s).__name__, s)) from err
    a = [decode(x) for x in a]
    b = [decode(x) for x in b]
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate),
                  decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode("latin-1")
