# Attributes of bound methods come from the function: __doc__ (not
# object's docstring), and plain attribute reads of __name__, __module__,
# __qualname__ and function attributes.


class A:
    def m(self):
        pass

    def d(self):
        "method doc"

    @classmethod
    def c(cls):
        "class method doc"

    @classmethod
    def c2(cls):
        pass


a = A()
print(a.m.__doc__, a.d.__doc__, A.c.__doc__, A.c2.__doc__)
m = a.m
print(m.__name__, m.__module__, m.__qualname__)
print(A.c.__name__, A.c.__qualname__)
A.d.marker = 42
print(a.d.marker)
try:
    m.nosuch
except AttributeError as e:
    print("AttributeError", e)
print(getattr(m, "__name__"), getattr(m, "nosuch", "default"))
print(hasattr(m, "__wrapped__"))
