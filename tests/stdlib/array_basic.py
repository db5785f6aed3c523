from array import array
for tc,v in [('b',200),('b',-200),('B',256),('B',-1),('h',40000),('h',-40000),('H',70000),('H',-1),('i',2**31),('i',-2**31-1),('I',2**32),('I',-1),('l',2**63),('l',-2**63-1),('L',2**64),('L',-1),('q',2**63),('Q',-1),('Q',2**64),('f','x'),('i',1.5),('i','a'),('u',5),('u','ab'),('d',1)]:
  try: print(tc, array(tc,[v]))
  except Exception as e: print(tc, v, type(e).__name__, e)
a = array('i', [1,2,3])
print(a, repr(array('d')), array('u', 'hi'), array('b', b'\x01\x02'), a.itemsize, a.typecode, a.buffer_info()[1])
for f in [lambda: array('z'), lambda: a + array('d'), lambda: a.__setitem__(slice(1, 2), [5]), lambda: a.remove(9), lambda: a.index(9), lambda: array('i').pop(), lambda: a[5], lambda: array('i', b'abc')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 99)
print(a, len(a), a[0], a[-1], a[1:3], a[::2], a.pop(), a.pop(0), a)
a[1:3] = array('i', [7, 8, 9])
print(a, a.count(7), a.index(8), 9 in a, 100 in a)
del a[0]; del a[::2]
print(a, a.tolist(), a.tobytes())
b = array('h', [1, -2])
b.byteswap(); print(b); b.reverse(); print(b)
c = array('d', [1.5, 2.5]) * 2
c += array('d', [3.0])
print(c, c == array('d', [1.5, 2.5, 1.5, 2.5, 3.0]), array('i', [1, 2]) < array('i', [1, 3]))
d = array('B')
d.frombytes(b'\x01\x02'); d.fromlist([3]); print(d, bytes(d), list(d))
u = array('u', 'abc'); u.fromunicode('de'); print(u.tounicode(), u)
m = memoryview(array('i', [1, 2, 3]))
print(m.format, m.itemsize, m.tolist(), m[1])
arr = array('i', [0, 0])
mv = memoryview(arr)
mv[1] = 42
print(arr, array('Q', [2**64 - 1]), array('f', [0.1])[0])
for x in array('b', [1, 2]): print(x, end=' ')
print()
