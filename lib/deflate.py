"""MicroPython's deflate module: DeflateIO streams that compress to or
decompress from another stream, on the zlib module."""

import zlib

AUTO = 0
RAW = 1
ZLIB = 2
GZIP = 3

_EINVAL = 22


def _wbits(format, wbits, decompress):
    if not wbits:
        wbits = 15
    if not 5 <= wbits <= 15:
        raise ValueError("wbits")
    wbits = max(wbits, 9)
    if format == RAW:
        return -wbits
    if format == ZLIB:
        return wbits
    if format == GZIP:
        return wbits + 16
    if format == AUTO:
        # reading: a zlib or gzip header is detected; writing: raw deflate
        return wbits + 32 if decompress else -wbits
    raise ValueError("format")


class DeflateIO:
    def __init__(self, stream, format=AUTO, wbits=0, close=False):
        if format not in (AUTO, RAW, ZLIB, GZIP):
            raise ValueError("format")
        self._stream = stream
        self._format = format
        self._wbits = wbits
        self._close = close
        self._out = None  # decompressed data not yet read
        self._pos = 0
        self._comp = None
        self._closed = False

    def _check(self):
        if self._closed:
            raise OSError(_EINVAL, "Invalid argument")

    def _fill(self):
        if self._out is None:
            data = self._stream.read()
            try:
                self._out = zlib.decompress(data or b"", _wbits(self._format, self._wbits, True))
            except zlib.error:
                raise OSError(_EINVAL, "Invalid argument")

    def read(self, n=-1):
        self._check()
        self._fill()
        if n is None or n < 0:
            n = len(self._out) - self._pos
        chunk = self._out[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def readline(self):
        self._check()
        self._fill()
        i = self._out.find(b"\n", self._pos)
        end = len(self._out) if i < 0 else i + 1
        line = self._out[self._pos:end]
        self._pos = end
        return line

    def write(self, data):
        self._check()
        if self._comp is None:
            self._comp = zlib.compressobj(-1, zlib.DEFLATED, _wbits(self._format, self._wbits, False))
        self._stream.write(self._comp.compress(data))
        return len(data)

    def close(self):
        if self._closed:
            return
        if self._comp is not None:
            self._stream.write(self._comp.flush())
        self._closed = True
        if self._close:
            self._stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
