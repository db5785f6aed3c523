import binascii, hashlib
for f,a in [('unhexlify',b'abc'),('unhexlify',b'zz'),('a2b_base64',b'abc'),('a2b_base64',b'abcde'),('a2b_base64',b'a'),('unhexlify','6162'),('a2b_base64','aGk=')]:
  try: print(getattr(binascii,f)(a))
  except Exception as e: print(type(e).__name__, e)
print(binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abcdef', ':', 2), binascii.hexlify(b'abcde', ':', 2), binascii.hexlify(b'abcde', ':', -2), binascii.b2a_hex(b'\x00\xff'))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.crc32(b'abc'), binascii.crc32(b'abc', 5), binascii.crc_hqx(b'abc', 0), binascii.crc32(b''), binascii.crc32(b'x', -1))
print(binascii.a2b_base64(b'aGk=\n'), binascii.a2b_base64(b'a G k='), binascii.a2b_base64(b'aGk=ignored'), binascii.a2b_base64(b''))
for d in [b'aGk', b'aG!k=', b'=aGk=', b'aGk=a', b'aG=k=']:
  try: print(binascii.a2b_base64(d, strict_mode=True))
  except Exception as e: print(type(e).__name__, e)
print(binascii.Error.__mro__[1].__name__, binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
try: binascii.hexlify('abc')
except Exception as e: print(type(e).__name__, e)
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256']:
    h = hashlib.new(n, b'abc')
    c = h.copy()
    h.update(b'def')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], len(h.digest()))
print(hashlib.sha256(b'x' * 1000).hexdigest(), hashlib.md5().hexdigest())
try: hashlib.new('nope')
except Exception as e: print(type(e).__name__, e)
try: hashlib.sha256('str')
except Exception as e: print(type(e).__name__, e)
print('sha256' in hashlib.algorithms_guaranteed, 'md5' in hashlib.algorithms_available, hashlib.sha1(string=b'a').hexdigest()[:8])
print(hashlib.sha256(memoryview(b'abc')).hexdigest() == hashlib.sha256(b'abc').hexdigest())
for n in ("shake_128", "shake_256"):
    h = hashlib.new(n, b"abc")
    c = h.copy()
    h.update(b"d")
    print(n, h.hexdigest(10), c.hexdigest(4), len(h.digest(33)), h.digest_size, h.block_size)
    try:
        h.hexdigest()
    except TypeError as e:
        print("TypeError", e)
print(hashlib.shake_128(b"").hexdigest(8))
