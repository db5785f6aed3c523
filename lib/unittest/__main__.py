"""upy -m unittest [options] [tests]: run the named tests (modules,
classes, methods, test files), or discover the test*.py modules under the
current directory (upy -m unittest discover -s DIR -p PATTERN)."""

import sys

__unittest = True

if sys.argv[0].endswith("__main__.py"):
    import os
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
    del os

from unittest.main import main

main(module=None)
