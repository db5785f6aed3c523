for n in [0, 1, -1, 7, -42, 255, 1000, -65536, 10 ** 12, -(2 ** 70)]:
    print(n, format(n, 'd'), format(n, '+d'), format(n, ' d'), format(n, 'x'), format(n, '#X'), format(n, 'o'), format(n, '#b'), format(n, ','), format(n, '_'), format(n, '_x'), format(n, '>12'), format(n, '<8d') + '|', format(n, '^9'), format(n, '=+10'), format(n, '010,'), format(n, 'e'), format(n, '.2f'), format(n, '%'), format(n, 'n'), format(n, 'g'))
print(format(65, 'c'), format(0x1F600, 'c'), '%c' % 0x1F600, format(5, '#010x'), format(-5, '#010x'), format(5, '+#06b'), format(1234567, ',d'), format(1234567, '_o'))
print('%5d|%-5d|%05d|%+5d|% 5d|%x|%X|%o|%#x|%#o|%e|%g' % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8, 42, 42))
