class S(str):
    def __format__(self, spec): return "S!" + spec
class I(int):
    def __format__(self, spec): return "I!" + spec
for f, a in [("%s|%5s|%-5s|%.2s", ("ab", "cd", "ef", "ghi")), ("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%#x|%o", (1, -2, 3, 4, 5, 6, 7, 8, 9, 255, 255, 8)),
             ("%s %d", (S("x"), I(3))), ("%s %r %a", (True, "é", "é")), ("%d %s", (True, None)), ("%d", (3.7,)), ("%s", ([1, 2],))]:
    print(f % a)
print(format(True, "d"), format(True, ""), format(2.5, ">8.2f"), format(10**30, ","), format(1+2j, ""), format(3, "x"))
print(f"{True:>5} {1.5:e} {7:#b}")
