# MicroPython's poll.ipoll: an iterator reusing one tuple, with one-shot
# mode; poll() returns the registered objects themselves.
import socket
import select

a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLOUT)
p.register(b, select.POLLOUT)

res = p.poll(0)
print(len(res), res[0][0] is a, res[1][0] is b, res[0][1], res[1][1])

tuples = []
for t in p.ipoll(0):
    print(t[0] is a or t[0] is b, t[1])
    tuples.append(t)
print(len(tuples), tuples[0] is tuples[1])

# One-shot: a reported object is not reported again until modified.
n = 0
for obj, ev in p.ipoll(0, 1):
    n += 1
print("first round", n)
print("second round", len(list(p.ipoll(0, 1))), p.poll(0))
p.modify(a, select.POLLOUT)
print([obj is a for obj, ev in p.ipoll(0, 1)])
p.register(b, select.POLLOUT)
print([obj is b for obj, ev in p.ipoll(0)])
print([obj is b for obj, ev in p.ipoll(0)])

# ipoll with a timeout and nothing ready.
q = select.poll()
q.register(a, select.POLLIN)
print(list(q.ipoll(10)))
b.send(b"x")
for obj, ev in q.ipoll(1000):
    print(obj is a, ev)

# Unknown objects are ignored by unregister.
q.unregister(b)
q.unregister(a)
q.unregister(a)
print(q.poll(0))
a.close()
b.close()
