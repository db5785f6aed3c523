# The standard streams are io objects.
import io
import sys

print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase),
      isinstance(sys.stdout, io.IOBase), isinstance(sys.stdin, io.TextIOWrapper))
print(type(sys.stdout).__name__)
print(sys.stdout.write("written\n"), sys.stdout.writable(), sys.stdin.readable(), sys.stdout.readable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.encoding.lower().replace("-", ""))
sys.stdout.writelines(["a", "b\n"])
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(sys.stdout.closed, sys.stdout.mode, sys.stdin.mode)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
s = io.StringIO()
print("to", "stringio", sep="-", file=s)
print(repr(s.getvalue()))
