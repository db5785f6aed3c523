# Random texts and TextWrapper options (seeded). Indents stay shorter than the width: CPython loops forever otherwise.
import textwrap, random
random.seed(7)
atoms = ['a', 'bb', 'word', 'long-winded', 'x--y', '--', '-', 'well-known-thing', 'Mr.', 'end.', 'yes!', ' ', '  ', '\t', '\n', 'supercalifragilistic', 'e-mail', '3-4', 'a-b', '"q"', "it's", 'ü-ö', '---', 'ab--', '-ab']
for n in range(400):
    text = ''.join(random.choice(atoms) + random.choice(['', ' ', ' ', '-']) for _ in range(random.randint(0, 25)))
    w = random.randint(1, 30)
    kw = {}
    if random.random() < 0.3: kw['break_long_words'] = False
    if random.random() < 0.3: kw['break_on_hyphens'] = False
    if random.random() < 0.2: kw['drop_whitespace'] = False
    if random.random() < 0.2: kw['fix_sentence_endings'] = True
    if random.random() < 0.2: kw['max_lines'] = random.randint(1, 3); kw['placeholder'] = random.choice([' [...]', '...', '~'])
    if random.random() < 0.2: kw['initial_indent'] = '> ' if w > 3 else ''; kw['subsequent_indent'] = random.choice(['', '    ']) if w > 6 else ''
    try:
        r = textwrap.wrap(text, w, **kw)
    except ValueError as e:
        r = 'VE %s' % e
    print(n, r)
    print(repr(textwrap.dedent(text)), repr(textwrap.indent(text, '# ')))
