# hashlib and binascii: hashing a few megabytes in chunks, hex digests.
import hashlib
import binascii

chunk = bytes(range(256)) * 64  # 16 KiB
out = []
for name in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(name)
    for _ in range(400):
        h.update(chunk)
    out.append(h.hexdigest()[:8])
crc = 0
for _ in range(400):
    crc = binascii.crc32(chunk, crc)
print(out, crc, len(binascii.hexlify(chunk * 8)))
