# math.gamma and math.lgamma over their domain, to the last bit of CPython (Lanczos approximation).
import math
vals = [0.5, 1, 1.5, 2, 2.5, 3, 5, 7.5, 10, 20.3, 23, 24, 50.5, 100.1, 141.5, 170.5, 171.7, 200.5, 1e-21, -1e-21, -0.5, -1.5, -2.5, -10.3, -100.5, -150.25, -201.5, -1000.5, 1e-10, 3e-5, 0.999, 1.001, 4.999, 5.001, 1e300, float('inf'), float('-inf'), float('nan'), 0.0, -0.0, -1, -2, 30, 1e5 + 0.5]
for v in vals:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, v, repr(f(v)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, v, type(e).__name__, e)
