# Pickle state: constructors accept the byte states of __reduce__/__reduce_ex__ (fold only for protocol 4+).
from datetime import *
import copy
for a in [(b'\x07\xe4\x03\x05',), ("\x07\xe4\x03\x05",), (b'\x07\xe4\x0d\x05',), ("2020",), (b'abc',), (b'\x07\xe4\x03\x05', 1)]:
    try: print(repr(date(*a)))
    except Exception as e: print(type(e).__name__, e)
for a in [(b'\x07\xe4\x03\x05\x01\x02\x03\x00\x00\x05',), (b'\x07\xe4\x83\x05\x01\x02\x03\x00\x00\x05', timezone.utc), (b'\x07\xe4\x03\x05\x01\x02\x03\x00\x00\x05', 5)]:
    try: print(repr(datetime(*a)))
    except Exception as e: print(type(e).__name__, e)
for a in [(b'\x01\x02\x03\x00\x01\x00',), (b'\x81\x02\x03\x00\x01\x00', timezone.utc), (b'\x31\x02\x03\x00\x01\x00',)]:
    try: print(repr(time(*a)))
    except Exception as e: print(type(e).__name__, e)
d = datetime(2020, 5, 6, 7, 8, 9, 10, timezone(timedelta(hours=1)), fold=1)
print(d.__reduce__(), date(2020,1,2).__reduce__(), time(1, 2, fold=1).__reduce__(), d.__reduce_ex__(2), time(1).__reduce_ex__(4))
print(timedelta(1, 2, 3).__reduce__(), timezone.utc.__reduce__(), timezone(timedelta(hours=1), "x").__reduce__())
class D(date): pass
print(D(2020, 1, 1).__reduce__())
