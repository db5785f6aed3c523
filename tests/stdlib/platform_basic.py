# The platform functions agree with os.uname() and sys (the values
# themselves depend on the interpreter and the machine).
import os
import platform
import sys

u = os.uname()
print(platform.system() == u.sysname, platform.machine() == u.machine)
print(platform.release() == u.release, platform.node() == u.nodename)
print(platform.uname()._fields)
print(platform.uname().system == platform.system())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple()[0])
print(platform.architecture()[0])
print(isinstance(platform.platform(), str), platform.platform().startswith(u.sysname))
