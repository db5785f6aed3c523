import struct
for fmt in '<@':
    for c in 'bBhHiIlLqQ':
        r=[]
        for v in (2**64, 2**63, -2**63-1, -2**63, 2**32, -1, 2**31, 2**16, 300):
            try: struct.pack(fmt+c, v); r.append('ok')
            except Exception as e: r.append(str(e))
        print(fmt+c, r)
for fmt in '>!=':
    for c in 'iIqQ':
        r=[]
        for v in (2**64, 2**63, -2**63-1, -2**63, -1):
            try: struct.pack(fmt+c, v); r.append('ok')
            except Exception as e: r.append(str(e))
        print(fmt+c, r)
for c in 'nNP':
    r=[]
    for v in (2**64, 2**63, -2**63-1, -1, 1.5):
        try: struct.pack(c, v); r.append('ok')
        except Exception as e: r.append(str(e))
    print(c, r)
print(struct.calcsize('bhilqd'), struct.calcsize('=bhilqd'), struct.calcsize('@cd'), struct.calcsize('c0d'), struct.calcsize('ci0q'),struct.calcsize('P?e'))
print(struct.pack('@bi', 1, 2), struct.pack('bi0q', 1, 2), struct.pack('5p', b'abcdefgh'),struct.pack('5s', b'ab'), struct.pack('0p', b'abc'), struct.pack('1p', b'abc'))
print(struct.pack('300p', b'a'*300)[:3], struct.unpack('300p', b'\xff'+b'x'*299)[0][:3], len(struct.unpack('300p', b'\xff'+b'x'*299)[0]))
print(struct.unpack('3p', b'\x05ab'), struct.unpack('?', b'\x02'), struct.unpack('c', b'z'))
