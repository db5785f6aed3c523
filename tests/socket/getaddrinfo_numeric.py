# getaddrinfo on numeric hosts, None and localhost: no DNS involved.
import socket


def plain(v):
    # CPython's constants are enums: show them as the ints they are.
    return int(v) if isinstance(v, int) else v


def show(*args, **kw):
    label = (tuple(plain(a) for a in args), {k: plain(v) for k, v in kw.items()})
    try:
        res = socket.getaddrinfo(*args, **kw)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e)
        return
    print(*label)
    for fam, typ, proto, canon, addr in res:
        print("   ", int(fam), int(typ), proto, repr(canon), addr)


show("127.0.0.1", 80)
show("127.0.0.1", "80")
show("127.0.0.1", b"80")
show(b"127.0.0.1", 80)
show("127.0.0.1", None)
show("127.0.0.1", 0, socket.AF_INET, socket.SOCK_STREAM)
show("127.0.0.1", 5000, socket.AF_INET, socket.SOCK_DGRAM)
show("127.0.0.1", 5000, type=socket.SOCK_STREAM)
show("127.0.0.1", 5000, proto=socket.IPPROTO_TCP)
show("127.0.0.1", 5000, proto=socket.IPPROTO_UDP)
show("127.0.0.1", None, type=socket.SOCK_RAW)
show("127.0.0.1", None, proto=99)
show("0.0.0.0", 8080)
show("::1", 80)
show("::", 443, socket.AF_INET6, socket.SOCK_STREAM)
show("::ffff:10.1.2.3", 1, type=socket.SOCK_STREAM)
show("2001:db8::1", 1, type=socket.SOCK_STREAM)
show("fe80::1%1", 1, type=socket.SOCK_STREAM)
show(None, 80)
show(None, 80, flags=socket.AI_PASSIVE)
show(None, 0, socket.AF_INET)
show(None, 0, socket.AF_INET, flags=socket.AI_PASSIVE)
show(None, 0, socket.AF_INET6)
show(None, 0, socket.AF_INET6, flags=socket.AI_PASSIVE)
show(None, 0, type=socket.SOCK_STREAM)
show("localhost", 80, socket.AF_INET)
show("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)
show("127.1", 1, type=socket.SOCK_STREAM)
show("10.1", 1, type=socket.SOCK_STREAM)
show("1.2.3", 1, type=socket.SOCK_STREAM)
show("0x7f.1", 1, type=socket.SOCK_STREAM)
show("017.0.0.1", 1, type=socket.SOCK_STREAM)
show("127.0.0.1", 80, flags=socket.AI_CANONNAME)
show("127.0.0.1", 80, 0, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)
show("127.0.0.1", 80, flags=socket.AI_NUMERICHOST)
show("127.0.0.1", 80, flags=socket.AI_NUMERICSERV)
show("127.0.0.1", 65535, type=socket.SOCK_DGRAM)
show("127.0.0.1", 65536 + 7, type=socket.SOCK_DGRAM)
show("127.0.0.1", " 22", type=socket.SOCK_DGRAM)
show("127.0.0.1", "+22", type=socket.SOCK_DGRAM)
show("127.0.0.1", "", type=socket.SOCK_DGRAM)
show(host="127.0.0.1", port=9, family=socket.AF_INET, type=socket.SOCK_STREAM, proto=0, flags=0)

# The result is a list of 5-tuples whose address goes back into connect/bind.
r = socket.getaddrinfo("127.0.0.1", 1234)
print(type(r).__name__, len(r), type(r[0]).__name__, len(r[0]), r[0][-1])
