# Tracebacks cut a run of identical entries (a recursion) after three, with
# "[Previous line repeated N more times]"; tb_next is writable.
import sys
import traceback


def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


def mutual_a(n):
    if n == 0:
        raise KeyError("k")
    mutual_b(n)


def mutual_b(n):
    mutual_a(n - 1)


for depth in (2, 3, 4, 10):
    try:
        down(depth)
    except ValueError:
        print(traceback.format_exc())
try:
    mutual_a(6)
except KeyError:
    print(traceback.format_exc())

print("--- tb_next")


def caught():
    try:
        down(3)
    except ValueError as e:
        return e


e = caught()
tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
tb.tb_next.tb_next = None
print("".join(traceback.format_exception(e)))
tb.tb_next = None
print("".join(traceback.format_exception(e)))
for bad in (42, tb):
    try:
        tb.tb_next = bad
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
