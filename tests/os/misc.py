# os constants and process functions.
import os
from _tmpdir import show

print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.extsep, os.pathsep, os.altsep)
print(os.strerror(2), os.strerror(13), os.strerror(39), os.strerror(9999))
show(lambda: os.strerror("x"))
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
u = os.uname()
print(len(u), u.sysname, u[0] == u.sysname, type(u.nodename).__name__, type(u.machine).__name__)
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
show(lambda: os.urandom(-1))
print(os.system("exit 0"), os.system("exit 3"), os.system("true"))
print(os.error is OSError, issubclass(os.error, Exception))
show(lambda: os.get_terminal_size(os.open(os.devnull, os.O_RDONLY)))
ts = os.terminal_size((80, 24))
print(ts.columns, ts.lines, ts)
show(lambda: os.fspath(None))
print(os.path.devnull, os.stat(os.devnull).st_size)
with open(os.devnull, "w") as f:
    print(f.write("discarded"))
with open(os.devnull) as f:
    print(repr(f.read()))
