# A small matrix/vector library with operator overloading, fractions and error handling.
from fractions import Fraction

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('ragged or empty matrix')
        self.rows = rows
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return 'Matrix(%r)' % (self.rows,)
    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return '\n'.join('[' + ' '.join(c.rjust(w) for c in r) + ']' for r in cells)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __add__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.shape != o.shape:
            raise ValueError(f'shape mismatch {self.shape} vs {o.shape}')
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __neg__(self):
        return self * -1
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError('cannot multiply %dx%d by %dx%d' % (n, m, m2, p))
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, e):
        r = Matrix.identity(self.shape[0])
        b = self
        while e:
            if e & 1:
                r = r @ b
            b = b @ b
            e >>= 1
        return r
    def transpose(self):
        return Matrix(zip(*self.rows))
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError('not square')
        a = [[Fraction(x) for x in r] for r in self.rows]
        d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d
    def inverse(self):
        n = self.shape[0]
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                raise ZeroDivisionError('singular matrix')
            a[c], a[p] = a[p], a[c]
            pv = a[c][c]
            a[c] = [x / pv for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, A * 2, 3 * A, A @ B, -A, sep='\n---\n')
print(repr(A.transpose()), A.shape, A[1, 0], A == Matrix([[1, 2], [3, 4]]), A != B)
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix.identity(3).det())
inv = A.inverse()
print(inv, inv @ A == Matrix.identity(2), sep='\n')
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1], (F ** 90)[0, 1])
for bad in [lambda: A + Matrix([[1]]), lambda: A @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: A + 1, lambda: Matrix([[1, 2]]).det()]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
M = Matrix([[Fraction(1, 2), 2], [3, Fraction(-1, 3)]])
print(M, M.det(), M @ M, sep='\n')
M[0, 0] = 10
print(M[0, 0], M.rows[0])
