# struct: the fast paths (ints in range, floats, one-allocation results) agree with the general ones.
import struct
print(struct.unpack('<Q', b'\xff'*8), struct.unpack('>q', b'\xff'*8), struct.unpack('<L', b'\xff'*4))
print(struct.unpack('@L', b'\xff'*8), struct.unpack('@P', b'\xff'*8))
print(struct.unpack('3c?e', b'abc\x02\x00\x3c'))
print(struct.unpack('<5s2p0p', b'hello\x05xy'))
print(struct.pack('<f', 1e38), struct.pack('@f', 1e39))
try: struct.pack('<f', 1e39)
except OverflowError as e: print(e)
print(struct.pack('<bhiqBHIQ', -128, -32768, -2**31, -2**63, 255, 65535, 2**32-1, 2**64-1))
for f, v in [('<b', 128), ('<B', -1), ('<h', 2**15), ('>Q', -1), ('<Q', 2**64), ('<q', 2**63), ('<I', 2**32), ('<i', True)]:
    try: print(struct.pack(f, v))
    except struct.error as e: print(f, e)
a = bytearray(8)
struct.pack_into('<hh', a, 2, 1000, -7); print(a)
try: struct.pack_into('<hh', a, 2, 1000, 1e9)
except struct.error as e: print(e, a)
print(list(struct.iter_unpack('<hb', b'\x01\x02\x03\x04\x05\x06')))
print(struct.unpack_from('>H', b'\x00\x01\x02\x03', 2), struct.unpack_from('>H', memoryview(b'\x00\x01\x02\x03'), offset=1))
print(struct.Struct(b'<2d').unpack(struct.pack('<2d', 1.5, -0.0)))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.pack('<d', 3), struct.pack('<e', 1.5))
x = struct.pack('>HH', 1, 2); y = x + b'z'; z = x + b'w'; print(y, z)
class I:
    def __index__(self): return 300
print(struct.pack('<H', I()))
