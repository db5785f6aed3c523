import argparse
import sys

sys.stderr = sys.stdout  # errors and usage are compared too


def run(parser, args):
    try:
        ns = parser.parse_args(args)
        print(ns)
        return ns
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='demo', description='A demo program that does a number of things, '
                            'described in a sentence long enough to be wrapped onto two lines.',
                            epilog='See the manual for more.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false', help='disable colour')
p.add_argument('-n', '--num', type=int, default=3, metavar='N', help='how many (%(type)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='one of %(choices)s')
p.add_argument('-I', '--include', action='append', help='include dir; may be repeated')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='t', dest='tags')
p.add_argument('--ext', action='extend', nargs='+', type=str)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
p.add_argument('--float', type=float)
p.add_argument('--a-very-long-option-name-indeed', help='this option has a long name so its help starts on the next line')
print(p.format_usage())
print(p.format_help())
run(p, ['a.txt'])
run(p, ['a.txt', 'b.txt', '-vvv', '-q', '--no-color', '-n', '7', '--mode=slow'])
run(p, ['-I', 'x', '-Iy', '--include=z', 'src', '--const', '--tag', '--tag'])
run(p, ['s', '--ext', 'a', 'b', '--ext', 'c', '--pair', 'k', 'v', '--opt'])
run(p, ['s', '--opt', 'val', '--float', '-1.5', '--nu', '9', '--verb'])
run(p, ['s', '--', '-x'])
run(p, [])
run(p, ['a', 'b', 'c'])
run(p, ['a', '-n', 'x'])
run(p, ['a', '--mode', 'medium'])
run(p, ['a', '-n'])
run(p, ['a', '--pair', 'x'])
run(p, ['a', '--bogus'])
run(p, ['a', '--q'])
run(p, ['--version'])
run(p, ['-h'])
run(p, ['a', '--float', 'nan?'])
run(p, ['a', '-q=x'])

ns, rest = p.parse_known_args(['a', '--zzz', 'b', 'c'])
print(ns, rest)
print(vars(ns)['src'], 'src' in ns, ns == argparse.Namespace(**vars(ns)))

# BooleanOptionalAction, required options, defaults formatter
p2 = argparse.ArgumentParser(prog='p2', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='toggle it')
p2.add_argument('--level', type=int, default=1, help='the level')
p2.add_argument('--name', required=True, help='your name')
p2.add_argument('files', nargs='*', help='files')
print(p2.format_help())
run(p2, ['--name', 'x'])
run(p2, ['--name', 'x', '--no-feature', 'f1', 'f2'])
run(p2, [])

# mutually exclusive groups and argument groups
p3 = argparse.ArgumentParser(prog='p3')
g = p3.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='choose a')
g.add_argument('-b', action='store_true', help='choose b')
grp = p3.add_argument_group('network', 'Options that control the network.')
grp.add_argument('--host', default='localhost')
grp.add_argument('--port', type=int, default=80)
r = p3.add_mutually_exclusive_group(required=True)
r.add_argument('--json', action='store_true')
r.add_argument('--xml', action='store_true')
print(p3.format_help())
run(p3, ['-a', '--json'])
run(p3, ['-a', '-b', '--xml'])
run(p3, ['-a'])
run(p3, ['--json', '--xml'])

# subcommands
p4 = argparse.ArgumentParser(prog='git')
p4.add_argument('--git-dir')
sub = p4.add_subparsers(dest='cmd', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = sub.add_parser('push', aliases=['p'], help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
sub.add_parser('status')
print(p4.format_help())
print(c.format_help())
run(p4, ['commit', '-m', 'msg'])
run(p4, ['--git-dir', 'd', 'p', 'upstream'])
run(p4, ['status'])
run(p4, [])
run(p4, ['frob'])
run(p4, ['commit'])
run(p4, ['push', 'a', 'b'])

p5 = argparse.ArgumentParser(prog='tool')
s5 = p5.add_subparsers(title='commands', description='valid commands', dest='command', required=True)
a5 = s5.add_parser('add')
a5.add_argument('x', type=int)
a5.set_defaults(func='adder')
print(p5.format_help())
run(p5, ['add', '5'])
run(p5, [])
run(p5, ['add', 'five'])

# nargs variants, remainder
p6 = argparse.ArgumentParser(prog='p6')
p6.add_argument('first', nargs=2)
p6.add_argument('rest', nargs='+')
p6.add_argument('--cmd', nargs=argparse.REMAINDER)
print(p6.format_usage())
run(p6, ['1', '2', '3'])
run(p6, ['1', '2', '3', '4', '--cmd', 'ls', '-l'])
run(p6, ['1'])
run(p6, ['1', '2'])
p7 = argparse.ArgumentParser(prog='p7')
p7.add_argument('prog')
p7.add_argument('args', nargs=argparse.REMAINDER)
run(p7, ['x', '-a', 'b'])

# negative numbers, prefix chars, set_defaults, get_default
p8 = argparse.ArgumentParser(prog='p8', prefix_chars='-+')
p8.add_argument('x', type=int)
p8.add_argument('+f', action='store_true')
p8.set_defaults(extra=1)
run(p8, ['-5', '+f'])
print(p8.get_default('extra'), p8.get_default('x'))
print(p8.format_help())

# long usage wrapping
p9 = argparse.ArgumentParser(prog='a_program_with_a_long_name')
for i in range(8):
    p9.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
p9.add_argument('input_file')
p9.add_argument('output_files', nargs='+')
print(p9.format_usage())
p10 = argparse.ArgumentParser(prog='x' * 70)
p10.add_argument('--alpha')
p10.add_argument('--beta')
p10.add_argument('pos')
print(p10.format_usage())

# raw formatters, usage override, no help, suppress
p11 = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                              description='line one\n  indented line two\n', add_help=False,
                              usage='%(prog)s [options]')
p11.add_argument('--x', help='first\nsecond')
p11.add_argument('--hidden', help=argparse.SUPPRESS)
print(p11.format_help())
print(repr(argparse.Namespace(a=1, b='x')), argparse.Namespace() == argparse.Namespace())
act = p11.add_argument('--y', type=int, default=5)
print(act)

# errors in definitions
for args, kw in [(('--z',), {'action': 'store', 'nargs': 0}),
                 (('bad',), {'required': True}),
                 (('-x', '--x'), {}),
                 (('x',), {'dest': 'y'}),
                 (('--w',), {'action': 'nope'})]:
    try:
        p11.add_argument(*args, **kw)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)

# exit_on_error=False and custom types
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v

p12 = argparse.ArgumentParser(prog='p12', exit_on_error=False)
p12.add_argument('--n', type=even)
try:
    p12.parse_args(['--n', '3'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
print(p12.parse_args(['--n', '4']))
