import math
print([math.log10(10**i) for i in range(-5, 25)])
print([math.log2(2**i) for i in range(-5, 70)] == [float(i) for i in range(-5, 70)])
print([math.log(math.e ** i) for i in range(5)], math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(27, 3), math.log(2), math.log10(2), math.log10(5), math.log2(10), math.log2(3))
print(math.atan(1), math.atan(0.5), math.asin(0.5), math.acos(0.5), math.atan2(1, 2), math.sinh(1), math.cosh(1), math.tanh(0.5))
