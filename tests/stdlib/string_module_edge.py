import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords('hello   world  foo'), string.capwords('a-b c-d', '-'), string.ascii_lowercase[:3], string.ascii_uppercase[-3:])
tpl = string.Template('$who likes ${what}, $$ sign')
print(tpl.substitute(who='tim', what='kung pao'), tpl.safe_substitute(who='x'), tpl.template)
try:
    tpl.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
f = string.Formatter()
print(f.format('{0} {x}', 1, x=2), list(f.parse('a{0}b{1:>3}c')))
