d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(list(d), list(d.values()))
d['a'] = 99; print(list(d.items()))
del d['z']; d['z'] = 5; print(list(d))
d2 = dict.fromkeys('hello'); print(list(d2))
d3 = {**{'b': 1}, 'a': 2, **{'b': 3}}; print(d3)
d4 = {1: 'a', 2: 'b'}; d4.update({0: 'c', 1: 'd'}); print(d4)
print({k: v for k, v in sorted({'b': 2, 'a': 1}.items(), reverse=True)})
od = dict(zip(range(5, 0, -1), 'abcde')); print(od, list(reversed(od.items())))
d5 = {'x': 1}; d5.setdefault('y', 2); d5.pop('x'); d5['x'] = 3; print(d5, d5.popitem(), d5)
print({1: 1} == {1: 1.0}, list({True: 'a', 1: 'b'}.items()), {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
