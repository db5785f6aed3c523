# pack/unpack round trips over every format character and byte order
import struct

vals = {
    'b': [-128, -1, 0, 1, 127], 'B': [0, 1, 255], 'h': [-32768, -2, 32767], 'H': [0, 65535],
    'i': [-2**31, 0, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 5], 'L': [7, 2**32 - 1],
    'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1], 'e': [0.0, -0.0, 1.5, 65504.0, 1e-07],
    'f': [0.5, -3.25, 1e30, 0.1], 'd': [0.1, -1e300, 5e-324], '?': [True, False],
    'c': [b'a', b'\xff'],
}
native_only = {'n': [-2**63, 2**63 - 1], 'N': [0, 2**64 - 1], 'P': [0, 2**64 - 1]}
for order in '@=<>!':
    for c, vs in vals.items():
        for v in vs:
            b = struct.pack(order + c, v)
            r = struct.unpack(order + c, b)[0]
            print(order, c, v, b.hex(), r, struct.calcsize(order + c))
for c, vs in native_only.items():
    for v in vs:
        b = struct.pack(c, v)
        print(c, v, b.hex(), struct.unpack(c, b))
# repeat counts, padding, strings
for fmt, args in [('3h', (1, 2, 3)), ('<2i3x?', (4, 5, True)), ('5s', (b'hello world',)),
                  ('5p', (b'hi',)), ('>10s2H', (b'abc', 1, 2)), ('0s', (b'x',)), ('c3xi', (b'z', 9)),
                  ('@bhiq', (1, 2, 3, 4)), ('@bd', (1, 2.0)), ('@b0q', (1,)), ('=bd', (1, 2.0)),
                  ('!Hh', (65535, -1)), ('ii ', (1, 2)), ('@e?e', (1.0, True, 2.0)), ('xbx', (1,))]:
    b = struct.pack(fmt, *args)
    print(fmt, struct.calcsize(fmt), b, struct.unpack(fmt, b))
# unpack_from / pack_into / iter_unpack / Struct
buf = bytearray(16)
struct.pack_into('<hh', buf, 2, 1, -1)
struct.pack_into('<i', buf, -4, 77)
print(buf, struct.unpack_from('<hh', buf, 2), struct.unpack_from('<i', buf, offset=12))
mv = memoryview(buf)
struct.pack_into('>I', mv, 4, 0xdeadbeef)
print(buf.hex(), struct.unpack_from('>I', mv[4:8]))
s = struct.Struct('>HB')
print(s.size, s.format, list(s.iter_unpack(b'\x00\x01\x02\x00\x03\x04')))
print([x for x in struct.iter_unpack('<b', b'\x01\xff')])
print(struct.unpack('<4B', bytes(range(4))), struct.unpack('<I', bytearray(b'\x01\x02\x03\x04')))
try:
    import ustruct
except ImportError:
    import struct as ustruct
print(ustruct is struct, ustruct.pack('<H', 258))
