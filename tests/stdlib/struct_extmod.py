# struct in the style of MicroPython's extmod/struct*.py tests plus CPython's test_struct edge checks.
import struct
print(struct.calcsize('<bI'), struct.unpack('<bI', b'\x10\x20\x30\x40\x50'), struct.calcsize('>bI'), struct.unpack('>bI', b'\x10\x20\x30\x40\x50'))
print(struct.calcsize('bI'), struct.calcsize('@bI'), struct.calcsize('=bI'), struct.calcsize('<bI'), struct.calcsize('!bI'), struct.calcsize('P'), struct.calcsize('0s'), struct.calcsize('3x'))
print(struct.pack('<I', 0xffffffff), struct.pack('>q', -1), struct.pack('<h', -32768), struct.pack('>H', 65535), struct.pack('<Q', 2**64 - 1))
print(struct.unpack('<3B', b'\x01\x02\x03'), struct.unpack('>2H', b'\x00\x01\x00\x02'), struct.unpack('<4s', b'abcd'), struct.unpack('<?', b'\x02'), struct.unpack('<c', b'z'))
print(struct.pack('<2s3s', b'a', b'bcdef'), struct.pack('5p', b'abc'), struct.unpack('5p', b'\x03abcd'), struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x3c'), struct.pack('<f', 0.1))
print(struct.pack('<i?c', 1, [], b'x'), struct.pack('>d', float('inf')), struct.unpack('<d', struct.pack('<d', -0.0)), struct.pack('<n', -5) if False else 0)
buf = bytearray(16); struct.pack_into('<HI', buf, 2, 7, 9); print(buf); struct.pack_into('>h', buf, -2, -1); print(buf)
print(struct.unpack_from('<I', buf, 4), struct.unpack_from('<H', buf, offset=2), struct.unpack_from('<H', buf, -2), struct.unpack_from('<H', memoryview(buf)[2:]))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(struct.iter_unpack('2s', b'abcd')))
s = struct.Struct('>IH'); print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x00\x00\x00\x01\x00\x02'), s.unpack_from(b'xx\x00\x00\x00\x01\x00\x02', 2), repr(struct.Struct('i'))[:15])
for bad in (lambda: struct.pack('<I', -1), lambda: struct.pack('<B', 256), lambda: struct.pack('<b', -129), lambda: struct.pack('<h', 2**15), lambda: struct.pack('<Q', -1),
            lambda: struct.pack('<q', 2**63), lambda: struct.pack('>q', 2**63), lambda: struct.pack('<i', 1.0), lambda: struct.pack('<f', 'x'), lambda: struct.pack('<c', b'ab'),
            lambda: struct.pack('<s', 'x'), lambda: struct.pack('<2I', 1), lambda: struct.pack('<I', 1, 2), lambda: struct.unpack('<I', b'abc'), lambda: struct.unpack('<I', b'abcde'),
            lambda: struct.calcsize('Z'), lambda: struct.calcsize('<P'), lambda: struct.pack('<e', 1e10), lambda: struct.pack('<f', 1e40), lambda: struct.pack_into('<I', bytearray(2), 0, 1),
            lambda: struct.pack_into('<I', b'abcd', 0, 1), lambda: struct.unpack_from('<I', b'ab', 0), lambda: struct.unpack_from('<I', b'abcdef', 3), lambda: struct.iter_unpack('<I', b'abc'),
            lambda: struct.iter_unpack('', b''), lambda: struct.Struct(5), lambda: struct.calcsize('9999999999999999999999s'), lambda: struct.pack('<?', 1, 2), lambda: struct.unpack('<I', 'abcd')):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Idx:
    def __index__(self): return 65
print(struct.pack('<B', Idx()), struct.pack('<I', True), struct.pack('<d', 5), struct.pack('<?', 'nonempty'))
print(struct.pack('4s', bytearray(b'ab')), struct.pack('3p', b''), struct.pack('1p', b'abc'), struct.pack('<0s', b'xyz'), struct.unpack('<0s', b''))
print(struct.pack(b'<H', 1), struct.Struct(b'<H').format, struct.calcsize('< 2 h'), struct.pack('<2h 3x h', 1, 2, 3))
