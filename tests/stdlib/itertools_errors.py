import itertools as it
f = None
tests = ['it.count("a")', 'it.cycle(1)', 'it.repeat(1, "a")', 'list(it.repeat(1, -2))', 'it.accumulate(1)', 'it.compress(1, [])', 'it.compress([], 1)',
         'it.dropwhile(None, 1)', 'it.filterfalse(None, 1)', 'it.islice("a", -1)', 'it.islice("a", -1, 2)', 'it.islice("a", 0, 2, 0)', 'it.islice("a", "x")',
         'it.islice("a")', 'it.islice(1, 2)', 'it.pairwise(1)', 'it.starmap(f, 1)', 'it.takewhile(f, 1)', 'it.tee("a", -1)', 'it.tee(1)', 'it.zip_longest("a", 1)',
         'it.product(1)', 'it.product("a", repeat=-1)', 'it.permutations(1)', 'it.permutations("a", -1)', 'it.permutations("a", 1.5)', 'it.combinations("a", -1)',
         'it.combinations("a")', 'it.combinations_with_replacement("a", -1)', 'it.groupby(1)', 'list(it.chain(1))',
         'list(it.islice("abc", None, None, None))', 'list(it.accumulate([1], initial=None))', 'list(it.islice("abcdef", 2, None))', 'list(it.islice("abcdef", None))']
for t in tests:
    try: r = eval(t); print(t, '->', r if isinstance(r, list) else 'ok')
    except Exception as e: print(t, '->', type(e).__name__, e)
