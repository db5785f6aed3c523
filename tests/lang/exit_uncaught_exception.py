print('before')
class E(Exception):
    def __str__(self): return 'custom'
def f():
    raise E()
try:
    f()
finally:
    print('finally runs before exit')
print('not reached')
