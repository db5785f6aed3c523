# helper: evaluate expressions and print repr or the exception
def show(exprs, g=None):
    if g is None:
        g = {}
    for e in exprs:
        try:
            r = repr(eval(e, g))
        except Exception as ex:
            r = type(ex).__name__ + ': ' + str(ex)
        print(e, '->', r)
