def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(list[int].__origin__, list[int].__args__, list[int] == list[int], list[int] == list[str], list[int]([1, 2]))
print(int | str, int | None, None | int, int | str | int, (int | str) == (str | int), (int | str).__args__, int | int)
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, int | str))
t(lambda: isinstance([], list[int]))
t(lambda: int | 5)
t(lambda: int | 'str')
import types
print(types.GenericAlias, types.UnionType, type(int | str) is types.UnionType)
class A: pass
print(list[A], A | None, dict[str, A | None])
def f(x: list[int] | None = None) -> dict[str, int]: return {}
print(f.__annotations__)
class MyList(list[int]): pass
print(MyList.__mro__, MyList([1]))
print(hash(list[int]) == hash(list[int]), {int | str: 1}[str | int])
