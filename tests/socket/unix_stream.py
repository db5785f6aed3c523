# AF_UNIX stream sockets bound to a path in the file system.
import socket
import time

path = "/tmp/upy-test-sock-%d" % int(time.time() * 1000000)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
print(srv.getsockname() == path, type(srv.getsockname()).__name__)
srv.listen()
c = socket.socket(socket.AF_UNIX)
c.connect(path)
conn, peer = srv.accept()
print(repr(peer), repr(c.getsockname()), c.getpeername() == path)
c.sendall(b"unix data")
print(conn.recv(100))
conn.sendall(b"reply")
print(c.recv(100))
c.close()
print(conn.recv(100))
conn.close()
srv.close()

# The path still exists: binding again fails until it is removed.
s = socket.socket(socket.AF_UNIX)
try:
    s.bind(path)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
s.close()
c = socket.socket(socket.AF_UNIX)
try:
    c.connect(path)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
c.close()
c = socket.socket(socket.AF_UNIX)
try:
    c.connect(path + "-missing")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
c.close()

# Unix datagram sockets with a bound receiver.
path2 = path + "-dgram"
r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
r.bind(path2)
w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
w.sendto(b"to path", path2)
data, frm = r.recvfrom(100)
print(data, repr(frm))
r.close()
w.close()

# Clean up with unlink through a fresh bind attempt is not possible:
# remove the files via the os module if there is one.
try:
    import os
    os.unlink(path)
    os.unlink(path2)
except ImportError:
    pass
