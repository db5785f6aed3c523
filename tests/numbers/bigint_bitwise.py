vals = [0, 1, -1, 5, -5, 2**64, -2**64, 2**64 - 1, -(2**64 - 1), 2**100 + 2**37, -(2**100) - 12345, 0xff00ff00ff00ff00ff]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
    print(~a, a >> 1, a >> 64, a >> 200, a << 3, a << 70)
for s in [0, 1, 31, 32, 63, 64, 65, 127, 1000]:
    print(s, 1 << s, -1 << s, (1 << s) >> s, -5 >> s, 5 >> s, (2**100) >> s)
for e in ['1 << -1', '1 >> -1', '2**100 << -1', '0 << 10**30', '1 >> 10**30', '-1 >> 10**30', '1 << 2**64']:
    try:
        print(e, eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
