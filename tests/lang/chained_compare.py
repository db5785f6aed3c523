def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= x <= 5 <= 5, 0 < x != 5, 'a' < 'b' < 'c', [1] < [2] < [3])
def v(n, log):
    log.append(n); return n
log = []; print(v(1, log) < v(0, log) < v(2, log), log)
log = []; print(v(1, log) < v(2, log) < v(3, log), log)
print(1 < 2 is True, (1 < 2) is True, 1 in [1] in [[1]], 1 is not None is not False)
t(lambda: 1 < 'a' < 2)
t(lambda: 1 < 2 < 'a')
print(0 == 0.0 == -0.0 == False, 1 != 2 != 1, None is None is None)
