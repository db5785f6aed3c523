import math
for v in [math.pi/6, math.pi/4, math.pi/3, math.pi/2, math.pi, 2*math.pi, 3*math.pi/2, 1, 0.5, 2, 3, math.radians(30), math.radians(45), math.radians(60), math.radians(90), math.radians(180), math.radians(270), math.radians(360), 0.25, 1.25, 10, -1, -math.pi/4]:
    print(repr(math.sin(v)), repr(math.cos(v)), repr(math.tan(v)))
