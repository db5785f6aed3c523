# Formatter factories, help % expansions, type callables and their errors, other prefix characters, negative-number-like options.
import argparse, sys
sys.stderr = sys.stdout
def run(p, a):
    try: print(p.parse_args(a))
    except SystemExit as e: print('exit', e.code)
p = argparse.ArgumentParser(prog='fc', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100))
p.add_argument('--ratio', type=lambda s: float(s) / 100, default=0.5, help='percent, 100%% max; default %(default)s dest %(dest)s type %(type)s')
p.add_argument('--opt', nargs='?', const='c', metavar='M', help='const %(const)s metavar %(metavar)s prog %(prog)s nargs %(nargs)s required %(required)s')
p.add_argument('--opt-with-a-long-name-to-shift-the-column', help='x ' * 40)
p.add_argument('n', type=int, nargs='?', default='7', help='str default converted')
print(p.format_help())
run(p, ['--ratio', 'x'])
run(p, [])
run(p, ['--ratio', '50', '3'])
def positive(s):
    v = int(s)
    if v <= 0:
        raise ValueError('nope')
    return v
p2 = argparse.ArgumentParser(prog='p2')
p2.add_argument('v', type=positive)
p2.add_argument('--choice', type=int, choices=[1, 2])
run(p2, ['-3'])
run(p2, ['0'])
run(p2, ['1', '--choice', '3'])
run(p2, ['1', '--choice', 'x'])
p3 = argparse.ArgumentParser(prog='p3', prefix_chars='+/')
p3.add_argument('+v', '++verbose', action='store_true')
p3.add_argument('/x')
print(p3.format_help())
run(p3, ['+v', '/x', '1'])
run(p3, ['-v'])
p4 = argparse.ArgumentParser(prog='p4')
p4.add_argument('-1', dest='one', action='store_true')
p4.add_argument('x', nargs='?')
run(p4, ['-1'])
run(p4, ['-2'])
print(p4.format_help())
