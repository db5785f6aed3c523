# bytearray: construction, mutation, slicing, methods (MicroPython bytearray_*.py style).
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2, 255]), bytearray('hé', 'utf-8'))
print(bytearray(range(5)), bytearray(iter([65, 66])), bytearray(memoryview(b'xy')))
for bad in [lambda: bytearray([256]), lambda: bytearray([-1]), lambda: bytearray('abc'), lambda: bytearray(-1), lambda: bytearray(['a']), lambda: bytearray(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'hello')
b[0] = 72
print(b, b[0], b[-1], b[1:3], b[::-1])
b[1:3] = b'EE'
print(b)
b[1:3] = b''
print(b)
b[0:0] = b'xyz'
print(b)
b[::2] = b'123'[:len(b[::2])] if len(b[::2]) == 3 else bytes(len(b[::2]))
print(b)
try:
    b[::2] = b'1'
except ValueError as e:
    print('ValueError', e)
del b[0]
print(b)
del b[::2]
print(b)
b = bytearray(b'abc')
b += b'def'
print(b)
b *= 2
print(b)
print(b * 0, 0 * b, b + bytearray(b'!'))
b.append(33)
b.extend(b'??')
b.extend([1, 2])
b.insert(0, 64)
b.insert(-1, 65)
b.insert(100, 66)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord('d'))
print(b)
try:
    b.remove(200)
except ValueError as e:
    print('ValueError', e)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(c, len(b))
try:
    bytearray().pop()
except IndexError as e:
    print('IndexError', e)
try:
    b[100] = 1
except IndexError as e:
    print('IndexError', e)
try:
    b[0] = 300
except ValueError as e:
    print('ValueError', e)
try:
    b[0] = 'a'
except TypeError as e:
    print('TypeError', e)
# methods shared with bytes return bytearray
x = bytearray(b' Hello World ')
print(x.strip(), x.upper(), x.lower(), x.split(), x.replace(b'l', b'L'), x.title(), x.swapcase())
print(x.find(b'o'), x.rfind(b'o'), x.index(b'W'), x.count(b'l'), x.startswith(b' H'), x.endswith(b' '))
print(type(x.strip()).__name__, type(x[1:]).__name__, type(x.split()[0]).__name__)
print(bytearray(b'a,b,c').split(b','), bytearray(b'-').join([b'a', bytearray(b'b')]))
print(bytearray.fromhex('de ad be ef'), bytearray(b'\x01\xab').hex(), bytearray(b'\x01\xab').hex(':'))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b', bytearray(b'abc') in [b'abc'])
print(b'b' in bytearray(b'abc'), 98 in bytearray(b'abc'), bytearray(b'bc') in bytearray(b'abc'))
try:
    hash(bytearray())
except TypeError as e:
    print('TypeError', e)
print(bytearray(b'abc').decode(), str(bytearray(b'x')), repr(bytearray(b"'\"")))
print(list(bytearray(b'az')), bytes(bytearray(b'q')), bytearray(b'%d-%s') % (1, b'x'))
print(bytearray(b'abc').center(9, b'*'), bytearray(b'12').zfill(5), bytearray(b'a\tb').expandtabs(4))
print(bytearray(b'abc').partition(b'b'), bytearray(b'abcabc').rpartition(b'b'))
print(bytearray(b'x').isalpha(), bytearray(b'1').isdigit(), bytearray(b'').isspace())
m = bytearray(b'0123456789')
m[2:8:2] = [97, 98, 99]
print(m)
m[-3:] = bytearray(b'XYZW')
print(m)
m[5:2] = b'--'
print(m)
