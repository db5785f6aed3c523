# Builtin special methods print as slot wrappers, except the one-argument methods (dict.__getitem__).
print(str.__add__)
print(list.append)
print(int.__add__, object.__init__, object.__eq__, dict.__getitem__, list.__len__)
print(str.__dict__["__add__"], set.__contains__, list.__getitem__)
