# Descriptor-level socket operations: dup, fromfd, socket(fileno=),
# detach, inheritable, sendfile, sendmsg/recvmsg, MSG_WAITALL, recv_into.
import socket, os, tempfile

a, b = socket.socketpair()
d = a.dup()
print(d.fileno() != a.fileno(), d.family == a.family, d.type == a.type)
d.sendall(b"via dup")
print(b.recv(100))
d.close()
f = socket.fromfd(a.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
f.sendall(b"via fromfd")
print(b.recv(100))
f.close()
print(a.get_inheritable(), b.get_inheritable())
fd = a.detach()
print(a.fileno(), fd >= 0)
c = socket.socket(fileno=fd)
print(c.family == socket.AF_UNIX, c.type == socket.SOCK_STREAM)
c.sendall(b"via fileno")
print(b.recv(100))
print(c.sendmsg([b"msg", b"parts"]))
data, anc, flags, addr = b.recvmsg(100)
print(data, anc, flags)
with tempfile.TemporaryFile() as tf:
    tf.write(b"file contents\n" * 3)
    tf.seek(0)
    print(c.sendfile(tf))
got = b""
while len(got) < 42:
    got += b.recv(100)
print(got[:14], len(got))
c.sendall(b"abcdef")
print(b.recv(6, socket.MSG_WAITALL))
buf = bytearray(4)
c.sendall(b"wxyz")
print(b.recv_into(buf, 2), buf)
print(b.recv(10))
c.close(); b.close()
socket.close(os.dup(0)) if hasattr(socket, "close") else None
print("done")
# passing a descriptor with SCM_RIGHTS
import array
a, b = socket.socketpair()
r, w = os.pipe()
fds = array.array("i", [w])
print(a.sendmsg([b"fd"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)]))
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(4))
level, typ, data = anc[0]
print(msg, level == socket.SOL_SOCKET, typ == socket.SCM_RIGHTS, len(data))
got = array.array("i")
got.frombytes(data)
os.write(got[0], b"through the passed fd")
print(os.read(r, 100))
for fd in (r, w, got[0]):
    os.close(fd)
a.close(); b.close()
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4))
