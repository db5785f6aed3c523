# Blocking TCP echo between the main thread and a server thread.
import socket
import _thread

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
host, port = srv.getsockname()
print("listening on", host, type(port).__name__, 0 < port < 65536)

done = _thread.allocate_lock()
done.acquire()
log = []


def server():
    try:
        conn, addr = srv.accept()
        log.append(("peer", addr[0], type(addr[1]).__name__))
        log.append(("conn blocking", conn.getblocking(), conn.gettimeout()))
        with conn:
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())
        log.append(("server", "closed"))
    except Exception as e:
        log.append(("server error", type(e).__name__, str(e)))
    finally:
        done.release()


_thread.start_new_thread(server, ())

c = socket.socket()
c.connect(("127.0.0.1", port))
print("peer name matches:", c.getpeername() == ("127.0.0.1", port))
for msg in [b"hello", b"world", b"x" * 1000]:
    c.sendall(msg)
    got = b""
    while len(got) < len(msg):
        got += c.recv(4096)
    print(len(got), got[:10])
c.shutdown(socket.SHUT_WR)
print("eof:", c.recv(10))
c.close()
done.acquire()
for entry in log:
    print(*entry)
srv.close()
