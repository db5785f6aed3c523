# An RPN calculator on a Stack class and a recursive-descent parser over a regex tokenizer (nonlocal state).
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __iter__(self): return reversed(self._items)
    def __repr__(self): return f'Stack({self._items})'
def rpn(expr):
    s = Stack()
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b, '^': pow}
    for tok in expr.split():
        if tok in ops:
            b, a = s.pop(), s.pop()
            s.push(ops[tok](a, b))
        else:
            s.push(float(tok) if '.' in tok else int(tok))
    if len(s) != 1:
        raise ValueError(f'malformed expression, stack: {s!r}')
    return s.pop()
for e in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 3 ^ 1.5 *', '1 0 /', '1 +', '1 2', '7 2 /']:
    try:
        print(e, '=', rpn(e))
    except (ZeroDivisionError, IndexError, ValueError) as ex:
        print(e, '->', type(ex).__name__, ex)
def tokenize(src):
    import re
    for m in re.finditer(r'\s*(?:(?P<num>\d+)|(?P<op>[-+*/()]))', src):
        kind = m.lastgroup
        yield kind, m.group(kind)
def parse(tokens):
    tokens = list(tokens) + [('end', None)]
    pos = 0
    def peek(): return tokens[pos]
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek()[1] in ('+', '-'):
            op = take()[1]
            v = v + term() if op == '+' else v - term()
        return v
    def term():
        v = factor()
        while peek()[1] in ('*', '/'):
            op = take()[1]
            v = v * factor() if op == '*' else v // factor()
        return v
    def factor():
        kind, val = take()
        if val == '(':
            v = expr()
            take()
            return v
        if val == '-':
            return -factor()
        return int(val)
    return expr()
for s in ['1 + 2 * 3', '(1 + 2) * 3', '-4 * (2 - 5)', '100 / 7 / 2', '2 * (3 + (4 - 1)) * 2']:
    print(s, '=', parse(tokenize(s)), eval(s.replace('/', '//')))
