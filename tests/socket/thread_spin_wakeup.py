# A thread that blocked (sleep, recv) gets the interpreter back while the
# main thread spins in a busy loop without blocking.
import _thread, socket, time

out = {}

def sleeper():
    time.sleep(0.02)
    out["slept"] = True

def receiver(s):
    out["got"] = s.recv(10)

_thread.start_new_thread(sleeper, ())
while "slept" not in out:
    pass
print("sleeper done")

a, b = socket.socketpair()
_thread.start_new_thread(receiver, (b,))
time.sleep(0.01)
a.send(b"ping")
while "got" not in out:
    pass
print(out["got"])
a.close()
b.close()
