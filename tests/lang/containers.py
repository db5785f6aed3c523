# Lists, tuples, dicts and sets.
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
print(l, len(l), l.pop(), l.pop(0), l.index(2), l.count(1))
l.sort()
print(l, sorted(l, reverse=True), l[::-1], l[1:3], l[-2:])
l[1:3] = ["a", "b", "c"]
print(l)
del l[0]
del l[::2]
print(l, [1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3])
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
t = (1, 2, 3)
print(t, t[1], t[1:], t + (4,), t * 2, (1,), (), t.index(3), t.count(1), hash((1, 2)) == hash((1, 2)))
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.setdefault("e", 5), d, "b" in d, len(d))
d.update({"f": 6}, g=7)
print(d, {k: v for k, v in d.items() if v > 3}, dict(zip("xy", [1, 2])), dict(a=1), {**d, "h": 8})
print(dict.fromkeys("ab", 0), d.popitem(), sorted(d))
s = {3, 1, 2}
s.add(5)
s.discard(9)
print(s, len(s), 2 in s, s | {9}, s & {1, 2}, s - {1}, s ^ {1, 10}, {1, 2} <= {1, 2, 3})
print(sorted({x % 3 for x in range(10)}), frozenset([1, 2]), set(), {1: "a"}.items())
print(set(range(20, 0, -3)), {10, 100, 1000, 5}, {-1, 7, 3})
print([x * x for x in range(5)], [x for x in range(10) if x % 2], [(x, y) for x in range(2) for y in range(2)])
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), range(5)[2], len(range(0, 100, 7)), 5 in range(10))
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab")), list(map(abs, [-1, 2])), list(filter(None, [0, 1, 2])))
nested = [[1, 2], [3, 4]]
print([y for x in nested for y in x], sum(nested, []), any([0, 1]), all([1, 0]), all([]))
a = [1, 2, 3]
a.reverse()
print(a, a.copy(), list(reversed(a)), a.remove(2), a)
print(list({"x": 1, "y": 2}), {1, 2} == {2, 1}, [1, [2, [3]]], {"k": [1, {"n": None}]})
