# str.encode's namereplace handler and \N{...} escapes over the whole Unicode name table.
import sys
samples = 'a\xe9\u20ac\U0001f600\u4e00\uac00\ud7a3\uf900\U00018b00\U0001b170\u0300\x80\x9f\xa0\xad\u200b\ufeff\U000e0001\ue000\U0010ffff\u0378\U0001f9ff\u2603\u03a9'
for enc in ('ascii', 'latin-1', 'utf-8'):
    print(enc, samples.encode(enc, 'namereplace'))
print('x\ud800y\udfff'.encode('utf-8', 'namereplace'))
print('x\ud800y'.encode('ascii', 'namereplace'))
for errs in ('namereplace', 'xmlcharrefreplace'):
    try: print(b'a\xffb'.decode('ascii', errs))
    except Exception as e: print(type(e).__name__, e)
    try: print(b'a\xffb'.decode('utf-8', errs))
    except Exception as e: print(type(e).__name__, e)
# every 97th code point of the BMP and the supplementary planes through namereplace
import hashlib
h = hashlib.sha1()
n = 0
for cp in list(range(0x80, 0x30000, 7)) + list(range(0xe0000, 0xe0200)):
    if 0xd800 <= cp < 0xe000:
        continue
    b = chr(cp).encode('ascii', 'namereplace')
    if b.startswith(b'\\N'):
        n += 1
    h.update(b)
print(n, h.hexdigest())
print('\N{EURO SIGN}\N{euro sign}\N{LATIN SMALL LETTER A WITH GRAVE}\N{LINE FEED}\N{NUL}\N{BOM}\N{CJK UNIFIED IDEOGRAPH-4E00}'.encode('unicode_escape' if False else 'utf-8'))
print(ascii('\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{NUSHU CHARACTER-1B170}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'))
print(ascii('\N{ZERO WIDTH SPACE}\N{ZWSP}\N{NEW LINE}\N{DELETE}\N{SPACE}\N{SP}'))
for src in (r"'\N{NO SUCH NAME}'", r"'\N{CJK UNIFIED IDEOGRAPH-0041}'", r"'\N{HANGUL SYLLABLE XX}'", r"'\N{hangul syllable ga}'", r"'\N{CJK UNIFIED IDEOGRAPH-4e00}'", r"'\N{euro sign}'", r"'\N{}'", r"'\N'", r"'\N{EURO SIGN'"):
    try: print(ascii(eval(src)))
    except SyntaxError as e: print('SyntaxError', e.msg)
