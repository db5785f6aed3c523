# bool and None: arithmetic, identity, truthiness of builtins, comparisons, hashing.
print(True + True, True * 5, True / 2, True // 2, -True, +False, ~True, ~False, True ** 10, 10 ** False)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True | 2).__name__, True << 3, True == 1, False == 0, True is 1 == 1)
print(int(True), float(False), str(True), repr(False), bool('False'), bool(''), bool(' '), bool([[]]), bool({0}), bool(0.0), bool(-0.0), bool(1e-300))
print(bool(None), None is None, None == None, None != 0, type(None)(), hash(None) == hash(None), repr(None), str(None))
print(sorted([True, False, 1, 0, -1]), max(True, 2), min(False, -1), sum([True, True, False]), [1, 2, 3][True])
print({True: 'a', 1: 'b', 1.0: 'c'}, {False, 0, 0.0}, {None: 1}[None])
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__, bool.__name__, True.real, True.imag, True.numerator)
try:
    None + 1
except TypeError as e:
    print('TypeError', e)
try:
    None < 1
except TypeError as e:
    print('TypeError', e)
try:
    None()
except TypeError as e:
    print('TypeError', e)
try:
    None.x
except AttributeError as e:
    print('AttributeError', e)
try:
    bool(1, 2)
except TypeError as e:
    print('TypeError', e)
print(True and 'yes' or 'no', False and 'yes' or 'no', None or 0 or '' or 'last', 1 and 2 and 3, 0 or None)
print(not None, not 0, not [], not [0], (not 1) is False)
print(f'{True}', f'{True:d}', f'{True:>6}', '%s %d %r' % (True, True, False), format(False, '^7'))
print(True.__bool__(), (0).__bool__(), [].__len__(), NotImplemented.__bool__() if False else 'skip', bool(NotImplemented) if False else 'skip')
print(True.bit_length(), True.to_bytes(1, 'big'), bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
print(hash(True), hash(False), True.__hash__() == 1, divmod(True, 2), round(True), abs(False))
