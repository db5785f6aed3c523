print(sorted(dir())); print(__package__, __spec__, __doc__, __file__ is not None, repr(__loader__)[:30] if False else "")
