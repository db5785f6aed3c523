import random
random.seed(12345)
items = [(random.randint(0, 5), i) for i in range(40)]
s1 = sorted(items, key=lambda p: p[0])
print(s1 == sorted(items, key=lambda p: (p[0], p[1])))
s2 = sorted(items, key=lambda p: p[0], reverse=True)
print(s2 == sorted(items, key=lambda p: (-p[0], p[1])))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
nums = [3.5, -1, 2, 0, -0.0, 7, 2.0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
l = list(range(10)); l.sort(key=lambda x: x % 3); print(l)
