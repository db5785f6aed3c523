# MicroPython's net_inet/tls_text_errors on loopback: a TLS client meets a
# plain HTTP server, and the error text names the invalid record.
import socket, ssl, _thread

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)

def http():
    c, _ = srv.accept()
    c.recv(1024)
    c.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    c.close()

_thread.start_new_thread(http, ())
s = socket.socket()
s.connect(srv.getsockname())
try:
    s = ssl.wrap_socket(s)
    print("wrap: no exception")
except OSError as e:
    ok = "SSL_INVALID_RECORD" in str(e) or "RECORD_OVERFLOW" in str(e) or "wrong version" in str(e)
    print("wrap:", ok)
    if not ok:
        print("got exception:", e)
s.close()
srv.close()
