# dict methods with wrong or unusual arguments, numeric key equality, views and their set operations.
d = {'a': 1}
snips = r'''
d.get()
d.get('a', 1, 2)
d.pop()
d.pop('a', 1, 2)
d.update(1)
d.update([1])
d.update([(1, 2, 3)])
d.update({}, {})
dict(**{1: 2})
dict({1: 2}, **{'a': 3})
d.setdefault()
d.fromkeys(1)
{}.popitem()
d.items() - 1
d.keys() | [1]
d.values() == d.values()
list(d.values()) == [1]
d.copy(1)
d.clear(1)
{**{'a': 1}, 'a': 2}
{'a': 1, **{'a': 2}}
dict([('a', 1)], a=2)
dict(a=1) == {'a': 1}
dict.fromkeys('ab', [])['a'] is dict.fromkeys('ab', [])['b']
len({1: 1, 1.0: 2, True: 3})
{1: 'a'}.get(1.0)
{(1, 2): 3}[1, 2]
{frozenset([1]): 'f'}[frozenset({1})]
d['missing']
d[[1]]
d.__getitem__('a')
d.__contains__('a')
d.__len__()
sorted(d.__iter__())
d.__class__.__name__
dict.__name__
type({}.keys()) is type({'x': 1}.keys())
{}.keys() == set()
{'a': 1}.items() == {('a', 1)}
{'a': 1}.keys() <= {'a', 'b'}
{1: 2}.values() | {3}
repr({}.values())
repr({1: 2}.items())
dict.fromkeys(range(3), 0)
'''
for line in snips.strip().split('\n'):
    try:
        r = eval(line)
        print(line, '->', repr(r))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
