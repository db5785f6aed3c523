print({1, 2, 3, 4, 5, 100})
print({10, 20, 30, 40, 50})
print({'apple', 'banana', 'cherry', 'date', 'elderberry'})
x = 5
print({1, 2, 3, 4, x, 100})
print({i for i in [1, 2, 3, 4, 5, 100]})
print(set([1, 2, 3, 4, 5, 100]))
print(frozenset({10, 20, 30, 40, 50, 60}))
