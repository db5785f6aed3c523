specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^9', '+', '-', ' ', '05', '010', '+010', '<05', '^05', ',', '_', '015,', '010_',
         'b', '#b', '_b', '#012_b', 'o', '#o', '_o', 'x', '#x', 'X', '#X', '_x', '#010_x', '#010x', 'n', 'c', '>3c',
         'e', '.2e', 'f', '.3f', 'g', '%', '.1%', ',.2f', 'E', 'G', 'F', 'z', '.2', 'q', ',c', '#c', '+c', ',n', ',x', ',b',
         '=+08', '0=10,', 'x=10,', '>010,', 'x<+10,', '🐍^7']
for v in [0, 1, -1, 42, -42, 1234, -1234567, 255, 2**64, -(2**100), 10**25, 65, True, False]:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(v, out)
print(format(10**400, 'd')[:20], '{:,}'.format(10**30), '{:_x}'.format(2**70), f'{12345:>+12,}', f'{-5:#06x}')
for e in ['format(10**400, "f")', 'format(0x110000, "c")', 'format(-1, "c")', 'format(1, "%s")', 'format(1, ".")', 'format(1, "10.2.3")',
          'format(1, ",_")', 'format(10**5000, "x")[:5]', 'format(10**5000, "")']:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
