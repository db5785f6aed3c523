import binascii
print(binascii.hexlify(b'\x00\xffab'), binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abcdef', ':', 2), binascii.unhexlify('00ff'), binascii.a2b_hex(b'6162'))
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False), binascii.a2b_base64(b'aGVsbG8=\n'), binascii.crc32(b'hello'), binascii.crc32(b'lo', binascii.crc32(b'hel')), binascii.crc_hqx(b'abc', 0))
for bad in (lambda: binascii.unhexlify('0'), lambda: binascii.unhexlify('zz'), lambda: binascii.a2b_base64(b'aGVsbG8'), lambda: binascii.hexlify('str'), lambda: binascii.a2b_base64(b'a'), lambda: binascii.b2a_hex(b'ab', '--')):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(binascii.b2a_hex(b'\x01\x02'), bytes.fromhex('01 02 ff'), b'\x01\x02'.hex(), b'\x01\x02\x03'.hex(' ', -1))
