import logging
import sys

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
print(logging.WARN, logging.FATAL, logging.NOTSET)
root = logging.getLogger()
print(root, logging.getLogger('root') is root, root.level, root.handlers)

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)s %(name)s %(funcName)s:%(lineno)d %(module)s %(filename)s: %(message)s')
logging.debug('debug %s', 1)
logging.info('info %d %s', 2, 'x')
logging.warning('warn %(a)s', {'a': 'mapped'})
log = logging.getLogger('app')
child = logging.getLogger('app.sub.mod')
print(child.parent is log, log.parent is root, log.getChild('sub.mod') is child)
mid = logging.getLogger('app.sub')
print(child.parent is mid, mid.parent is log)
print(log, child, child.getEffectiveLevel(), log.isEnabledFor(10))


def func():
    child.error('from func')
    log.log(15, 'custom level')
    log.log(logging.CRITICAL, 'crit %r', [1])


func()


class Thing:
    def method(self):
        log.info('in method')


Thing().method()

try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed: %s', 'division')
    log.error('no trace', exc_info=False)
try:
    raise ValueError('bad value')
except ValueError as e:
    err = e
log.warning('with instance', exc_info=err)

# levels, propagation, disabled
log.setLevel(logging.WARNING)
log.info('hidden')
child.info('hidden too')
child.warning('shown via propagation')
print(child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[app] %(message)s'))
log.addHandler(h)
child.error('twice')
log.propagate = False
child.error('once')
log.disabled = True
child.error('nowhere')
log.disabled = False
log.removeHandler(h)
child.error('lost: no handler reached')
log.propagate = True

# filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

f = OnlyOdd()
log.addFilter(f)
for i in range(4):
    log.warning('n=%d', i)
log.removeFilter(f)
flt = logging.Filter('app.sub')
print(flt.filter(logging.makeLogRecord({'name': 'app.sub.mod'})),
      flt.filter(logging.makeLogRecord({'name': 'app.subx'})),
      flt.filter(logging.makeLogRecord({'name': 'app'})))
h2 = logging.StreamHandler(sys.stdout)
h2.addFilter(lambda r: 'secret' not in r.getMessage())
h2.setFormatter(logging.Formatter('h2: %(message)s'))
mid.addHandler(h2)
mid.propagate = False
mid.warning('public')
mid.warning('secret stuff')
mid.propagate = True
mid.removeHandler(h2)

# extra, LoggerAdapter
fh = logging.StreamHandler(sys.stdout)
fh.setFormatter(logging.Formatter('%(user)s| %(message)s'))
ulog = logging.getLogger('users')
ulog.propagate = False
ulog.addHandler(fh)
ulog.warning('login', extra={'user': 'bob'})
try:
    ulog.warning('bad', extra={'name': 'x'})
except KeyError as e:
    print('KeyError', e)
ad = logging.LoggerAdapter(ulog, {'user': 'alice'})
ad.warning('adapted %s', 'msg')
print(ad, ad.isEnabledFor(logging.INFO))

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['p'], msg), kwargs

pl = logging.getLogger('pfx')
pl.propagate = False
ph = logging.StreamHandler(sys.stdout)
pl.addHandler(ph)
Prefix(pl, {'p': 'P'}).error('hello')

# formatters and styles
rec = logging.LogRecord('n', logging.INFO, '/x/y/file.py', 12, 'hi %s', ('there',), None, 'fn')
print(rec, rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.funcName)
for fmt, style in [('{levelname}:{name}:{message}', '{'), ('$levelname/${name}/$message', '$'),
                   ('%(levelname)-8s|%(name)5s|%(message)s', '%'), (None, '%')]:
    print(logging.Formatter(fmt, style=style).format(rec))
print(logging.Formatter('%(message)s %(missing)s', defaults={'missing': 'dflt'}).format(rec))
for bad in [('no fields', '%'), ('{}', '{'), ('plain', '$')]:
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('%(x)s', style='?')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('%(nosuch)s').format(rec)
except ValueError as e:
    print('ValueError', e)
fm = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
s = fm.format(rec)
print(len(s.split()[0]), s.split()[1:])
fm2 = logging.Formatter('%(asctime)s')
print(len(fm2.format(rec)), fm2.formatTime(rec)[4], fm2.formatTime(rec)[-4])
print(type(rec.created).__name__, type(rec.msecs).__name__, type(rec.process).__name__,
      type(rec.thread).__name__, rec.threadName, rec.processName, rec.relativeCreated >= 0)
print(logging.Formatter('%(created)f %(msecs)d %(relativeCreated)d %(process)d %(thread)d').format(rec).count(' '))

# basicConfig: force, style, handlers, errors
logging.basicConfig(format='ignored')
logging.warning('still the old format')
logging.basicConfig(force=True, stream=sys.stdout, style='{', format='{levelname}!{message}')
logging.warning('new format')
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)], format='$message', style='$', level='INFO')
logging.info('template style')
for kw in [dict(stream=sys.stdout, filename='x'), dict(handlers=[], stream=sys.stdout),
           dict(style='x'), dict(bogus=1)]:
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    root.setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
try:
    root.setLevel(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)

# disable
logging.basicConfig(force=True, stream=sys.stdout, level=logging.DEBUG)
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('error passes')
logging.disable(logging.NOTSET)
logging.warning('enabled again')
print(repr(logging.StreamHandler(sys.stdout))[:15], logging.NullHandler(), logging.Handler())
print(logging.lastResort, root.hasHandlers(), logging.getLogger('zz').hasHandlers())
null = logging.getLogger('quiet')
null.addHandler(logging.NullHandler())
null.propagate = False
null.error('dropped')
print(logging.root is root, logging.getLoggerClass() is logging.Logger)
print(sorted(logging.getLevelNamesMapping().items())[:3])
h3 = logging.StreamHandler(sys.stdout)
h3.terminator = ' <END>\n'
h3.setLevel('ERROR')
print(h3.level)
t = logging.getLogger('term')
t.propagate = False
t.addHandler(h3)
t.warning('below handler level')
t.error('terminated')
logging.shutdown()
