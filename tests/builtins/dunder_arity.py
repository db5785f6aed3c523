# Explicit calls of builtin special methods with the wrong number of arguments: CPython's slot-wrapper and one-argument-method messages.
tests = [
    lambda: [].__getitem__(),
    lambda: [1].__getitem__(0, 1),
    lambda: {}.__setitem__(1),
    lambda: (1).__add__(),
    lambda: "a".__contains__(),
    lambda: [].__len__(1),
    lambda: {}.__getitem__(),
    lambda: (1,).__getitem__(),
    lambda: "ab".__getitem__(),
    lambda: b"ab".__getitem__(),
    lambda: [].__setitem__(0),
    lambda: [].__delitem__(),
    lambda: set().__contains__(),
    lambda: (1.0).__mul__(),
    lambda: [].__iter__(1),
    lambda: object().__eq__(),
]
for f in tests:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
