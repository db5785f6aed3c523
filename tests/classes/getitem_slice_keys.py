class S:
    def __getitem__(self, k): return k
s = S()
print(s[1], s[-1], s[1:2], s[:], s[::], s[1:], s[:2], s[::3], s[1:2:3], s[None:None], s['a':'b'], s[1, 2], s[1:2, 3], s[...], s[..., 1], s[()], s[(1,)], s[[1]])
sl = s[1:2:3]
print(type(sl).__name__, sl.start, sl.stop, sl.step, sl == slice(1, 2, 3), s[:] == slice(None), s[::-1].step)
class L(list):
    def __getitem__(self, k):
        r = super().__getitem__(k)
        return ('wrapped', r)
print(L([1, 2, 3])[0], L([1, 2, 3])[1:], L('ab')[-1])
