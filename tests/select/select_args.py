import select, socket
for bad in (lambda: select.select([1.5], [], []), lambda: select.select([], [], [], -1), lambda: select.select([], [], [], 'x'), lambda: select.select(1, [], [])):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(select.select([], [], [], 0), select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
a, b = socket.socketpair()
p = select.poll(); p.register(a, select.POLLOUT); print([ev & select.POLLOUT for _, ev in p.poll(0)])
p.modify(a, select.POLLIN); print(p.poll(0)); p.unregister(a)
try: p.modify(b, select.POLLIN)
except OSError as e: print(type(e).__name__, e.errno)
a.close(); b.close()
