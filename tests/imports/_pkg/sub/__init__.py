print("init _pkg.sub", __name__, __package__)
