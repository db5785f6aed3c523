# MicroPython's tests/net_hosted programs on loopback.
import socket, select, errno

# accept_nonblock
s = socket.socket()
s.bind(socket.getaddrinfo("127.0.0.1", 0)[0][-1])
s.setblocking(False)
s.listen(1)
try:
    s.accept()
except OSError as er:
    print(er.errno == 11)
s.close()

# accept_timeout
s = socket.socket()
s.bind(socket.getaddrinfo("127.0.0.1", 0)[0][-1])
s.settimeout(0.05)
s.listen(1)
try:
    s.accept()
except OSError as er:
    print(er.errno in (errno.ETIMEDOUT, "timed out", None))
s.close()

# connect_poll
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
peer_addr = srv.getsockname()
s = socket.socket()
poller = select.poll()
poller.register(s)
p = poller.poll(0)
print(len(p), p[0][-1] & (select.POLLIN | select.POLLOUT))
s.connect(peer_addr)
p = poller.poll(1000)
print(len(p), p[0][-1])
s.close()

# connect_nonblock
s = socket.socket()
s.setblocking(False)
try:
    s.connect(peer_addr)
except OSError as er:
    print("connect:", er.errno == errno.EINPROGRESS)
poller = select.poll()
poller.register(s, select.POLLOUT)
print(poller.poll(1000)[0][1] & select.POLLOUT)
conn, _ = srv.accept()
print(s.send(b"abc"))
print(conn.recv(10))
conn.close()
s.close()
srv.close()
