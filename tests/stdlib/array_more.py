# array: typecodes, methods, conversions and errors (CPython's test_array as a printing program).
import array
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2, 3])
    print(tc, a.itemsize, a.typecode, a.tolist(), len(a.tobytes()), repr(a), a[1], a[-1], a[::2])
print(array.typecodes)
a = array.array('i', range(10))
print(a.count(3), a.index(5), a.index(5, 2, 8), a.pop(), a.pop(0), a)
try: a.index(5, 6)
except ValueError as e: print(e)
a.remove(4); a.insert(0, 100); a.insert(-1, -5); a.insert(100, 7); a.reverse(); print(a)
a.extend([1, 2]); a.extend(array.array('i', [3])); a.fromlist([8, 9]); print(a, a.buffer_info()[1])
for bad in (lambda: a.extend(array.array('d', [1.0])), lambda: a.fromlist((1,)), lambda: a.fromlist([1, 'x']), lambda: a.remove(12345),
            lambda: array.array('i').pop(), lambda: a.frombytes(b'123'), lambda: array.array('z'), lambda: array.array('b', [200]),
            lambda: array.array('B', [-1]), lambda: array.array('h', [2**15]), lambda: array.array('i', [1.5]), lambda: array.array('d', ['x']),
            lambda: a + array.array('d'), lambda: a + [1], lambda: array.array('I', [-1]), lambda: array.array('Q', [2**64]),
            lambda: a.__setitem__(0, 'x'), lambda: a.__setitem__(slice(0, 2), [1, 2]), lambda: array.array('i', 'abc'), lambda: a[1000]):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
b = array.array('h', [1, -2, 3])
print(b.tobytes(), array.array('h', b.tobytes()) == b, b * 2, 2 * b, b + b, -2 in b, b == array.array('i', [1, -2, 3]), b < array.array('h', [1, -1]))
b.byteswap(); print(b); b.byteswap()
b[1:2] = array.array('h', [7, 8, 9]); print(b); del b[::2]; print(b); b *= 3; print(b); b[::2] = array.array('h', [0] * len(b[::2])); print(b)
u = array.array('u', 'héllo'); print(u, u.tounicode(), u.itemsize, len(u)); u.fromunicode('!'); print(u.tounicode())
try: array.array('i').tounicode()
except ValueError as e: print(e)
f = array.array('f', [0.1, 1.5]); print(f, f[0] == 0.1, round(f[0], 6), array.array('d', [0.1])[0] == 0.1)
c = array.array('d', [3.0, 1.0, 2.0]); print(sorted(c), max(c), sum(c), list(reversed(c)), c.tolist() == [3.0, 1.0, 2.0])
m = memoryview(array.array('i', [1, 2, 3])); print(m.format, m.itemsize, m.tolist(), m.nbytes)
x = array.array('b', b'abc'); print(x, array.array('B', bytearray(b'\x01\x02')), array.array('d', array.array('i', [1, 2])), array.array('b', array.array('b', [5])))
import copy; y = copy.copy(x); y[0] = 0; print(x[0], y[0], copy.deepcopy(x) == x)
print(array.array('i', [1, 2]) == [1, 2], array.array('i') == array.array('d'), hash is not None)
try: hash(array.array('i'))
except TypeError as e: print(type(e).__name__)
