# A small expression/statement interpreter: tokenizer, recursive-descent parser, evaluator.
import re

TOKEN = re.compile(r'\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(\*\*|==|!=|<=|>=|[-+*/%()<>=,;{}]))')

class Tok:
    __slots__ = ('kind', 'val')
    def __init__(self, kind, val):
        self.kind, self.val = kind, val
    def __repr__(self):
        return f'Tok({self.kind}, {self.val!r})'

def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f'bad char {src[pos]!r} at {pos}')
        num, name, op = m.groups()
        if num:
            out.append(Tok('num', float(num) if '.' in num else int(num)))
        elif name:
            out.append(Tok('kw' if name in ('let', 'print', 'if', 'else', 'while', 'def', 'return') else 'name', name))
        else:
            out.append(Tok('op', op))
        pos = m.end()
    out.append(Tok('eof', None))
    return out

class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, val):
        t = self.next()
        if t.val != val:
            raise SyntaxError(f'expected {val!r}, got {t.val!r}')
        return t
    def program(self):
        stmts = []
        while self.peek().kind != 'eof' and self.peek().val != '}':
            stmts.append(self.statement())
        return stmts
    def block(self):
        self.expect('{')
        body = self.program()
        self.expect('}')
        return body
    def statement(self):
        t = self.peek()
        if t.val == 'let':
            self.next()
            name = self.next().val
            self.expect('=')
            e = self.expr()
            self.expect(';')
            return ('let', name, e)
        if t.val == 'print':
            self.next()
            args = [self.expr()]
            while self.peek().val == ',':
                self.next()
                args.append(self.expr())
            self.expect(';')
            return ('print', args)
        if t.val == 'if':
            self.next()
            cond = self.expr()
            body = self.block()
            orelse = []
            if self.peek().val == 'else':
                self.next()
                orelse = self.block()
            return ('if', cond, body, orelse)
        if t.val == 'while':
            self.next()
            return ('while', self.expr(), self.block())
        if t.val == 'def':
            self.next()
            name = self.next().val
            self.expect('(')
            params = []
            while self.peek().val != ')':
                params.append(self.next().val)
                if self.peek().val == ',':
                    self.next()
            self.expect(')')
            return ('def', name, params, self.block())
        if t.val == 'return':
            self.next()
            e = self.expr()
            self.expect(';')
            return ('return', e)
        e = self.expr()
        self.expect(';')
        return ('expr', e)
    PREC = [('==', '!=', '<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%')]
    def expr(self, level=0):
        if level == len(self.PREC):
            return self.power()
        left = self.expr(level + 1)
        while self.peek().kind == 'op' and self.peek().val in self.PREC[level]:
            op = self.next().val
            left = ('bin', op, left, self.expr(level + 1))
        return left
    def power(self):
        base = self.unary()
        if self.peek().val == '**':
            self.next()
            return ('bin', '**', base, self.power())
        return base
    def unary(self):
        if self.peek().val == '-':
            self.next()
            return ('neg', self.unary())
        return self.atom()
    def atom(self):
        t = self.next()
        if t.kind == 'num':
            return ('num', t.val)
        if t.kind == 'name':
            if self.peek().val == '(':
                self.next()
                args = []
                while self.peek().val != ')':
                    args.append(self.expr())
                    if self.peek().val == ',':
                        self.next()
                self.expect(')')
                return ('call', t.val, args)
            return ('var', t.val)
        if t.val == '(':
            e = self.expr()
            self.expect(')')
            return e
        raise SyntaxError(f'unexpected {t!r}')

class Return(Exception):
    def __init__(self, value):
        self.value = value

OPS = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a / b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b,
    '==': lambda a, b: int(a == b), '!=': lambda a, b: int(a != b), '<': lambda a, b: int(a < b),
    '>': lambda a, b: int(a > b), '<=': lambda a, b: int(a <= b), '>=': lambda a, b: int(a >= b),
}

class Interp:
    def __init__(self):
        self.globals = {}
        self.funcs = {}
        self.output = []
    def run(self, src):
        for st in Parser(tokenize(src)).program():
            self.exec(st, self.globals)
    def exec(self, st, env):
        kind = st[0]
        if kind == 'let':
            env[st[1]] = self.eval(st[2], env)
        elif kind == 'print':
            print(*[self.eval(a, env) for a in st[1]])
        elif kind == 'if':
            for s in (st[2] if self.eval(st[1], env) else st[3]):
                self.exec(s, env)
        elif kind == 'while':
            while self.eval(st[1], env):
                for s in st[2]:
                    self.exec(s, env)
        elif kind == 'def':
            self.funcs[st[1]] = (st[2], st[3])
        elif kind == 'return':
            raise Return(self.eval(st[1], env))
        else:
            self.eval(st[1], env)
    def eval(self, e, env):
        kind = e[0]
        if kind == 'num':
            return e[1]
        if kind == 'var':
            if e[1] in env:
                return env[e[1]]
            if e[1] in self.globals:
                return self.globals[e[1]]
            raise NameError(f'undefined variable {e[1]}')
        if kind == 'neg':
            return -self.eval(e[1], env)
        if kind == 'bin':
            return OPS[e[1]](self.eval(e[2], env), self.eval(e[3], env))
        if kind == 'call':
            params, body = self.funcs[e[1]]
            local = dict(zip(params, [self.eval(a, env) for a in e[2]]))
            try:
                for s in body:
                    self.exec(s, local)
            except Return as r:
                return r.value
            return 0
        raise ValueError(kind)

prog = '''
let x = 2 ** 3 ** 2;
print x, -x + 1, (1 + 2) * 3 % 4;
def fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
def fact(n) { let r = 1; while n > 1 { let r = r * n; let n = n - 1; } return r; }
print fib(15), fact(20), fact(25);
let i = 0;
let acc = 0;
while i < 10 { let acc = acc + i * i; let i = i + 1; }
print acc, acc / 7, 7.5 * 2;
if acc == 285 { print 1; } else { print 0; }
'''
it = Interp()
it.run(prog)
for bad in ['print y;', 'let = 3;', 'print 1 $ 2;', 'print (1;', 'print 1 / 0;']:
    try:
        Interp().run(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
print(tokenize('a<=b')[:3])
