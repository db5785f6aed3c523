import traceback, sys
try:
    1 / 0
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    print(traceback.format_exception_only(sys.exc_info()[1]))
    traceback.print_exc(file=sys.stdout) if False else None
print(''.join(traceback.format_exception(ValueError('x'))).strip().splitlines()[-1])
