# shlex: split (posix and not, comments), quote, join, the shlex class (wordchars, punctuation_chars, push_token, errors)
import shlex
cases = ['a b  c', 'a "b c" d', "a 'b c' d", r'a\ b c', r'"a\"b" c', r"'a\'b'", r'"a\\b"', r'"a\nb"', 'x""y', "''", '"" a',
         'a#b c', 'a # comment\nb', 'ab"cd"ef', "it's", 'a=b;c|d', '"unicode ß" é', r'a\\', 'tab\tsep\nnl', '   ', '',
         'foo="bar baz" qux', r'\"quoted\"', '"a" "b"c', "a'b'c\"d\"", 'a(b)c', '~/x.py -v', 'ls -la | grep x > out &']
for s in cases:
    for kw in [{}, {"posix": False}, {"comments": True}, {"comments": True, "posix": False}]:
        try: print(repr(s), kw, shlex.split(s, **kw))
        except ValueError as e: print(repr(s), kw, "ValueError:", e)
for s in ['"open', "'open", "a\\", '"a\\', "x 'y"]:
    for posix in (True, False):
        try: print(shlex.split(s, posix=posix))
        except ValueError as e: print(repr(s), posix, "ValueError:", e)
for s in ["", "abc", "a b", "it's", "$HOME", "a'b\"c", "é", "-x", "a=b", "x@y%z+1:2,3./-", "tab\t", "*.py"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["ls", "-l", "my file", "it's"]), shlex.split(shlex.join(["a b", "c'd", ""])))
for text in ["a=b;c", "x && y || z", "echo (a) > b", "foo.bar-baz ~/q", "a\n#c\nb", "'q r' s"]:
    for pc in (False, True, "=;"):
        for posix in (False, True):
            lex = shlex.shlex(text, posix=posix, punctuation_chars=pc)
            print(repr(text), repr(pc), posix, list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.lineno); lex.push_token("pushed"); print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("a\nb\nc", posix=True); print(list(lex), lex.lineno, lex.eof, lex.error_leader("f", 3))
lex = shlex.shlex("a-b c.d", posix=True); lex.wordchars += "-."; print(list(lex))
lex = shlex.shlex("a,b,,c", posix=True); lex.whitespace = ","; lex.whitespace_split = True; print(list(lex))
lex = shlex.shlex("x y", posix=False); print(repr(lex.eof), lex.punctuation_chars == "", shlex.shlex("q", punctuation_chars=True).punctuation_chars)
