# A first upy program: run it with `./upy examples/hello.py`.
import sys

def greet(name):
    return f"Hello, {name}!"

print(greet("upy"))
print("running as", sys.implementation.name, "on upy", sys.implementation._upy)
