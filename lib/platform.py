"""Information about the platform upy runs on (CPython's and MicroPython's
platform functions)."""

import os
import sys
from collections import namedtuple

uname_result = namedtuple("uname_result", "system node release version machine processor")


def uname():
    u = os.uname()
    return uname_result(u.sysname, u.nodename, u.release, u.version, u.machine, u.machine)


def system():
    return os.uname().sysname


def node():
    return os.uname().nodename


def release():
    return os.uname().release


def version():
    return os.uname().version


def machine():
    return os.uname().machine


def processor():
    return os.uname().machine


def architecture(executable=sys.executable, bits="", linkage=""):
    return ("64bit" if sys.maxsize > 2 ** 32 else "32bit", "ELF")


def python_implementation():
    return "MicroPython"


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_compiler():
    return sys.implementation._machine.split(" with ")[-1]


def python_build():
    return ("upy " + sys.implementation._upy, "")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    # a static Go binary: no C library
    return (lib, version)


def platform(aliased=False, terse=False):
    u = os.uname()
    if terse:
        return "%s-%s" % (u.sysname, u.release)
    return "%s-%s-%s-with-upy-%s" % (u.sysname, u.release, u.machine, sys.implementation._upy)
