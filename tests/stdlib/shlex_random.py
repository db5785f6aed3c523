# Random shell-like strings through every shlex mode (seeded).
import shlex, random
random.seed(3)
atoms = ['a', 'b c', '"', "'", '\\', ' ', '\t', '\n', '#', 'x=y', ';', '|', '&&', '(', ')', '>', '<', 'ü', '$v', '*', '.', '-', '~', '?', '!', '"q q"', "'s s'", '\\"', "\\'", '\\\\']
for n in range(200):
    text = ''.join(random.choice(atoms) for _ in range(random.randint(0, 12)))
    res = []
    for posix in (True, False):
        for pc in (False, True, ';|'):
            for ws in (False, True):
                lx = shlex.shlex(text, posix=posix, punctuation_chars=pc)
                lx.whitespace_split = ws
                try:
                    res.append(list(lx))
                except ValueError as e:
                    res.append('VE %s' % e)
    try:
        res.append(shlex.split(text, comments=n % 2 == 0))
    except ValueError as e:
        res.append('VE %s' % e)
    res.append(shlex.quote(text))
    print(n, repr(text), res)
