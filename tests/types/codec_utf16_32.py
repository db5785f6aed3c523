# UTF-16 and UTF-32 codecs: BOMs, endianness, error reasons, ranges and handlers.
for enc in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-le','utf-32-be', 'UTF16', 'utf_32BE']:
  for b in [b'a', b'\x00\xd8', b'\x00\xdc', b'\x00\xd8a\x00', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00\x00\x00\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'a\x00b', b'\x00\xd8a', b'\x00\xd8\x00\xdc', b'\x00\xdc\x00\xd8', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'\x80', b'', b'\xff\xfe']:
    try: print(enc, b, repr(b.decode(enc)))
    except UnicodeDecodeError as e: print(enc, b, e, e.start, e.end, e.encoding)
    for h in ['replace','ignore','backslashreplace','surrogatepass', 'surrogateescape', 'xmlcharrefreplace']:
      try: print('  ',h, repr(b.decode(enc, h)))
      except Exception as e: print('  ', h, type(e).__name__, e)
  for s in ['a\u00e9\U0001f600', 'x\ud800y', '', 'x\ud800\udc00y', '\udc80']:
    try: print(enc, repr(s), s.encode(enc))
    except UnicodeEncodeError as e: print(enc, repr(s), e, e.start, e.end)
    for h in ['replace','ignore','backslashreplace','surrogatepass','xmlcharrefreplace', 'surrogateescape']:
      try: print('  ',h, s.encode(enc, h))
      except UnicodeEncodeError as e: print('  ', h, e)
  print(repr('h\xe9llo \U0001f600 \uffff'.encode(enc).decode(enc)))
print(bytes('ab', 'utf-16-be'), str(b'\x00a', 'utf-16-be'), bytearray('z', 'utf-32-le'))
