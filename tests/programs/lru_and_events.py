# An LRU cache built on OrderedDict and an event bus with weak references and priorities.
from collections import OrderedDict, defaultdict
import weakref, gc

class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.cap:
            old, _ = self.data.popitem(last=False)
            print('  evict', old)
    def __repr__(self):
        return f'LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})'

c = LRU(3)
for k in 'abcab':
    if c.get(k) is None:
        c.put(k, k.upper())
c.put('d', 'D')
c.put('e', 'E')
print(c)
print(c.get('a'), c.get('b', '?'), c.get('e'))

class Bus:
    def __init__(self):
        self.subs = defaultdict(list)
    def subscribe(self, event, handler, priority=0):
        if hasattr(handler, '__self__'):
            ref = weakref.WeakMethod(handler)
        else:
            ref = weakref.ref(handler)
        self.subs[event].append((priority, len(self.subs[event]), ref))
        self.subs[event].sort(key=lambda t: (-t[0], t[1]))
    def emit(self, event, *args):
        results = []
        alive = []
        for entry in self.subs.get(event, []):
            fn = entry[2]()
            if fn is None:
                continue
            alive.append(entry)
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append(f'error: {type(e).__name__}: {e}')
        self.subs[event] = alive
        return results

class Listener:
    def __init__(self, name):
        self.name = name
    def on_msg(self, msg):
        return f'{self.name} got {msg}'

def loud(msg):
    return msg.upper()
def broken(msg):
    raise RuntimeError('handler failed')

bus = Bus()
l1, l2 = Listener('one'), Listener('two')
bus.subscribe('msg', l1.on_msg)
bus.subscribe('msg', l2.on_msg, priority=5)
bus.subscribe('msg', loud, priority=1)
bus.subscribe('msg', broken, priority=-1)
print(bus.emit('msg', 'hello'))
del l2
gc.collect()
print(bus.emit('msg', 'again'))
print(bus.emit('nothing'), len(bus.subs['msg']))
cache = weakref.WeakValueDictionary()
class Blob:
    def __init__(self, n): self.n = n
b1, b2 = Blob(1), Blob(2)
cache['x'], cache['y'] = b1, b2
print(sorted(cache.keys()))
del b1
gc.collect()
print(sorted(cache.keys()), cache['y'].n, cache.get('x'))
fin = []
b3 = Blob(3)
weakref.finalize(b3, fin.append, 'b3 finalized')
del b3
gc.collect()
print(fin)
