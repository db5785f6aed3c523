import hashlib
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(n, b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest()[:16], hashlib.new(n).hexdigest()[:8])
h = hashlib.sha256(); h.update(b'a'); c = h.copy(); c.update(b'b'); print(h.hexdigest()[:8], c.hexdigest()[:8], hashlib.sha256(b'ab').hexdigest()[:8])
print(hashlib.shake_128(b'x').hexdigest(10), hashlib.shake_256(b'x').digest(5), hashlib.md5(b'x', usedforsecurity=False).hexdigest()[:6])
for bad in (lambda: hashlib.new('nope'), lambda: hashlib.sha1('s'), lambda: hashlib.md5().update(1), lambda: hashlib.shake_128().hexdigest()):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
