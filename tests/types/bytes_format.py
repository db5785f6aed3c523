print(b'%d %s %r %x %c %5.1f %%' % (5, b'ab', b'q', 255, 65, 2.25), b'%(k)s' % {b'k': b'v'}, b'%c' % b'z', b'%b' % b'x', b'%a' % 'é')
for bad in [(b'%s', 'str'), (b'%c', 256), (b'%d', b'x'), (b'%y', 1), (b'%s %s', (b'a',))]:
    try: print(bad[0] % bad[1])
    except Exception as e: print(type(e).__name__, e)
print(bytes(3), bytes([1, 2]), bytes('é', 'utf-8'), bytearray(b'ab') + b'c', b'abc'.hex(), bytes.fromhex('6162'), b'a,b'.split(b','), b' x '.strip(), b'abc'.upper(), b'x' * 3)
print(b'abc'[1], b'abc'[1:], list(b'ab'), b'ab' < b'b', b'%-4s|' % b'x', b'{}' if False else b'', bytearray(b'abc').pop(), memoryview(b'abc')[1:].tobytes())
for bad in (lambda: bytes('x'), lambda: bytes([256]), lambda: bytes(-1), lambda: b'a' + 'b', lambda: bytes.fromhex('zz'), lambda: b'abc'.index(b'z')):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
