import getopt

cases = [
    (['-a', '-b', 'val', '-cfoo', 'file1', 'file2'], 'ab:c:', []),
    (['-ab', 'x', '--', '-c'], 'ab:c', []),
    (['--verbose', '--output=out.txt', '--level', '3', 'arg'], 'v', ['verbose', 'output=', 'level=']),
    (['--verb', '--out', 'o'], '', ['verbose', 'output=']),
    (['x', '-a'], 'a', []),
    (['-'], 'a', []),
    (['-a', '-', '-a'], 'a', []),
    (['-x'], 'a', []),
    (['-b'], 'ab:', []),
    (['--nope'], '', ['verbose']),
    (['--verbose=1'], '', ['verbose']),
    (['--output'], '', ['output=']),
    (['--ver'], '', ['verbose', 'version']),
    (['--version'], '', ['verbose', 'version']),
    (['--ver'], '', 'verbose'),
]
for args, short, long in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, fn(args, short, long))
        except getopt.GetoptError as e:
            print(fn.__name__, 'error:', e, repr(e.opt), repr(e.msg), e.args)
print(getopt.gnu_getopt(['a', '-x', 'b', '--', '-y'], 'xy'))
print(getopt.gnu_getopt(['a', '-x', 'b'], '+x'))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
try:
    getopt.getopt(['-q'], 'a')
except getopt.error as e:
    print(repr(e), str(e))
