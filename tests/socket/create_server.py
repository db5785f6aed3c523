# socket.create_server (IPv4, IPv6) and create_connection with a timeout.
import socket
srv = socket.create_server(("127.0.0.1", 0))
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
port = srv.getsockname()[1]
c = socket.create_connection(("127.0.0.1", port), timeout=2)
print(c.gettimeout())
s, _ = srv.accept()
c.sendall(b"hi")
print(s.recv(2))
s.close(); c.close(); srv.close()
print(socket.has_dualstack_ipv6() in (True, False))
srv6 = socket.create_server(("::1", 0), family=socket.AF_INET6)
print(srv6.family == socket.AF_INET6, srv6.getsockname()[0])
c6 = socket.create_connection(("::1", srv6.getsockname()[1]))
s6, a6 = srv6.accept()
print(len(a6), a6[0])
s6.close(); c6.close(); srv6.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused", e.errno)
