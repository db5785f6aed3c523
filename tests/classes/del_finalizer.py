class A:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
a = A('a')
del a
print('after del a')
def f():
    b = A('local')
    print('in f')
f()
print('after f')
c = A('global')
l = [A('in list')]
x = A('reassigned')
x = None
print('end')
