# getpeercert() around the handshake, as CPython: ValueError while the
# handshake is not done on a connected socket, OSError(ENOTCONN) on an
# unconnected one, None when the peer sent no certificate, OSError once
# the socket is closed (CPython's error there is an AttributeError).
import _thread
import socket
import time
import _certs


def show(f):
    try:
        r = f()
        print(type(r).__name__, r if r is None or isinstance(r, dict) and not r else "...")
    except Exception as e:
        print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError), getattr(e, "errno", None))


a, b = socket.socketpair()
sctx = _certs.server_context()
cctx = _certs.client_context()
s = sctx.wrap_socket(a, server_side=True, do_handshake_on_connect=False)
c = cctx.wrap_socket(b, server_hostname="localhost", do_handshake_on_connect=False)
print("before the handshake")
show(lambda: c.getpeercert())
show(lambda: c.getpeercert(True))
show(lambda: s.getpeercert())

done = []


def server():
    s.do_handshake()
    done.append(1)


_thread.start_new_thread(server, ())
c.do_handshake()
for i in range(500):
    if done:
        break
    time.sleep(0.01)
print("after the handshake")
cert = c.getpeercert()
print(cert["subject"])
print(c.getpeercert(True) == _certs.read("server.der"))
show(lambda: s.getpeercert())
show(lambda: s.getpeercert(True))

print("unconnected")
u = socket.socket()
us = cctx.wrap_socket(u, server_hostname="localhost", do_handshake_on_connect=False)
show(lambda: us.getpeercert())
us.close()

print("closed")
c.close()
try:
    c.getpeercert()
    print("no error")
except Exception:
    # CPython: AttributeError from its closed SSL object; upy: OSError(EBADF)
    print("raises")
s.close()
