import traceback
def f(): raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("outer") from e
try:
    g()
except KeyError as e:
    parts = traceback.format_exception(e)
    print(len(parts))
    for p in parts:
        print(repr(p))
    print(traceback.format_exception(e, chain=False) == traceback.format_exception(type(e), e, e.__traceback__, chain=False))
