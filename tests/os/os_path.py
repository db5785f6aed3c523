import os, os.path as p
for a in ['', '/', 'a', 'a/b', '/a/b/', 'a/b.txt', '.hidden', 'a/.b.c', '//a//b', 'a/../b', './a', '/a/b/..', 'a.tar.gz', '..', '/..']:
    print(repr(a), p.basename(a), p.dirname(a), p.split(a), p.splitext(a), p.normpath(a) if a else '', p.isabs(a))
print(p.join('a', 'b', 'c'), p.join('a', '/b', 'c'), p.join('a/', 'b'), p.join('', 'x'), p.join('a', ''), p.join('/'))
print(p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']), p.sep, p.extsep, p.pardir, p.curdir)
print(p.normcase('A/B'), p.splitdrive('/a/b'), p.relpath('/a/b/c', '/a/d'), p.relpath('x', 'x'))
print(p.exists('/'), p.isdir('/'), p.isfile('/'), p.exists('/no/such'), p.islink('/no/such'), p.getsize('/dev/null'))
print(p.expanduser('~') == os.environ.get('HOME'), p.abspath('/a/./b/../c'))
try: p.commonpath([])
except ValueError as e: print(e)
try: p.commonpath(['/a', 'b'])
except ValueError as e: print(e)
try: p.join('a', 5)
except TypeError as e: print(e)
