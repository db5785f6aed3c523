# create_server and create_connection, with the with-statement.
import socket
import _thread

srv = socket.create_server(("127.0.0.1", 0))
print(int(srv.family), int(srv.type), srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
port = srv.getsockname()[1]

lock = _thread.allocate_lock()
lock.acquire()
results = []


def serve(n):
    for i in range(n):
        conn, _ = srv.accept()
        with conn:
            data = conn.recv(100)
            conn.sendall(b"re:" + data)
    lock.release()


_thread.start_new_thread(serve, (3,))

with socket.create_connection(("127.0.0.1", port)) as c:
    print(c.gettimeout(), int(c.family))
    c.sendall(b"one")
    print(c.recv(100))
print(c.fileno())

c = socket.create_connection(("localhost", port), timeout=2.5)
print(c.gettimeout())
c.sendall(b"two")
print(c.recv(100))
c.close()

c = socket.create_connection(("127.0.0.1", str(port)), 5, ("127.0.0.1", 0))
print(c.getsockname()[0])
c.sendall(b"three")
print(c.recv(100))
c.close()
lock.acquire()

# Binding to a port in use reports the address.
try:
    socket.create_server(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))
srv.close()

# A refused connection raises the connect error.
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)

srv6 = socket.create_server(("::1", 0), family=socket.AF_INET6, backlog=3, reuse_port=True)
print(int(srv6.family), srv6.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) != 0)
print(srv6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
srv6.close()
try:
    socket.create_server(("127.0.0.1", 0), dualstack_ipv6=True)
except ValueError as e:
    print("ValueError", e)
print(socket.has_dualstack_ipv6() in (True, False))
