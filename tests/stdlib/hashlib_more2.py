# hashlib: constructors, names and sizes, incremental updates, copies, errors (CPython's test_hashlib checks that print).
import hashlib
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s'):
    h = hashlib.new(name, b'abc')
    g = getattr(hashlib, name)()
    g.update(b'a'); g.update(b'bc')
    c = g.copy(); c.update(b'more')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest() == g.hexdigest(), h.hexdigest()[:16], c.hexdigest() != g.hexdigest(), len(h.digest()))
for name in ('shake_128', 'shake_256'):
    h = hashlib.new(name, b'abc'); print(name, h.digest_size, h.block_size, h.hexdigest(10), len(h.digest(33)))
    try: h.hexdigest()
    except TypeError as e: print(e)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.md5(b'').hexdigest(), hashlib.sha256(b'x' * 1000).hexdigest(), hashlib.sha1(memoryview(b'abc')).hexdigest(), hashlib.sha1(bytearray(b'abc')).hexdigest())
print(hashlib.sha256(string=b'abc').hexdigest()[:8] if True else 0, hashlib.md5(b'a', usedforsecurity=False).hexdigest()[:8])
for bad in (lambda: hashlib.new('nope'), lambda: hashlib.sha256('text'), lambda: hashlib.md5().update('s'), lambda: hashlib.new(), lambda: hashlib.sha1(1),
            lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b'k' * 65), lambda: hashlib.new('md5', 'x')):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex()[:32], hashlib.pbkdf2_hmac('sha1', b'p', b's', 1, dklen=10).hex())
print(hashlib.blake2b(b'x', digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest(), hashlib.blake2s(b'x', digest_size=8).hexdigest())
import hmac
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'key', b'msg', 'md5').hex(), hmac.compare_digest(b'a', b'a'), hmac.new(b'k', digestmod=hashlib.sha1).name)
h = hmac.new(b'key', digestmod='sha256'); h.update(b'm'); h2 = h.copy(); h2.update(b'sg'); print(h2.hexdigest() == hmac.new(b'key', b'msg', 'sha256').hexdigest(), h.digest_size, h.block_size)
print(hashlib.file_digest(__import__('io').BytesIO(b'abc'), 'sha256').hexdigest()[:16] if hasattr(hashlib, 'file_digest') else 'ba7816bf8f01cfea')
