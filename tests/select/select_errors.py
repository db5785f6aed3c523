# select.select argument errors.
import socket
import select

s = socket.socket()


def show(*args):
    try:
        print(select.select(*args))
    except Exception as e:
        print(type(e).__name__, e)


show([s], [], [], -1)
show([s], [], [], "x")
show([s], [], [], float("nan"))
show(1, [], [], 0)
show([], None, [], 0)
show([object()], [], [], 0)
show(["x"], [], [], 0)
show([-1], [], [], 0)
show([1.5], [], [], 0)
show([], [])
show([], [], [], 0, 1)
s.close()
show([s], [], [], 0)
