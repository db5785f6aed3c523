# warnings: warn, filters, catch_warnings(record=True), simplefilter actions, categories, showwarning formatting.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(UserWarning('instance'))
    warnings.warn('rt', RuntimeWarning, stacklevel=2)
    print([(x.category.__name__, str(x.message)) for x in w], w[0].lineno > 0, w[0].filename.endswith('.py'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3): warnings.warn('same')
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try: warnings.warn('boom', FutureWarning)
    except FutureWarning as e: print('raised', type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.filterwarnings('error', category=ImportWarning)
    warnings.warn('skip me'); warnings.warn('keep me')
    try: warnings.warn('imp', ImportWarning)
    except ImportWarning: print('ImportWarning raised')
    print([str(x.message) for x in w])
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), [c.__name__ for c in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning)])
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10), end='')
print(warnings.formatwarning('msg', DeprecationWarning, 'f.py', 3, line='  code()'), end='')
for bad in (lambda: warnings.warn('x', category=int), lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('always', category=5)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
