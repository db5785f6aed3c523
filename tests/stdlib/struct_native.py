import struct
for fmt in ['@bhi', '@bq', '@hd', '@ci', '@?Q', '@bP', '@iiq', '@e', '@5s2i', '@xq', '@qb', '@3bn', '@NbN', 'bhi', '=bhi', '<bhi', '!bhi', '@0q', '@b0l']:
    n = struct.calcsize(fmt)
    args = []
    for c in fmt.lstrip('@=<>!'):
        pass
    print(fmt, n)
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('@bq', -1, 1), struct.unpack('@hd', struct.pack('@hd', 3, 2.5)))
print(struct.pack('@ci?', b'z', 7, True), struct.pack('@xq', 5)[:8], struct.pack('@3sbq', b'ab', 1, 2))
print(struct.unpack('@bhiq', bytes(range(16))), struct.unpack('<bhiq', bytes(range(15))))
print(struct.pack('@P', 12345), struct.unpack('@P', b'\x01' * 8), struct.pack('@n', -3), struct.pack('@N', 3))
try: struct.pack('<P', 1)
except struct.error as e: print(e)
try: struct.pack('=n', 1)
except struct.error as e: print(e)
