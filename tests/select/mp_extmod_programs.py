# MicroPython's extmod select_poll_basic, select_poll_udp, socket_udp_nonblock,
# socket_tcp_basic and socket_badconstructor programs (loopback, port 0).
import socket, select, errno

poller = select.poll()
s = socket.socket()
poller.register(s)
poller.register(s)
try:
    poller.modify(s)
except TypeError:
    print("modify:TypeError")
poller.modify(s, select.POLLIN)
poller.unregister(s)
try:
    poller.modify(s, select.POLLIN)
except OSError as e:
    assert e.errno == errno.ENOENT
poller.register(s)
s.close()
p = poller.poll(0)
print(len(p), p[0][-1])

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(socket.getaddrinfo("127.0.0.1", 0)[0][-1])
poll = select.poll()
poll.register(s, select.POLLIN)
print(len(poll.poll(0)))
poll.modify(s, select.POLLOUT)
print(poll.poll(0)[0][1] == select.POLLOUT)
r, w, e = select.select([s], [], [], 0)
assert not r and not w and not e
r, w, e = select.select([], [s], [], 0)
assert not r and w and not e
s.settimeout(0)
try:
    s.recv(1)
except OSError as er:
    print("EAGAIN:", er.errno == errno.EAGAIN)
s.close()

s = socket.socket()
try:
    s.recv(1)
except OSError as er:
    print("ENOTCONN:", er.errno == errno.ENOTCONN)
s.close()

try:
    s = socket.socket(None)
except TypeError:
    print("TypeError")
