# select: poll and select over pipes and socket pairs (CPython's test_poll/test_select checks).
import select, os, socket
r, w = os.pipe()
name = {}
def N(res): return sorted((name.get(fd, fd), ev) for fd, ev in res)
name[r] = 'r'; name[w] = 'w'
p = select.poll()
p.register(r, select.POLLIN); p.register(w, select.POLLOUT)
print(N(p.poll(0)))
os.write(w, b'data')
print(N(p.poll(0)))
p.modify(w, 0); print(N(p.poll(0)))
p.unregister(w); print(N(p.poll(10)))
try: p.modify(w, select.POLLIN)
except FileNotFoundError as e: print('FileNotFoundError', e.errno)
print(os.read(r, 10), N(p.poll(0)))
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'x'); print(select.select([r], [], [], 0)[0] == [r])
os.close(w); print(N(p.poll(0)), os.read(r, 5), os.read(r, 5))
print(N(p.poll(0))); os.close(r); print(N(p.poll(0)))
a, b = socket.socketpair()
p = select.poll(); p.register(a.fileno()); p.register(b.fileno(), select.POLLIN)
print(sorted((fd == a.fileno(), ev) for fd, ev in p.poll(0)))
b.send(b'hi'); print(sorted((fd == a.fileno(), ev) for fd, ev in p.poll(0)))
print(a.recv(10)); b.close()
print(sorted((fd == a.fileno(), ev & ~select.POLLOUT) for fd, ev in p.poll(0)), a.recv(10)); a.close()
for bad in (lambda: select.select([], [], [], -1), lambda: select.select([-1], [], [], 0), lambda: select.select(['x'], [], []), lambda: select.poll().register('x'),
            lambda: select.poll().register(-1), lambda: select.poll().poll('x'), lambda: select.select([], [], [], 'x')):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(select.select([], [], [], 0), select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLPRI)
class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
r, w = os.pipe(); print(select.select([F(r)], [F(w)], [], 0)[1][0].fd == w); os.close(r); os.close(w)
