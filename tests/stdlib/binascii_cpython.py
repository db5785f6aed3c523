# binascii: CPython's test_binascii as a printing program (hex, base64, crc).
import binascii
data = bytes(range(256))
print(binascii.hexlify(data[:16]), binascii.b2a_hex(b'\x01\xff'), binascii.unhexlify(b'0aff'), binascii.a2b_hex('DEADbeef'))
print(binascii.hexlify(b'\x01\x02\x03\x04', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', '_', -2))
print(binascii.b2a_hex(b'abcdef', ' ', 3), binascii.hexlify(b''), binascii.hexlify(b'a', '.'))
for bad in ('abc', 'zz', b'0g', '\u00e9\u00e9'):
    try: binascii.unhexlify(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in ((b'ab', '--'), (b'ab', ''), (b'ab', 1)):
    try: binascii.hexlify(*bad)
    except Exception as e: print(type(e).__name__, e)
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False), binascii.b2a_base64(b''))
print(binascii.a2b_base64(b'aGVsbG8=\n'), binascii.a2b_base64('aGVs bG8='), binascii.a2b_base64(b'aGVsbG8'  + b'=' * 1))
for bad in (b'a', b'ab=', b'abc', b'a===', b'!!!!'):
    try: print(binascii.a2b_base64(bad))
    except binascii.Error as e: print('Error', e)
for bad in (b'ab==c', b'=abc', b'ab=c', b'abcd\n!'):
    try: print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e: print('Error', e)
    print(binascii.a2b_base64(bad))
rt = all(binascii.a2b_base64(binascii.b2a_base64(data[:n])) == data[:n] for n in range(0, 256, 7))
print(rt, len(binascii.b2a_base64(data)))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'), binascii.crc32(b'', 0xffffffff), binascii.crc32(b'a', -1))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff), binascii.crc_hqx(b'', 5))
try: binascii.crc_hqx(b'a')
except TypeError as e: print(e)
for f in ('b2a_uu', 'a2b_uu', 'b2a_qp', 'a2b_qp'):
    fn = getattr(binascii, f, None)
    if fn is None: print(f, 'missing'); continue
    try:
        if f == 'b2a_uu': print(fn(b'hello world'), fn(b'', backtick=True))
        elif f == 'a2b_uu': print(fn(b'+:&5L;&\\@=V]R;&0*\n'), fn(b' '))
        elif f == 'b2a_qp': print(fn(b'caf\xe9 = tab\there\n'), fn(b'a b ', quotetabs=True), fn(b'x' * 80))
        else: print(fn(b'caf=E9 =3D x=\nyz'), fn(b'a_b', header=True))
    except Exception as e: print(f, type(e).__name__, e)
print(binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__ if hasattr(binascii, 'Incomplete') else 'Exception')
for v in ('hello', 1, None):
    try: binascii.hexlify(v)
    except TypeError as e: print(e)
print(binascii.a2b_base64(bytearray(b'YQ==')), binascii.hexlify(memoryview(b'ab')), binascii.unhexlify(bytearray(b'61')))
