import argparse
import os
import sys

sys.stderr = sys.stdout


def run(parser, args, intermixed=False):
    try:
        if intermixed:
            print(parser.parse_intermixed_args(args))
        else:
            print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


# short option clusters and attached values
p = argparse.ArgumentParser(prog='cl')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c', type=int)
p.add_argument('--count', '-n', type=int, default=0)
p.add_argument('--color', '--colour', dest='colour')
run(p, ['-ab'])
run(p, ['-abc5'])
run(p, ['-c=7', '-n3'])
run(p, ['-ax'])
run(p, ['--co', 'x'])
run(p, ['--col', 'red'])
run(p, ['--colour=blue'])
run(p, ['-a=1'])
run(p, ['-c', '-1'])
run(p, ['-c', '-x'])
print(p.format_help())

# parents and conflict resolution
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
pg = parent.add_argument_group('parent group')
pg.add_argument('--pg-opt')
child = argparse.ArgumentParser(prog='child', parents=[parent], conflict_handler='resolve')
child.add_argument('--shared', default='overridden', help='replaces the parent one')
child.add_argument('-h', '--hello', action='store_true', help='not help any more')
print(child.format_help())
run(child, ['--hello', '--pg-opt', 'v'])

# intermixed
pi = argparse.ArgumentParser(prog='mix')
pi.add_argument('--foo')
pi.add_argument('cmd')
pi.add_argument('rest', nargs='*', type=int)
run(pi, ['doit', '1', '--foo', 'bar', '2', '3'], intermixed=True)
run(pi, ['doit', '1', '--foo', 'bar', '2', '3'])

# fromfile prefix
import tempfile
d = tempfile.mkdtemp()
fn = os.path.join(d, 'args.txt')
with open(fn, 'w') as f:
    f.write('--foo\nfromfile\ncmd\n')
pf = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
pf.add_argument('--foo')
pf.add_argument('pos')
run(pf, ['@' + fn])
os.remove(fn)
os.rmdir(d)

# choices of ints, nargs with choices, metavar tuples, help with %(prog)s
pc = argparse.ArgumentParser(prog='ch', description='%(prog)s does things')
pc.add_argument('level', type=int, choices=range(1, 4), help='a level in %(choices)s')
pc.add_argument('moves', nargs='*', choices=['rock', 'paper'], default=['rock'])
pc.add_argument('--point', nargs=2, type=float, metavar=('X', 'Y'), help='coordinates')
pc.add_argument('--many', nargs=3)
pc.add_argument('--star', nargs='*', metavar='S')
pc.add_argument('--plus', nargs='+', metavar=('P', 'Q'))
print(pc.format_help())
run(pc, ['2'])
run(pc, ['5'])
run(pc, ['1', 'rock', 'paper', '--point', '1', '2.5'])
run(pc, ['1', 'scissors'])
run(pc, ['1', '--many', 'a', 'b'])
run(pc, ['1', '--star'])

# subparsers: help of the sub-command listing, aliases, metavar
ps = argparse.ArgumentParser(prog='vcs', description='Version control.')
sp = ps.add_subparsers(title='commands', dest='command', metavar='COMMAND', help='what to do')
clone = sp.add_parser('clone', help='copy a repository', description='Clone a repository into a new directory.')
clone.add_argument('url')
clone.add_argument('--depth', type=int)
sp.add_parser('checkout', aliases=['co'], help='switch branches')
sp.add_parser('hidden')
print(ps.format_help())
print(clone.format_help())
run(ps, ['clone', 'http://x', '--depth', '1'])
run(ps, ['co'])
run(ps, ['clone'])
run(ps, ['clone', 'u', '--bad'])
run(ps, ['-h'])
run(ps, ['clone', '-h'])
ns, rest = ps.parse_known_args(['clone', 'u', '--other'])
print(ns, rest)

# COLUMNS narrows the help
os.environ['COLUMNS'] = '50'
pw = argparse.ArgumentParser(prog='narrow', description='This description is long enough to wrap several times at fifty columns.')
pw.add_argument('--alpha', help='the alpha option, with a rather long help text that wraps')
pw.add_argument('--beta-option-long', metavar='BETA_VALUE', help='beta')
pw.add_argument('files', nargs='+', help='input files')
print(pw.format_help())
os.environ['COLUMNS'] = '200'
print(pw.format_help())
del os.environ['COLUMNS']

# MetavarTypeHelpFormatter and RawDescriptionHelpFormatter
pm = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
pm.add_argument('--n', type=int)
pm.add_argument('x', type=float)
print(pm.format_help())
pr = argparse.ArgumentParser(prog='rd', formatter_class=argparse.RawDescriptionHelpFormatter,
                             description='  keep\n    this layout\n', epilog='epilog\n  also kept')
pr.add_argument('--long', help='but this help   is\n  refilled')
print(pr.format_help())

# usage with groups and suppressed arguments
pu = argparse.ArgumentParser(prog='grp')
mg = pu.add_mutually_exclusive_group(required=True)
mg.add_argument('--one', action='store_true')
mg.add_argument('--two', metavar='T')
mg.add_argument('--three', help=argparse.SUPPRESS)
pu.add_argument('--secret', help=argparse.SUPPRESS)
pu.add_argument('pos', nargs='?')
print(pu.format_usage(), end='')
print(pu.format_help())
run(pu, [])
run(pu, ['--one', '--two', 'x'])

# version from parser, print_usage, error(), exit()
pv = argparse.ArgumentParser(prog='ver')
pv.add_argument('-V', action='version', version='ver 2.0')
run(pv, ['-V'])
pv.print_usage()
try:
    pv.error('custom problem')
except SystemExit as e:
    print('exit', e.code)
try:
    pv.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code)

# allow_abbrev=False, add_help=False, prefix '+', defaults
pa = argparse.ArgumentParser(prog='ab', allow_abbrev=False, argument_default=argparse.SUPPRESS)
pa.add_argument('--verbose', action='store_true')
pa.add_argument('--value')
run(pa, ['--verb'])
run(pa, [])
run(pa, ['--value', 'v'])
