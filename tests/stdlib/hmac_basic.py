# hmac: RFC 2104/4231 vectors over hashlib's digests, copy, errors, compare_digest
import hmac, hashlib
for dm in ["md5", "sha1", "sha256", "sha512", "sha3_256", hashlib.sha224, hashlib.blake2s]:
    h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", dm)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", "sha256").hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha256").hexdigest())
h = hmac.new(bytearray(b"k"), digestmod="sha1"); h.update(b"part1"); c = h.copy(); h.update(b"part2")
print(c.hexdigest(), h.hexdigest(), hmac.new(b"k", b"part1part2", "sha1").hexdigest() == h.hexdigest())
print(hmac.digest(b"k", b"m", "md5"), hmac.digest(b"k", b"m", hashlib.sha256) == hmac.new(b"k", b"m", "sha256").digest())
print(hmac.compare_digest(b"a", b"a"), hmac.compare_digest("ab", "ac"))
for bad in [lambda: hmac.new(b"k"), lambda: hmac.new("k", digestmod="md5"), lambda: hmac.new(b"k", digestmod="nope")]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
