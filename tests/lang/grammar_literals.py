# Literals as in CPython's test_grammar: numbers, strings, underscores.
print(0xff, 0o17, 0b1010, 0XFF, 0O17, 0B11)
print(1_000_000, 0x_ff, 0b_1_0, 0o_7_7, 1_0.5_0, 1e1_0, 1_0j)
print(0.0, 1., .5, 1e-3, 1E+3, 3.14e-10, 1e100, 1e-100)
print(0j, 1j, 1.5j, 1e3j, .5j)
print(type(1e3), type(1j), type(10**30))
for s in ['0_', '1__0', '0x_', '1_e5', '1e_5', '0b2', '0o8', '09', '1.0_', '0x1_', '1_.5']:
    try:
        eval(s)
        print(s, 'ok')
    except SyntaxError as e:
        print(s, 'SyntaxError')
print('a' 'b' "c" '''d''' """e""")
print(r'\n', R'\t', b'\x00\xff', rb'\n', Br'\d', BR'x')
print('\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}')
print(len('\
'), 'ab\
cd')
print("'", '"', '\'', "\"", '''a'b"c''', """x"y'z""")
print(u'unicode', U'x')
print(0 if 1 else 2, 1 if 0 else 2)
x = 9223372036854775807
print(x + 1, -x - 2, 2**63, 2**64 - 1)
print(0o0, 0x0, 0b0, 00, 0_0)
print(1if 1else 2)
print([1,2,][-1], (1,), (1,2,), {1:2,}, {3,})
print(...)
print(Ellipsis is ...)
print(type(...).__name__)
