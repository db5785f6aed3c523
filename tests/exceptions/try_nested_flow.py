def f(n):
    out = []
    try:
        out.append('t1')
        try:
            out.append('t2')
            if n == 1: raise ValueError
            if n == 2: raise KeyError
            if n == 3: return out + ['ret']
        except ValueError:
            out.append('ve')
            if n == 1: raise TypeError
        else:
            out.append('else2')
        finally:
            out.append('f2')
    except TypeError:
        out.append('te')
    except KeyError:
        out.append('ke')
    else:
        out.append('else1')
    finally:
        out.append('f1')
    return out
for n in range(4):
    print(n, f(n))
def g():
    for i in range(3):
        try:
            try:
                if i == 1: continue
                if i == 2: break
            finally:
                print('inner', i)
        finally:
            print('outer', i)
    return 'g done'
print(g())
def h():
    try:
        raise ValueError('a')
    except ValueError as e:
        try:
            raise TypeError('b') from e
        except TypeError as e2:
            return repr(e2.__cause__), repr(e2.__context__), e2.__context__ is e
print(h())
