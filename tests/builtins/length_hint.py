# __length_hint__ of the builtin iterators; a bytearray iterator sees the bytearray grow.
import operator
for it in (iter([1,2,3]), iter((1,2)), iter(range(5)), iter("abc"), iter({1:2}), reversed([1,2]), iter(b"ab"), iter(set([1])), iter(bytearray(b"x")), map(str, [1])):
    try:
        print(type(it).__name__, operator.length_hint(it), end=" ")
        next(it)
        print(operator.length_hint(it, -1))
    except Exception as e:
        print(type(e).__name__, e)
print(operator.length_hint([], 5), operator.length_hint(iter([]), 3))
b = bytearray(b"ab")
for x in b:
    if len(b) < 5:
        b.append(x)
print(b, list(iter(bytearray(b"xyz"))), type(iter(bytearray())).__name__)
d = {1: 2, 3: 4}
it = iter(d.items()); next(it); print(operator.length_hint(it))
it = iter(d.values()); print(operator.length_hint(it))
s = "héllo"; it = iter(s); next(it); next(it); print(operator.length_hint(it))
it = reversed([1, 2, 3]); next(it); print(operator.length_hint(it))
