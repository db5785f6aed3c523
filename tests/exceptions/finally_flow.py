def f1():
    try:
        return 'try'
    finally:
        print('finally 1')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('fin', i)
    return 'done'
print(f3())
def f4():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f4())
def f5():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            if x == 3:
                print('fin at', x)
print(f5())
def f6():
    try:
        try:
            raise KeyError('a')
        finally:
            print('inner finally')
    except KeyError as e:
        print('caught', e)
    else:
        print('no else')
    finally:
        print('outer finally')
f6()
def f7():
    try:
        pass
    except:
        print('no')
    else:
        print('else runs')
        return 'from else'
    finally:
        print('fin7')
print(f7())
def f8():
    for i in range(2):
        try:
            try:
                raise ValueError(i)
            finally:
                if i == 0:
                    continue
        except ValueError as e:
            print('caught', e)
f8()
def f9():
    try:
        1/0
    except ZeroDivisionError:
        try:
            raise KeyError
        except KeyError:
            pass
        import sys
        print(sys.exc_info()[0].__name__)
    import sys
    print(sys.exc_info())
f9()
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen():
    print(v)
    break
print('after break')
g = gen(); next(g); del g
print('after del')
def f10():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        finally:
            print('nested finally')
try:
    f10()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def f11():
    l = []
    for i in range(3):
        try:
            l.append(i)
        finally:
            l.append('f')
    return l
print(f11())
x = 0
try:
    x = 1
except:
    x = 2
else:
    x = 3
finally:
    x *= 10
print(x)
