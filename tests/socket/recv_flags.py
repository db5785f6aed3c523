# recv/recv_into with flags: MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL; partial
# reads return what is there.
import socket
import _thread
import time

a, b = socket.socketpair()
a.sendall(b"abcdef")
print(b.recv(3, socket.MSG_PEEK))
print(b.recv(100, socket.MSG_PEEK))
print(b.recv(2))
buf = bytearray(10)
print(b.recv_into(buf, 0, socket.MSG_PEEK), buf)
print(b.recv_into(buf, 2), buf)
print(b.recv_into(buf), buf)
try:
    b.recv(10, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print("MSG_DONTWAIT:", e)
print(b.getblocking())


# MSG_WAITALL waits for the whole amount.
def later():
    time.sleep(0.05)
    a.sendall(b"12345")
    time.sleep(0.05)
    a.sendall(b"67890")


_thread.start_new_thread(later, ())
print(b.recv(10, socket.MSG_WAITALL))

# recv(0) and recv_into with a zero-length buffer.
print(b.recv(0), b.recv_into(bytearray(0)))
a.sendall(b"xyz")
print(b.recv(1), b.recv(1), b.recv(1))
a.close()
print(b.recv(10), b.recv_into(bytearray(3)))
b.close()
