# hashlib: BLAKE2b/BLAKE2s digests (RFC 7693), parameters, copy, and CPython's argument errors.
import hashlib
# RFC 7693 appendix vectors ("abc") and keyed/salted/personalized variants
print(hashlib.blake2b(b'abc').hexdigest())
print(hashlib.blake2s(b'abc').hexdigest())
for cls in (hashlib.blake2b, hashlib.blake2s):
    for n in (0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 1000):
        data = bytes(range(256)) * 4
        data = data[:n]
        print(n, cls(data).hexdigest()[:20], cls(data, key=b'secret').hexdigest()[:20],
              cls(data, digest_size=16, salt=b'salty', person=b'me').hexdigest(),
              cls(data, key=b'k'*cls.MAX_KEY_SIZE, digest_size=cls.MAX_DIGEST_SIZE).hexdigest()[:20])
    h = cls()
    for i in range(300):
        h.update(bytes([i % 256]) * (i % 70))
    print(h.hexdigest())
    print(cls(b'x', fanout=0, depth=255, leaf_size=4096, node_offset=5, node_depth=3, inner_size=7, last_node=True).hexdigest())
    h = cls(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p')
    c = h.copy(); c.update(b'more')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest(), h.digest()[:4], type(h), type(c))
    print(cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    print(cls(b'', key=b'').hexdigest()[:16], cls(key=b'only key').hexdigest()[:16])
print(hashlib.new('blake2b', b'x', digest_size=8).hexdigest(), hashlib.new('blake2s').name)
print('blake2b' in hashlib.algorithms_guaranteed, 'blake2s' in hashlib.algorithms_available)
print(hashlib.blake2b(b'x', usedforsecurity=False).hexdigest()[:8])
for cls in (hashlib.blake2b, hashlib.blake2s):
    for kw in [dict(digest_size=0), dict(digest_size=65), dict(salt=b'x'*17), dict(person=b'x'*17), dict(key=b'x'*65), dict(fanout=-1), dict(fanout=256), dict(depth=0), dict(depth=256), dict(leaf_size=-1), dict(leaf_size=2**32), dict(node_offset=-1), dict(node_offset=2**48), dict(node_offset=2**64), dict(node_depth=256), dict(inner_size=65), dict(inner_size=-1), dict(salt='x'), dict(key='abc'), dict(digest_size='a'), dict(last_node=2), dict(data=b'x'), dict(string=b'x'), dict(foo=1),
               dict(leaf_size=2**64), dict(fanout=2**64), dict(digest_size=2**64), dict(leaf_size=1.5), dict(node_offset=1.5), dict(fanout=1.5), dict(key=bytearray(b'k')), dict(salt=None), dict(node_depth=-1), dict(fanout=True)]:
        try: print(cls.__name__, kw, cls(**kw).hexdigest()[:16])
        except Exception as e: print(cls.__name__, kw, type(e).__name__, e)
    for bad in [lambda: cls('abc'), lambda: cls(b'a', b'b'), lambda: cls().update('x'), lambda: cls().update(), lambda: cls().update(b'a', b'b'),
                lambda: cls().update(obj=b'a'), lambda: cls().update(3), lambda: cls().digest(1)]:
        try: bad()
        except Exception as e: print(type(e).__name__, e)
    try:
        class B(cls): pass
    except TypeError as e: print(e)
h = hashlib.blake2b(b'a'); print(h.update(memoryview(b'xy')), h.hexdigest()[:8], repr(h).startswith('<_blake2.blake2b object at 0x'))
