import traceback, sys
def a():
    x = "abc"
    return (x
        .upper()
        .nope())
def b():
    return ("abc"
            .nope)
def c():
    d = {}
    return d.get("a").strip()
for f in (a, b, c):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
