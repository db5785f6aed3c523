import struct
s = struct.Struct('<hB')
buf = b''.join(s.pack(i * 100, i) for i in range(5))
it = s.iter_unpack(buf); print(it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(list(struct.iter_unpack('>I', bytes(8))), [x for x, in struct.iter_unpack('b', b'\x01\xff')])
ba = bytearray(12); s.pack_into(ba, 3, -1, 255); struct.pack_into('>H', ba, -2, 0xabcd); print(ba)
mv = memoryview(bytearray(6)); struct.pack_into('<hh', mv, 1, 1, 2); print(mv.tobytes(), struct.unpack_from('<hh', mv, 1))
print(s.size, s.format, struct.Struct('10s').unpack(b'abc' + bytes(7)), struct.unpack('5p', b'\x03abcd'), struct.pack('3p', b'abcdef'))
