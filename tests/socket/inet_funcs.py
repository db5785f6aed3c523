# inet_aton/inet_ntoa/inet_pton/inet_ntop, including their errors.
import socket


def show(f, *args):
    # CPython's family constants are enums: show them as ints.
    label = tuple(int(a) if isinstance(a, int) else a for a in args)
    try:
        print(f.__name__, label, repr(f(*args)))
    except Exception as e:
        print(f.__name__, label, type(e).__name__, e)


for s in ["1.2.3.4", "255.255.255.255", "0.0.0.0", "1.2.3", "1.2", "16909060", "0x7f.1",
          "017.1.2.3", "1.2.3.4 trailing", "1.2.3.256", "256.1.1.1", "1.2.3.4.5", "", "x", "1..2.3",
          "0x100.1.1.1", "1.2.3.0x"]:
    show(socket.inet_aton, s)
show(socket.inet_aton, b"1.2.3.4")
show(socket.inet_aton, 1)

show(socket.inet_ntoa, b"\x01\x02\x03\x04")
show(socket.inet_ntoa, bytearray(b"\x7f\x00\x00\x01"))
show(socket.inet_ntoa, b"\xff\xff\xff\xff")
show(socket.inet_ntoa, b"\x01\x02\x03")
show(socket.inet_ntoa, b"\x01\x02\x03\x04\x05")
show(socket.inet_ntoa, "abcd")

for s in ["1.2.3.4", "0.0.0.0", "255.255.255.255", "1.2.3", "01.2.3.4", "1.2.3.256", "1.2.3.4 ", "x"]:
    show(socket.inet_pton, socket.AF_INET, s)
for s in ["::", "::1", "1::", "2001:db8::1", "2001:DB8:0:0:1:0:0:1", "::ffff:1.2.3.4", "::1.2.3.4",
          "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:::2", "::g", "", "fe80::1%1", "1.2.3.4"]:
    show(socket.inet_pton, socket.AF_INET6, s)
show(socket.inet_pton, 99, "1.2.3.4")
show(socket.inet_pton, socket.AF_INET, b"1.2.3.4")

show(socket.inet_ntop, socket.AF_INET, b"\x01\x02\x03\x04")
show(socket.inet_ntop, socket.AF_INET, b"\x01\x02\x03")
show(socket.inet_ntop, socket.AF_INET, "abcd")
for b in [bytes(16), bytes(15) + b"\x01", b"\x00\x01" + bytes(14),
          bytes(10) + b"\xff\xff\x01\x02\x03\x04", bytes(12) + b"\x01\x02\x03\x04",
          bytes(12) + b"\x00\x00\x00\x02", b"\x20\x01\x0d\xb8" + bytes(10) + b"\x00\x01",
          b"\x20\x01\x0d\xb8\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x01",
          b"\x20\x01\x0d\xb8\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x01",
          b"\xfe\x80" + bytes(6) + b"\x02\x11\x22\xff\xfe\x33\x44\x55",
          bytes(range(16)), b"\x00\x01\x00\x00\x00\x01" + bytes(10)]:
    show(socket.inet_ntop, socket.AF_INET6, b)
show(socket.inet_ntop, socket.AF_INET6, bytes(15))
show(socket.inet_ntop, 99, bytes(4))

# Round trips.
for s in ["10.20.30.40", "192.168.1.255"]:
    print(socket.inet_ntoa(socket.inet_aton(s)) == s, socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, s)) == s)
for s in ["2001:db8:85a3::8a2e:370:7334", "::ffff:192.0.2.128", "fe80::1"]:
    print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, s)))
