from array import array
a = array('i', [1, 2, 3]); a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, len(a), a[2], a[-1], a[1:3], a.itemsize, a.typecode)
print(a.pop(), a.pop(0), a.index(3), a.count(2), a.tolist(), a.tobytes()[:8], list(reversed(a)))
a.remove(3); a.reverse(); print(a, 3 in a, a * 2, a + array('i', [9]), a == array('i', [5, 4, 2, 1]))
b = array('d', [1.5, 2.5]); b.byteswap(); b.byteswap(); print(b, b.buffer_info()[1], array('b', b'\x01\xff'), array('u', 'hi') if False else '')
c = array('B'); c.frombytes(b'\x01\x02'); c.fromlist([3]); print(c, bytes(c), array('H', [1, 2]).tobytes())
for bad in (lambda: array('z'), lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('i', [1.5]), lambda: array('i').pop(), lambda: array('i', [1]).index(5), lambda: array('i', [1]) + array('d', [1.0]), lambda: array('i', 'abc'), lambda: array('i', [1])[5]):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
d = array('l', range(5)); d[1:3] = array('l', [9, 9, 9]); del d[0]; print(d, sorted(d), sum(d), max(d))
m = memoryview(array('h', [1, 2, 3])); print(m.format, m.itemsize, m.tolist(), m[1])
