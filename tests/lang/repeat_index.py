# Sequence repetition and indexing with huge or odd counts: errors as CPython (no allocation the runtime cannot survive).
def t(g):
    try: r = g(); print(repr(r)[:60])
    except Exception as e: print(type(e).__name__, str(e)[:80])
def t2(g):
    # the message differs by argument kind in CPython; the type does not
    try: g()
    except Exception as e: print(type(e).__name__)
class I:
    def __index__(self): return 3
for seq in ['ab', b'ab', bytearray(b'ab'), [1, 2], (1, 2), '', []]:
    t(lambda: seq * 2)
    t(lambda: 2 * seq)
    t(lambda: seq * -1)
    t(lambda: seq * I())
    t(lambda: seq * 2.0)
    t(lambda: seq * 'x')
    t(lambda: seq * 2**70)
    t(lambda: seq * 2**62)
    t(lambda: seq * True)
l = [1]; m = l; l *= 3; print(l, m, l is m)
l *= 0; print(l, m)
ba = bytearray(b'x'); bb = ba; ba *= 3; print(ba, bb, ba is bb)
t(lambda: 'abc'[2**70])
t(lambda: [1, 2][-2**70])
t(lambda: (1,)[2**64])
t(lambda: b'a'[2**70])
t(lambda: bytearray(2**70))
t(lambda: bytes(2**70))
t2(lambda: 'a'.ljust(2**70))
t2(lambda: [1].pop(2**70))
t2(lambda: [1].insert(2**70, 0))
