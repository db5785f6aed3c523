def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for n in [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -32768, 2 ** 63 - 1, -2 ** 63]:
    L = max(1, (n.bit_length() + 8) // 8)
    print(n, n.bit_length(), n.bit_count(), n.to_bytes(L, 'big', signed=True).hex(), n.to_bytes(L, 'little', signed=True).hex(), int.from_bytes(n.to_bytes(L, 'big', signed=True), 'big', signed=True) == n, n.as_integer_ratio(), n.conjugate())
print((1).to_bytes(), (255).to_bytes(1), int.from_bytes(b'\x01\x02'), int.from_bytes(bytearray(b'\xff\xff'), 'little', signed=True), int.from_bytes(iter([1, 2]), 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-1).to_bytes(4, 'little'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes(b'a', 'bad'))
t(lambda: int.from_bytes(b'a', byteorder='big', signed=1))
t(lambda: (5).bit_length(1))
class MyInt(int): pass
print(type(MyInt.from_bytes(b'\x05', 'big')).__name__, MyInt.from_bytes(b'\x05', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
