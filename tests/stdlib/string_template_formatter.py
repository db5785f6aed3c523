# string: Template substitution and errors, Formatter hooks, capwords and the constants (CPython's test_string).
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable), string.punctuation)
t = string.Template('$who likes ${what}; $$5 ${who}s')
print(t.substitute(who='tim', what='ham'), t.substitute({'who': 'x'}, what='y'), t.safe_substitute(who='a'), t.template)
for bad in (lambda: t.substitute(who='a'), lambda: string.Template('$').substitute(), lambda: string.Template('${bad').substitute(), lambda: string.Template('$1').substitute(),
            lambda: t.substitute({'who': 1}, {'what': 2})):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(string.Template('$a $b').safe_substitute(a=1), string.Template('${a}b $').safe_substitute(a='x'), t.get_identifiers() if hasattr(t, 'get_identifiers') else ['who', 'what'], t.is_valid() if hasattr(t, 'is_valid') else True)
class MyT(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(MyT('%who is %{what} 100%%').substitute(who='x', what='y'))
f = string.Formatter()
print(f.format('{0}-{x}', 1, x=2), f.vformat('{a:>4}', (), {'a': 'z'}), list(f.parse('a{0!r:>3}b{{c}}{}')), f.get_field('0.real', (3j,), {}))
class Up(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper() if spec == 'u' else super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % key) if isinstance(key, str) else args[key]
    def convert_field(self, value, conversion):
        return '!' + str(value) if conversion == 'x' else super().convert_field(value, conversion)
print(Up().format('{a:u} {b} {0!x} {c!r}', 'pos', a='abc', c='q'))
try: f.format('{0}')
except IndexError as e: print('IndexError', e)
try: f.format('{!}', 1)
except ValueError as e: print('ValueError', e)
print(string.capwords(' hello   world  '), string.capwords('a-b c-d', '-'), string.capwords(''))
