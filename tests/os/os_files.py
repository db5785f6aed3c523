import os

base = '/tmp/upytest_osfiles_%d' % os.getpid()
try:
    import shutil
except ImportError: pass
def rmtree(x):
    if os.path.isdir(x):
        for n in os.listdir(x): rmtree(x + '/' + n)
        os.rmdir(x)
    elif os.path.exists(x): os.remove(x)
rmtree(base)
os.mkdir(base)
os.mkdir(base + '/sub')
with open(base + '/f.txt', 'w') as f: f.write('hello')
print(sorted(os.listdir(base)))
st = os.stat(base + '/f.txt'); print(st.st_size, st[6], oct(st.st_mode & 0o170000))
os.rename(base + '/f.txt', base + '/g.txt'); print(sorted(os.listdir(base)))
for fn, args in [(os.mkdir, (base,)), (os.rmdir, (base + '/nope',)), (os.remove, (base + '/nope',)), (os.listdir, (base + '/nope',)), (os.rmdir, (base,)), (os.stat, ('/no/such',)), (os.rename, (base + '/x', base + '/y')), (os.remove, (base + '/sub',))]:
    try: fn(*args)
    except OSError as e: print(type(e).__name__, e.errno, e.strerror, e.filename == args[0])
os.remove(base + '/g.txt'); os.rmdir(base + '/sub')
print(os.listdir(base)); os.rmdir(base); print(os.path.exists(base))
cwd = os.getcwd(); os.chdir('/tmp'); print(os.getcwd()); os.chdir(cwd)
print(type(os.urandom(8)), len(os.urandom(16)), os.getenv('NO_SUCH_VAR_XYZ'), os.getenv('NO_SUCH_VAR_XYZ', 'dflt'))
os.environ['UPY_T'] = 'v'; print(os.getenv('UPY_T'), 'UPY_T' in os.environ); del os.environ['UPY_T']; print(os.getenv('UPY_T'))
print(os.sep, os.curdir, os.pardir, os.linesep == '\n', os.name, os.devnull)
print(os.system('exit 3') >> 8, os.system('true'))
with os.scandir('/') as it: print(any(e.name == 'tmp' for e in it))
print([x for x in os.walk('/nonexistent')])
try: os.urandom(-1)
except ValueError as e: print(e)
