# parse_args on sys.argv (no arguments): prog is the script's name, the
# required positional is missing, so the program exits with status 2.
import argparse
p = argparse.ArgumentParser(description='exits with status 2')
p.add_argument('--flag', action='store_true')
print(p.prog)
print(p.format_help())
print(p.parse_args([]) if False else 'parsing sys.argv')
p.add_argument('needed')
p.parse_args()
print('not reached')
