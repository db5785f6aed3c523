import platform, sys
print(type(platform.system()).__name__, platform.system() == 'Linux', type(platform.machine()).__name__, type(platform.python_version()).__name__)
print(platform.python_version_tuple()[0], type(platform.platform()).__name__, type(platform.node()).__name__, len(platform.uname()) >= 5)
print(platform.python_implementation() in ('CPython', 'MicroPython'), type(platform.release()).__name__)
