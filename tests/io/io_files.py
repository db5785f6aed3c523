import io, os
fn = '/tmp/upytest_io_files_%d.txt' % os.getpid()
with open(fn, 'w') as f:
    print(f.write('héllo\nworld\n'), f.mode, f.name == fn, f.encoding.lower().replace('-', ''))
with open(fn) as f: print(f.read(), f.tell())
with open(fn, 'rb') as f: print(f.read(), type(f).__name__)
with open(fn, 'a') as f: f.write('tail')
with open(fn, 'r') as f: print(f.readlines())
with open(fn, 'r+b') as f: f.seek(1); f.write(b'E'); f.seek(0); print(f.read(7))
with open(fn, 'w+') as f: f.write('abc'); f.seek(0); print(f.read())
with open(fn, 'x' if not os.path.exists(fn) else 'a') as f: pass
try: open(fn, 'x')
except FileExistsError as e: print(type(e).__name__, e.errno)
with open(fn, 'rb', buffering=0) as f: print(type(f).__name__, f.read())
with open(fn) as f:
    for i, line in enumerate(f): print(i, repr(line))
for bad in (lambda: open(fn, 'rw'), lambda: open(fn, 'z'), lambda: open(fn, 'rb', encoding='utf8'), lambda: open(fn, 'w').read(), lambda: open(fn).write('x'), lambda: open('/nonexistent/x')):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
with open(fn, 'w', newline='') as f: f.write('a\r\nb\n')
with open(fn, newline='') as f: print(repr(f.read()))
with open(fn) as f: print(repr(f.read()))
with open(fn, 'rb') as f: print(f.readline(), f.peek(1)[:1] if hasattr(f, 'peek') else b'b')
os.remove(fn)
