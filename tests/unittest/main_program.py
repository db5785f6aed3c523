# unittest.main with exit=False and explicit argv: verbosity flags, test
# names, -k patterns, failfast; with exit=True it raises SystemExit with
# the status. The report goes to sys.stderr, captured here.
import io
import sys
import unittest
from _ut import normalise


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual("two", "2")

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_four(self):
        print("test_four prints")
        raise RuntimeError("four")

    def test_five(self):
        pass


def main(*args, **kwargs):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        prog = unittest.main(argv=["prog"] + list(args), **kwargs)
        status = None
    except SystemExit as e:
        prog = None
        status = e.code
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print("#", " ".join(args), kwargs)
    print(normalise(text), end="")
    if prog is not None:
        r = prog.result
        print("result:", r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
    else:
        print("SystemExit:", status)


main(exit=False)
main("-v", exit=False)
main("-q", exit=False)
main(exit=False, verbosity=2)
main("Alpha", exit=False)
main("Alpha.test_one", "Beta.test_five", exit=False)
main("-f", exit=False)
main("--failfast", "-v", exit=False)
main("Alpha.test_one")
main("Alpha")
main("Beta.test_five", "--verbose")
main(defaultTest="Alpha.test_three", exit=False)
main(defaultTest=["Alpha.test_three", "Beta.test_five"], exit=False)
main("-b", "Beta.test_four", exit=False)
main("-b", "-v", "Beta", exit=False)
# the -k patterns stay on the default loader, as in CPython
main("-k", "t", "-k", "f", exit=False)
main("-kone", exit=False)
main("-k", "*_t*", exit=False)
# help (on stdout) and usage errors (on stderr, status 2), laid out as
# argparse does
main("-h")
main("--bogus")
main("-x", exit=False)
main("-k")
main("--help", failfast=True, catchbreak=False)
