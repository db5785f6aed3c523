# BytesIO.getbuffer(): a memoryview that writes through; the stream refuses resizing while it lives.
import io
b = io.BytesIO(b'abc')
m = b.getbuffer()
print(type(m).__name__, len(m), bytes(m))
m[0] = ord('X')
print(b.getvalue())
for op in (lambda: b.write(b'z'), lambda: b.truncate(1), lambda: b.close(), lambda: b.seek(0), lambda: b.read()):
    try:
        print(op())
    except BufferError as e:
        print('BufferError', e)
m.release()
b.write(b'q')
print(b.getvalue())
with b.getbuffer() as v:
    print(v.tobytes(), v.readonly)
b.write(b'!')
print(b.getvalue())
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print('ValueError', e)
