# The builtins taking exactly one argument say so in words.
for f in (len, abs, ord, chr, hash, id, callable, repr, ascii):
    for args in ((), (1, 2)):
        try:
            f(*args)
        except TypeError as e:
            print(e)
