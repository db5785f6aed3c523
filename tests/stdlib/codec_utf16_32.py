# UTF-16 and UTF-32 codecs: byte order marks, every error handler and CPython's error reasons.
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf_32_be', 'UTF16', 'utf-16le'):
    s = 'a\xe9\u20ac\U0001f600z'
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'), b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
for bad, enc in ((b'a', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdcb\x00', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'abc', 'utf-32'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'a\x00\x00', 'utf-16')):
    for errs in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass'):
        try: print(repr(bad.decode(enc, errs)))
        except UnicodeDecodeError as e: print(errs, e, e.start, e.end)
for errs in ('strict', 'replace', 'ignore', 'surrogatepass', 'backslashreplace', 'xmlcharrefreplace'):
    try: print('x\ud800y'.encode('utf-16-le', errs))
    except UnicodeEncodeError as e: print(errs, e)
    try: print('x\udc00y'.encode('utf-32-be', errs))
    except UnicodeEncodeError as e: print(errs, e)
print(b'\x00\xd8\x00\xdc'.decode('utf-16-le', 'surrogatepass'), ascii('\ud800'.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass')))
