# Attribute access and method calls on instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def norm1(self):
        return abs(self.x) + abs(self.y)

def run(n):
    p = Point(0, 0)
    acc = 0
    for i in range(n):
        p.move(1, -1)
        acc += p.norm1() % 13
        if p.x > 1000:
            p.x = -p.x
    return acc

print(run(4_000_000))
