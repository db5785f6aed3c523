import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python is a well-known, "
        "general-purpose programming language -- it's easy to read. "
        "Supercalifragilisticexpialidocious words-with-many-hyphens break here.\tTabs\tand\nnewlines too.")
for w in (10, 15, 20, 33, 50, 79):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 20, drop_whitespace=False))
print(textwrap.wrap(text, 25, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
print(textwrap.wrap("Hello there. How are you? Fine!  ok", 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder='...'))
print(textwrap.fill("", 10), textwrap.wrap("   ", 10))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.shorten(text, 40)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("abc def ghi", 3)
except ValueError as e:
    print(e)
print(textwrap.wrap("x---y a--b well--known", 5))
print(textwrap.wrap("-----", 3), textwrap.wrap("a-b-c-d-e-f", 4), textwrap.wrap("ab-cd-ef-gh", 6))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      
    x
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t a\n\t b\n  \n")))
print(repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=20, initial_indent="-> ")
print(w.wrap("one two three four five six seven eight nine ten"))
w.width = 12
print(w.fill("one two three four five six seven"))
import re


class CommaWrapper(textwrap.TextWrapper):
    wordsep_re = re.compile(r'(\s+|,)')


print(CommaWrapper(width=8).wrap("alpha,beta,gamma delta,epsilon"))
print(textwrap.TextWrapper.wordsep_simple_re.split("a  b\tc"))
