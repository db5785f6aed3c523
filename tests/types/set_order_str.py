print({'a','b','c'}, hash('a'), set('abc'), {'c','b','a'})
s = {'a', 'b'}; s.add('c'); print(s)
d = {'a': 1, 'b': 2}
print(set(d.keys()), set(d), set(d.keys()) | {'c'})
s = {1, 9, 10}; print(s)
s2 = {2,3,9}; s2.add(10); print(s2)
print(hash('a'), hash(''), hash('hello world!'), hash('é'), hash('€uro'), hash('😀x'), hash(b'abc'), hash(b''), hash('abcdefgh'), hash('abcdefghi'))
print(hash(('a', 1)), hash(frozenset(['a','b'])), hash((1,2)), hash(()))
print({('a',1), ('b',2), ('c',3)}, {frozenset('ab'), frozenset('c')}, {1.5, 2.5, -1})
s2 = {3, 9}
s2 |= {10}; print(s2)
s2 &= {3, 9, 10, 11}; print(s2)
s2 -= {3}; print(s2)
s2 ^= {1}; print(s2)
a = {3, 9, 10}
print(a & {3, 9, 10, 11}, {3, 9, 10, 11} & a, a.intersection([10, 9, 3]))
b = {9, 10}; b.add(1); print(b)
c = {9, 10}; c ^= {1}; print(c)
s2 = {9,10,1}
s2.update([5], [6]); print(s2); s2.intersection_update([5,6,1,9,10]); print(s2); s2.difference_update([5]); print(s2); s2.symmetric_difference_update([6, 7]); print(s2)
x = set(range(20)); 
for i in range(0, 20, 3): x.discard(i)
x.add(100); x.add(33); print(x)
print({i*7 % 30 for i in range(25)})
y = {1,2,3} | {100, 200}; print(y, {100,200} | {1,2,3}, {1,2,3,4} - {2}, {1,2} ^ {2, 50, 3})
