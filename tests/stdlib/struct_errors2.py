import struct
cases = [("i", ()), ("i", (1, 2)), ("i", ("x",)), ("i", (1.5,)), ("b", (200,)), ("B", (-1,)), ("h", (70000,)), ("H", (-5,)), ("i", (2**31,)), ("I", (-1,)),
         ("q", (2**63,)), ("Q", (-1,)), ("<q", (2**63,)), (">Q", (2**64,)), ("c", (b'ab',)), ("c", ('a',)), ("s", ('abc',)), ("p", (1,)), ("?", ([],)),
         ("e", (1e10,)), ("<f", (1e300,)), ("d", ("x",)), ("n", (2**64,)), ("P", (-1,)), ("3i", (1, 2)), ("z", (1,)), ("<n", (1,)), ("2", ()), ("ii i", (1, 2, 3))]
for fmt, args in cases:
    try: print(fmt, args, struct.pack(fmt, *args))
    except Exception as e: print(fmt, args, type(e).__name__, e)
for fmt, data in [("i", b'abc'), ("<h", b'abcd'), ("", b''), ("", b'x'), ("<2s", b'ab')]:
    try: print(fmt, struct.unpack(fmt, data))
    except Exception as e: print(fmt, type(e).__name__, e)
for call in [lambda: struct.unpack_from("<i", b'abc'), lambda: struct.unpack_from("<i", b'abcdef', 3), lambda: struct.unpack_from("<i", b'abcdef', -8),
             lambda: struct.unpack_from("<i", b'abcdef', -2), lambda: struct.pack_into("<i", bytearray(3), 0, 1), lambda: struct.pack_into("<i", bytearray(8), 6, 1),
             lambda: struct.pack_into("<i", bytes(8), 0, 1), lambda: struct.pack_into("<i", bytearray(8), -10, 1), lambda: struct.pack_into("<i", bytearray(8), -2, 1),
             lambda: list(struct.iter_unpack("<i", b'abcde')), lambda: struct.iter_unpack("", b''), lambda: struct.calcsize(5), lambda: struct.Struct("<i").unpack(b'ab'),
             lambda: struct.calcsize("10000000000000000000000i"), lambda: struct.pack(), lambda: struct.unpack("i"), lambda: struct.Struct(), lambda: struct.pack("i", x=1)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@iq"), struct.calcsize("@ci0q"), struct.calcsize("@hd"), struct.calcsize("@?P"), struct.calcsize("<0s"), struct.calcsize("@3sq"))
s = struct.Struct(">Ih"); print(s.format, s.size, s.pack(1, 2), s.unpack_from(b'\x00' + s.pack(3, 4), 1), list(s.iter_unpack(s.pack(5, 6) * 2)))
print(struct.Struct(b'<h').format, repr(struct.Struct('<h'))[:14])
