# try/finally interplay with return, break, continue, yield and exceptions (MicroPython try_finally_*.py).
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('f2 finally', i)
print(f2())
def f3():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        print('f3 finally')
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    l = []
    try:
        return l
    finally:
        l.append('mutated in finally')
print(f5())
def f6():
    while True:
        try:
            break
        finally:
            print('f6 finally on break')
    return 'after'
print(f6())
def f7():
    for i in range(2):
        try:
            continue
        finally:
            print('f7 continue', i)
print(f7())
def f8():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f8())
def f9():
    try:
        raise KeyError('lost')
    finally:
        return 'finally wins'
print(f9())
def f10():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(f10())
def g1():
    try:
        yield 1
        yield 2
    finally:
        print('g1 cleanup')
print(list(g1()))
def f11():
    try:
        pass
    finally:
        try:
            raise TypeError('in finally')
        except TypeError as e:
            print('caught in finally', e)
    return 'ok'
print(f11())
def f12(n):
    try:
        if n:
            raise ValueError('v')
        return 'no error'
    except ValueError as e:
        return 'handled ' + str(e)
    else:
        return 'else'
    finally:
        print('f12 finally', n)
print(f12(0), f12(1))
def f13():
    try:
        return 1
    finally:
        try:
            return 2
        finally:
            print('nested finally')
print(f13())
def f14():
    count = 0
    while count < 5:
        count += 1
        try:
            if count % 2:
                continue
            if count == 4:
                break
        finally:
            print('f14', count)
    return count
print(f14())
import sys
def f15():
    try:
        raise IndexError('x')
    finally:
        print('exc_info in finally:', sys.exc_info()[0].__name__)
try:
    f15()
except IndexError:
    pass
def f16():
    try:
        try:
            raise ValueError('a')
        finally:
            print('cleanup a')
    except ValueError as e:
        return 'outer caught ' + str(e)
print(f16())
