# Mutating dicts, sets, lists, deques and bytearrays while iterating them.
def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
def dict_add():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
def dict_del_add():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
def dict_pop_readd():
    d = {1: 1, 2: 2}
    out = []
    for k in d:
        out.append(k)
        v = d.pop(k)
        d[k] = v
    return out
def dict_values_change():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
def dict_items_change():
    d = {1: 1}
    for v in d.items():
        d.clear()
def set_change():
    s = {1}
    for x in s:
        s.discard(x)
        s.add(x + 1)
def set_change2():
    s = {1, 2}
    for x in s:
        s.remove(x)
def list_shrink():
    l = [1, 2, 3, 4]
    out = []
    for x in l:
        out.append(x)
        l.pop()
    return out
def deque_change():
    from collections import deque
    d = deque([1, 2])
    for x in d:
        d.append(3)
def iter_after_clear():
    d = {1: 2}
    it = iter(d)
    d.clear()
    return list(it)
def iter_dict_then_modify():
    d = {1: 2, 3: 4}
    it = iter(d.items())
    next(it)
    d[5] = 6
    return next(it)
def keys_view_live():
    d = {'a': 1}
    k = d.keys()
    d['b'] = 2
    return list(k), len(k)
def bytearray_iter():
    b = bytearray(b'ab')
    out = []
    for c in b:
        out.append(c)
        if len(b) < 4:
            b.append(c)
    return out
def str_iter_rebind():
    s = 'ab'
    out = []
    for c in s:
        s += 'x'
        out.append(c)
    return out, s
for name, f in list(globals().items()):
    if callable(f) and name not in ('show',) and not name.startswith('_'):
        show(name, f)
