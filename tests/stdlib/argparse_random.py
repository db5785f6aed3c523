# Random command lines against parsers using most argparse features (seeded: python3 draws the same).
import argparse, random, sys, io
random.seed(11)

def build(k):
    p = argparse.ArgumentParser(prog='fz', exit_on_error=(k % 2 == 0))
    p.add_argument('-a', action='store_true')
    p.add_argument('-b', type=int)
    p.add_argument('--long', '-l', nargs='?', const='C')
    p.add_argument('--multi', nargs='+')
    p.add_argument('--two', nargs=2)
    p.add_argument('--app', action='append', choices=['x', 'y'])
    p.add_argument('-c', action='count')
    p.add_argument('--bool', action=argparse.BooleanOptionalAction)
    g = p.add_mutually_exclusive_group()
    g.add_argument('--m1', action='store_true')
    g.add_argument('--m2')
    if k % 3 == 0:
        p.add_argument('pos')
        p.add_argument('opt', nargs='?')
        p.add_argument('rest', nargs='*')
    elif k % 3 == 1:
        p.add_argument('pos', nargs=2)
        p.add_argument('more', nargs='+', type=int)
    else:
        s = p.add_subparsers(dest='cmd')
        s1 = s.add_parser('go')
        s1.add_argument('target')
        s1.add_argument('-f', action='store_true')
        s2 = s.add_parser('stop', aliases=['st'])
        s2.add_argument('--now', action='store_true')
    return p

toks = ['-a', '-b', '5', 'x', '-1', '--long', '--lo', '--long=v', '-l', '--multi', '--two', '--app', 'y', '-c', '-cc', '-ac', '--bool', '--no-bool', '--m1', '--m2', '--', 'go', 'stop', 'st', '--now', '-f', 'tgt', '7', '-ab3', '--bo', '--m', '-', '--unknown', '-z', 'x=y', '--app=z', '-b=2', '-bx']
for n in range(300):
    k = n % 6
    p = build(k)
    args = [random.choice(toks) for _ in range(random.randint(0, 7))]
    out = io.StringIO()
    sys.stderr = out
    try:
        r = p.parse_known_args(args) if n % 5 == 0 else p.parse_args(args)
    except SystemExit as e:
        r = 'exit %s' % e.code
    except argparse.ArgumentError as e:
        r = 'AE %s' % e
    sys.stderr = sys.__stderr__
    print(n, args, r, out.getvalue().replace('\n', '|'))
p = build(0); print(p.format_help()); p = build(1); print(p.format_help()); p = build(2); print(p.format_help())
