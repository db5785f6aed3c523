# uuid: UUID construction from every form, attributes, comparisons, uuid1/3/4/5, errors
import uuid
u = uuid.UUID("12345678123456781234567812345678")
print(repr(u), str(u), u.hex, u.int, u.fields, u.variant, u.version, u.urn)
print(u.bytes, u.bytes_le, u.time, u.clock_seq, u.node, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
for kw in [dict(hex="{12345678-1234-5678-1234-567812345678}"), dict(hex="urn:uuid:12345678-1234-5678-1234-567812345678"),
           dict(bytes=b"\x12\x34\x56\x78" * 4), dict(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78"),
           dict(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), dict(int=0x12345678123456781234567812345678),
           dict(int=0, version=4), dict(hex="ff" * 16, version=1)]:
    v = uuid.UUID(**kw); print(v, v == u, v.version, v.variant)
for args, kw in [((), {}), (("xyz",), {}), (("1234",), {}), ((), dict(int=-1)), ((), dict(int=1 << 128)), ((), dict(bytes=b"1")),
                 ((), dict(bytes_le=b"1")), ((), dict(fields=(1, 2))), ((), dict(fields=(1 << 32, 0, 0, 0, 0, 0))),
                 ((), dict(fields=(0, 1 << 16, 0, 0, 0, 0))), ((), dict(fields=(0, 0, 0, 256, 0, 0))), ((), dict(fields=(0, 0, 0, 0, 0, 1 << 48))),
                 ((), dict(int=5, version=9)), (("a" * 32,), dict(int=1)), (("zz" * 16,), {})]:
    try: print(uuid.UUID(*args, **kw))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: u.x = 1
except TypeError as e: print("TypeError:", e)
try: u.int = 1
except TypeError as e: print("TypeError:", e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
a = uuid.uuid4(); b = uuid.uuid4()
print(a.version, a.variant, a != b, len(str(a)), len(a.hex), type(a.int).__name__, uuid.UUID(str(a)) == a, uuid.UUID(bytes=a.bytes) == a)
t = uuid.uuid1(); t2 = uuid.uuid1()
print(t.version, t.variant, t2.time > t.time or t2.time == t.time + 0, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
print(uuid.uuid1(clock_seq=0x1234).clock_seq, 0 <= uuid.getnode() < 1 << 48)
x, y, z = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=1)
print(x < y, x <= z, y > x, x >= y, x == z, hash(x) == hash(z), int(y), sorted([y, x]), len({x, y, z}), x == 1)
try: x < 1
except TypeError as e: print("TypeError:", e)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, x.is_safe, uuid.RFC_4122, uuid.RESERVED_FUTURE)
print(uuid.UUID(int=(0xe << 124)).variant, uuid.UUID(int=(0xc << 60) << 64 >> 0).variant)
try: uuid.uuid3(uuid.NAMESPACE_URL, b"http://x")
except TypeError as e: print("TypeError:", e)
