def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
vals = [0, -1, 3.5, 'str', None, [1], (2,), {'k': 1}]
for v in vals:
    t(lambda: '%s|%r|%a' % (v, v, v))
for fmt in ['%d', '%i', '%x', '%o', '%e', '%f', '%g', '%c', '%5s', '%-5s|', '%.1s', '%%', '%5.2f', '%+d', '% d', '%05d', '%#x', '%#o']:
    for v in [65, -3.7, '7']:
        t(lambda: fmt % v)
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%s %(a)s' % {'a': 1})
t(lambda: '%*s' % ('x', 'y'))
t(lambda: '%.*f' % (1.5, 2.0))
t(lambda: '%s' % {})
t(lambda: '%s %s' % [1, 2])
t(lambda: '%d%%' % 50)
t(lambda: '%-%' % ())
