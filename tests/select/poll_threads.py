# A thread blocked in poll/select does not stop other threads: the
# interpreter lock is released while waiting.
import socket
import select
import _thread
import time

a, b = socket.socketpair()
lock = _thread.allocate_lock()
lock.acquire()
log = []


def sender():
    time.sleep(0.05)
    log.append("sending")
    b.send(b"wake")
    lock.release()


_thread.start_new_thread(sender, ())
p = select.poll()
p.register(a, select.POLLIN)
res = p.poll(5000)
log.append("woken")
lock.acquire()
print(log, len(res), a.recv(10))

lock.release()
lock.acquire()


def sender2():
    time.sleep(0.05)
    b.send(b"again")
    lock.release()


_thread.start_new_thread(sender2, ())
r, w, x = select.select([a], [], [])
lock.acquire()
print(r == [a], a.recv(10))

# A blocking recv in one thread while another thread sends.
def sender3():
    time.sleep(0.05)
    b.sendall(b"via recv")
    lock.release()


_thread.start_new_thread(sender3, ())
print(a.recv(100))
lock.acquire()
a.close()
b.close()
