samples = ['ascii', 'café', '€uro', '日本', '😀', '\x00\x7f\x80\xff']
for s in samples:
    row = []
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
            try:
                row.append(s.encode(enc, err))
            except UnicodeEncodeError as e:
                row.append(('E', e.start, e.end))
            except Exception as e:
                row.append(type(e).__name__)
    print(ascii(s), row)
for b in [b'abc', b'caf\xc3\xa9', b'\xff\xfe', b'\xe2\x82', b'\xc3(', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80']:
    row = []
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
            try:
                row.append(b.decode(enc, err))
            except UnicodeDecodeError as e:
                row.append(('E', e.start, e.end, e.reason))
    print(b, ascii(row))
