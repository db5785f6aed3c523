# Helper for the io/os tests: a scratch directory under the current
# directory, named for the test and the process, removed at the end.
import os


def make(name):
    d = "_tmp_%s_%d" % (name, os.getpid())
    os.mkdir(d)
    return d


def rmtree(d):
    for entry in os.listdir(d):
        p = d + "/" + entry
        if os.path.isdir(p) and not os.path.islink(p):
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(d)


def show(f):
    # Print a call's result, or its exception's type and message.
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
