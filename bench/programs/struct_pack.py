# struct pack/unpack loop: module functions and a compiled Struct.
import struct

def work(n):
    s = struct.Struct('<IhdB')
    total = 0
    buf = bytearray(64)
    for i in range(n):
        b = struct.pack('<iH', i, i & 0xFFFF)
        a, c = struct.unpack('<iH', b)
        p = s.pack(i, -1, 0.5, 7)
        w, x, y, z = s.unpack(p)
        s.pack_into(buf, 8, w, x, y, z)
        total += a + c + w + z + struct.unpack_from('<I', buf, 8)[0]
    return total

print(work(300_000))
