# Large transfers between threads: sendall never returns short and
# recv loops see every byte, in order.
import socket
import _thread

N = 3 * 1024 * 1024 + 17
data = bytes(range(256)) * (N // 256) + b"x" * (N % 256)

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
lock = _thread.allocate_lock()
lock.acquire()
result = []


def receiver():
    conn, _ = srv.accept()
    chunks = []
    total = 0
    while True:
        d = conn.recv(65536)
        if not d:
            break
        chunks.append(d)
        total += len(d)
    result.append(total)
    result.append(b"".join(chunks) == data)
    conn.sendall(b"thanks")
    conn.close()
    lock.release()


_thread.start_new_thread(receiver, ())
c = socket.socket()
c.connect(srv.getsockname())
print(c.sendall(data))
c.shutdown(socket.SHUT_WR)
print(c.recv(100))
lock.acquire()
print(result)
c.close()
srv.close()

# send returns a count that may be short; a loop finishes the job.
a, b = socket.socketpair()
lock2 = _thread.allocate_lock()
lock2.acquire()
got = []


def drain():
    n = 0
    while n < N:
        n += len(b.recv(1 << 20))
    got.append(n)
    lock2.release()


_thread.start_new_thread(drain, ())
view = data
sent = 0
while view:
    k = a.send(view)
    sent += k
    view = view[k:]
lock2.acquire()
print(sent, got)
a.close()
b.close()
