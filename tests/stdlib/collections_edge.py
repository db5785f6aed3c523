from collections import namedtuple, deque, OrderedDict, Counter, defaultdict, ChainMap
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, P._make([3, 4]), tuple(p), p == (1, 2), len(p))
x, y = p; print(x, y, repr(P(x='a', y=None)))
try:
    P(1)
except TypeError as e:
    print('TypeError', e)
Q = namedtuple('Q', ['a', 'b'], defaults=[0]); print(Q(1), Q._field_defaults)
try:
    namedtuple('R', 'a a')
except ValueError as e:
    print('ValueError', e)
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0); print(d, d.maxlen, len(d))
d.extend([6]); d.extendleft([7, 8]); print(d, d.pop(), d.popleft(), d)
d.rotate(1); print(d); d.rotate(-2); print(d, d[0], d[-1], 5 in d, d.count(5), list(reversed(d)))
d.clear(); print(d, deque(), deque('ab'))
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
od = OrderedDict(a=1, b=2); od['c'] = 3; od.move_to_end('a'); print(od, list(od), od.popitem(), od.popitem(last=False))
c = Counter('abracadabra'); print(c.most_common(2), c['a'], c['z'], sorted(c.elements())[:4], c.total())
c.update('aa'); c.subtract({'b': 1}); print(c['a'], c['b'], Counter(a=1) + Counter(a=2, b=1), Counter(a=3) - Counter(a=1))
dd = defaultdict(list); dd['x'].append(1); dd['y']; print(dd, dict(dd), dd.default_factory)
di = defaultdict(int); di['k'] += 5; print(di['k'], di.get('missing'), 'missing' in di)
try:
    defaultdict(None)['q']
except KeyError as e:
    print('KeyError', e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm))
