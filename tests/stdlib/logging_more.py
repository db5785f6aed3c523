import logging
import logging.handlers
import os
import sys
import tempfile
import warnings

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))

# stack_info: the first and last lines of the stack dump
lg = logging.getLogger('stack')
lg.propagate = False
cap = []


class Capture(logging.Handler):
    def emit(self, record):
        cap.append(self.format(record))


lg.addHandler(Capture())


def inner():
    lg.warning('with stack', stack_info=True)


inner()
lines = cap[0].split('\n')
print(lines[0], lines[1], lines[-2].strip()[:25], lines[-1].strip())

# stacklevel
def helper(msg):
    logging.getLogger('lvl').warning(msg, stacklevel=2)


lvl = logging.getLogger('lvl')
lvl.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))
lvl.addHandler(h)


def caller():
    helper('reported at the caller')


caller()

# files: FileHandler, basicConfig(filename, filemode), RotatingFileHandler
d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(name)s - %(message)s'))
flog = logging.getLogger('file')
flog.propagate = False
flog.addHandler(fh)
flog.warning('first line')
flog.error('second %s', 'line')
print(repr(fh)[:13], fh.baseFilename == os.path.abspath(path), fh.mode)
fh.close()
flog.removeHandler(fh)
with open(path) as f:
    print(repr(f.read()))

bpath = os.path.join(d, 'basic.log')
logging.basicConfig(filename=bpath, filemode='w', format='%(levelname)s|%(message)s', level='DEBUG')
logging.debug('to file')
logging.getLogger('x.y').info('child to file')
logging.root.handlers[0].close()
with open(bpath) as f:
    print(repr(f.read()))
logging.basicConfig(force=True, stream=sys.stdout)

rpath = os.path.join(d, 'rot.log')
rh = logging.handlers.RotatingFileHandler(rpath, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
rlog = logging.getLogger('rot')
rlog.propagate = False
rlog.addHandler(rh)
for i in range(10):
    rlog.warning('message number %d', i)
rh.close()
for name in sorted(os.listdir(d)):
    if name.startswith('rot'):
        with open(os.path.join(d, name)) as f:
            print(name, repr(f.read()))

# MemoryHandler buffers until capacity or flushLevel
mlog = logging.getLogger('mem')
mlog.propagate = False
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
mlog.addHandler(mh)
mlog.warning('one')
mlog.warning('two')
print('buffered', len(mh.buffer))
mlog.warning('three')
print('after capacity', len(mh.buffer))
mlog.warning('four')
mlog.error('five flushes')
mlog.warning('six')
mh.close()
print('closed', len(mh.buffer))

# QueueHandler
class Q(list):
    put_nowait = list.append

    def get_nowait(self):
        return self.pop(0)


q = Q()
qlog = logging.getLogger('queue')
qlog.propagate = False
qh = logging.handlers.QueueHandler(q)
qlog.addHandler(qh)
qlog.warning('queued %d', 7)
r = q.get_nowait()
print(r.msg, r.args, r.getMessage())

# captureWarnings
logging.captureWarnings(True)
wl = logging.getLogger('py.warnings')
wl.addHandler(out)
wl.propagate = False
warnings.warn('careful', UserWarning)
logging.captureWarnings(False)

# last resort: nothing configured on a fresh hierarchy branch
print(logging.lastResort.level, logging.getLogger('fresh').hasHandlers())
logging.shutdown()
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
