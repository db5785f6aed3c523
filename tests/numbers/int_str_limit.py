import sys
print(sys.get_int_max_str_digits())
big = 10**5000
for e in ['str(big)', 'repr(big)', 'str(-big)', 'int("1" * 4300) > 0', 'int("1" * 4301)', 'int("-" + "1" * 4301)', '"%d" % big',
          'format(big, "d")', 'f"{big}"', 'len(hex(big))', 'len(bin(big))', 'int("f" * 5000, 16) > 0', 'int("1" * 5000, 3)',
          'str(10**4299)[:5]', 'len(str(10**4299))', 'str(10**4300)[:5]', 'int("1_" * 4300 + "1")']:
    try:
        r = eval(e)
        print(e, r if not isinstance(r, str) or len(r) < 50 else len(r))
    except ValueError as ex:
        print(e, 'ValueError:', ex)
sys.set_int_max_str_digits(6000)
print(len(str(big)), int('9' * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10**20000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
