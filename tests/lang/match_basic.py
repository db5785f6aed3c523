def f(x):
    match x:
        case 1 | 2:
            return "small"
        case [a, b]:
            return f"pair {a} {b}"
        case {"k": v}:
            return f"map {v}"
        case str() as s:
            return "str " + s
        case _:
            return "other"
for v in [1, 2, [3,4], {"k": 9}, "hi", 3.5]:
    print(f(v))
