import sys, atexit
atexit.register(lambda: print('atexit ran'))
print('main')
raise SystemExit(2)
