import shlex

for s in ['a b c', '  leading and trailing  ', 'echo "hello world" \'single q\'',
          r'a\ b c\\d "x\"y" \'no\\esc\'', 'cmd --opt="a b" # comment here',
          'mixed"quo"ted\'parts\'', '""', "''", 'a "" b', r'"\$HOME \\ \a"',
          'tab\tsep\nnewline', 'x=1 y=$Z; ls | grep -v foo && echo ok', 'ünïcödé wörds']:
    print(repr(s), shlex.split(s))
print(shlex.split('a # b', comments=True), shlex.split('a#b c', comments=True))
print(shlex.split('"a b" c', posix=False), shlex.split("it's", posix=False) if False else '')
for bad in ['"unterminated', "it's", 'end\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
for s in ['', 'simple', 'with space', "it's", 'a"b', '$var', 'a;b', 'safe-chars_@%+=:,./', 'tab\t', 'ü']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
print(shlex.split(shlex.join(['a b', 'c"d', "e'f", ''])))

lex = shlex.shlex('a = b + "c d" ; x(y) # comment\nnext line')
print(list(lex))
lex = shlex.shlex('a = b + "c d"; x', posix=True)
print(list(lex))
lex = shlex.shlex('a && b || (c; d) > out', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('~/x.txt --opt=v|wc', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('one two\nthree')
print(lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
lex.push_token('back')
print(lex.get_token())
lex = shlex.shlex('w1 w2', posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex('a:b:c')
lex.whitespace = ':'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('x y', infile='f.txt')
print(lex.error_leader(), lex.wordchars[:10], lex.quotes, lex.escape, lex.commenters)
