# graphlib: TopologicalSorter (static_order, parallel get_ready/done protocol), CycleError, errors
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(tuple(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
g = {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}
print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add("x")
print(list(ts.static_order()))
ts = TopologicalSorter(g)
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(sorted(ready))
    ts.done(*ready)
print(rounds, bool(ts), ts.get_ready())
for cyc in [{"a": ["b"], "b": ["a"]}, {1: [2], 2: [3], 3: [1], 0: [1]}, {"x": ["x"]}, {1: [2], 2: [3], 3: [4], 4: [2]}]:
    try:
        TopologicalSorter(cyc).prepare()
    except CycleError as e:
        print("CycleError", e.args, str(e), isinstance(e, ValueError))
ts = TopologicalSorter({"b": ["a"]})
for bad in [ts.get_ready, ts.is_active, lambda: ts.done("a"), lambda: bool(ts)]:
    try: bad()
    except ValueError as e: print("ValueError:", e)
ts.prepare()
for bad in [ts.prepare, lambda: ts.add("c"), lambda: ts.done("zz"), lambda: ts.done("b")]:
    try: bad()
    except ValueError as e: print("ValueError:", e)
r = ts.get_ready(); print(r); ts.done("a")
try: ts.done("a")
except ValueError as e: print("ValueError:", e)
print(ts.get_ready(), ts.is_active())
ts.done("b"); print(ts.is_active())
print(TopologicalSorter[int], list(TopologicalSorter().static_order()))
