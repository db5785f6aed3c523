# Connecting to a port nobody listens on: ConnectionRefusedError, blocking,
# with a timeout and non-blocking (then reported through SO_ERROR).
import socket
import select
import errno

tmp = socket.socket()
tmp.bind(("127.0.0.1", 0))
addr = tmp.getsockname()
tmp.close()

s = socket.socket()
try:
    s.connect(addr)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, e, e.errno == errno.ECONNREFUSED)
    print(isinstance(e, ConnectionError), isinstance(e, OSError))
s.close()

s = socket.socket()
s.settimeout(2)
try:
    s.connect(addr)
except OSError as e:
    print("with timeout:", type(e).__name__, e)
s.close()

s = socket.socket()
print("connect_ex:", s.connect_ex(addr))
s.close()

s = socket.socket()
s.setblocking(False)
try:
    s.connect(addr)
except BlockingIOError as e:
    print("non-blocking:", e)
except ConnectionRefusedError as e:
    print("refused at once")
r, w, x = select.select([], [s], [], 5)
print("writable:", w == [s])
err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
print("SO_ERROR:", err, errno.errorcode[err])
print("SO_ERROR again:", s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
s.close()

# After a failed connect the socket reports the error on I/O.
s = socket.socket()
s.setblocking(False)
try:
    s.connect(addr)
except OSError:
    pass
select.select([], [s], [], 5)
try:
    s.recv(10)
except OSError as e:
    print("recv:", type(e).__name__, e)
s.close()

# connect_ex returns the errno instead of raising.
s = socket.socket()
s.setblocking(False)
print("connect_ex non-blocking:", s.connect_ex(addr) in (errno.EINPROGRESS, errno.ECONNREFUSED))
s.close()
