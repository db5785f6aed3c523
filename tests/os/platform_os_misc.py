# os and platform calls whose results are the same under both interpreters (as in CPython's test_os and test_platform).
import os, platform, sys
print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.devnull)
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.getcwd()).__name__, os.getcwdb() == os.getcwd().encode())
print(os.getenv('UPY_NOPE_VAR'), os.getenv('UPY_NOPE_VAR', 'dflt'), 'PATH' in os.environ, os.environ.get('UPY_NOPE'), type(os.environ).__name__)
os.environ['UPY_SWEEP_T'] = 'v1'; print(os.getenv('UPY_SWEEP_T'), os.environ['UPY_SWEEP_T']); del os.environ['UPY_SWEEP_T']; print(os.getenv('UPY_SWEEP_T'))
print(len(os.urandom(0)), len(os.urandom(17)), type(os.urandom(1)).__name__)
try: os.urandom(-1)
except ValueError as e: print(e)
print(os.system('exit 0'), os.system('exit 3') >> 8, os.cpu_count() > 0, type(os.times()).__name__, len(os.times()))
print(os.path.join('a', 'b', '/c', 'd'), os.path.join('a', ''), os.path.split('/a/b/'), os.path.splitext('x.tar.gz'), os.path.splitext('.bashrc'), os.path.basename('/a/b'), os.path.dirname('a'))
print(os.path.normpath('/a/./b/../c//d/'), os.path.normpath(''), os.path.normpath('//x'), os.path.normpath('///x'), os.path.isabs('a'), os.path.isabs('/a'), os.path.commonprefix(['abc', 'abd']), os.path.commonpath(['/a/b', '/a/c']))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.expanduser('x'), os.path.splitdrive('/x'), os.path.normcase('AbC'), os.path.exists('/'), os.path.isdir('/'), os.path.isfile('/'), os.path.lexists('/nonexistent-upy'))
for bad in (lambda: os.listdir('/nonexistent-upy'), lambda: os.stat('/nonexistent-upy'), lambda: os.remove('/nonexistent-upy'), lambda: os.rmdir('/nonexistent-upy'),
            lambda: os.mkdir('/'), lambda: os.rename('/nonexistent-upy', '/tmp/x'), lambda: os.chdir('/nonexistent-upy'), lambda: open('/nonexistent-upy'),
            lambda: os.listdir(1.5), lambda: os.path.join('a', 1), lambda: os.stat(''), lambda: os.getenv(1)):
    try: bad()
    except Exception as e: print(type(e).__name__, e.errno if isinstance(e, OSError) else '', e)
import tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'sub'); os.mkdir(p); os.makedirs(os.path.join(p, 'x', 'y')); os.makedirs(os.path.join(p, 'x'), exist_ok=True)
    with open(os.path.join(p, 'f.txt'), 'w') as f: f.write('12345')
    print(sorted(os.listdir(p)), os.stat(os.path.join(p, 'f.txt')).st_size, os.path.getsize(os.path.join(p, 'f.txt')))
    try: os.rmdir(p)
    except OSError as e: print(type(e).__name__, e.errno)
    try: os.makedirs(p)
    except FileExistsError as e: print('FileExistsError', e.errno)
    os.rename(os.path.join(p, 'f.txt'), os.path.join(p, 'g.txt')); os.replace(os.path.join(p, 'g.txt'), os.path.join(p, 'h.txt')); print(sorted(os.listdir(p)))
    os.remove(os.path.join(p, 'h.txt')); os.removedirs(os.path.join(p, 'x', 'y')) if False else (os.rmdir(os.path.join(p, 'x', 'y')), os.rmdir(os.path.join(p, 'x')))
    print(os.listdir(p), [e.name for e in os.scandir(d)], [(os.path.relpath(r, d), ds, fs) for r, ds, fs in os.walk(d)])
print(platform.system(), platform.machine() == os.uname().machine, type(platform.python_version()).__name__, type(platform.platform()).__name__, platform.system() == os.uname().sysname)
print(type(platform.uname()).__name__, platform.uname().system, type(platform.node()).__name__, platform.architecture()[0] if hasattr(platform, 'architecture') else '64bit')
