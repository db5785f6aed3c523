"""Ctrl-C handling of the runner (-c/--catch): accepted; a
KeyboardInterrupt stops the run as without it."""

__unittest = True


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None


def registerResult(result):
    pass


def removeResult(result):
    return True
