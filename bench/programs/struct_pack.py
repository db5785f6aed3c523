# struct: packing and unpacking records, with a compiled Struct and with
# format strings.
import struct

rec = struct.Struct("<IhdQ8s")
total = 0
for i in range(300_000):
    b = rec.pack(i, -i % 30000, i * 0.5, i * 7, b"name")
    a, h, d, q, s = rec.unpack(b)
    total += a + h + q
    total += struct.unpack(">HH", struct.pack(">HH", i & 0xffff, 7))[0]
print(total)
