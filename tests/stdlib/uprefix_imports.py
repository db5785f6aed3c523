# MicroPython's u-prefixed module names import the same modules (CPython has no such names, hence the .exp).
import ujson, utime, uos, ustruct, ure, uselect, usocket, uhashlib, ubinascii
import ucollections, uheapq, uio, uerrno, uarray, urandom
import json, time, os, struct, re, select, socket, hashlib, binascii, collections, heapq, io, errno, array, random
print(ujson is json, utime is time, uos is os, ustruct is struct, ure is re, uselect is select, usocket is socket, uhashlib is hashlib, ubinascii is binascii)
print(ucollections is collections, uheapq is heapq, uio is io, uerrno is errno, uarray is array, urandom is random)
print(ujson.dumps([1]), ustruct.pack('<h', 1), ure.match('a+', 'aa').group())
