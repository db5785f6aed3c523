from collections import OrderedDict, defaultdict, Counter, ChainMap
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(list(od)); od.move_to_end('a', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od['z'] = 0; od.setdefault('y', 5); print(od, repr(OrderedDict()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try: od.move_to_end('nope')
except KeyError as e: print('KeyError', e)
try: OrderedDict().popitem()
except KeyError as e: print('KeyError', e)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
di = defaultdict(int); 
for ch in 'hello': di[ch] += 1
print(sorted(di.items()))
dn = defaultdict(); 
try: dn['x']
except KeyError as e: print('KeyError', e)
print(repr(defaultdict(None)), 'x' in dd, dd.get('zz'), 'zz' in dd)
c = Counter('abracadabra'); print(c.most_common(2), c['z'], sorted(c.elements())[:4])
c.update('aaz'); c.subtract('b'); print(c['a'], c['b'], c['z'])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5), Counter(a=2) & Counter(a=1), Counter(a=1) | Counter(a=3))
print(sum(Counter('aab').values()), Counter('ab') == Counter('ba'))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4})['c'])
cm['b'] = 9; print(cm.maps)
