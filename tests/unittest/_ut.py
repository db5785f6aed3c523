# Helpers for the unittest tests: run tests with a TextTestRunner on a
# StringIO and print its report with the timing normalised.
import io
import re
import unittest


def normalise(text, only_file=None):
    text = re.sub(r"Ran (\d+) test(s?) in \d+\.\d\d\ds", r"Ran \1 test\2 in X", text)
    lines = text.split("\n")
    if only_file is not None:
        # keep only the traceback entries of only_file
        kept = []
        skipping = False
        for l in lines:
            if l.startswith('  File "'):
                skipping = not l.startswith('  File "%s"' % only_file)
            elif not l.startswith("    "):
                skipping = False
            if not skipping:
                kept.append(l)
        lines = kept
    return "\n".join(lines)


def suite_of(*items):
    suite = unittest.TestSuite()
    for item in items:
        if isinstance(item, type):
            suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(item))
        else:
            suite.addTest(item)
    return suite


def run(*items, verbosity=1, only_file=None, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs)
    result = runner.run(suite_of(*items))
    print(normalise(stream.getvalue(), only_file), end="")
    return result


def summary(result):
    print("run=%d failures=%d errors=%d skipped=%d xfail=%d xpass=%d ok=%s" % (
        result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
        len(result.expectedFailures), len(result.unexpectedSuccesses),
        result.wasSuccessful()))


def message(func, *args, **kwargs):
    # the message of the AssertionError (or other exception) func raises
    try:
        func(*args, **kwargs)
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
    else:
        print("passed")


class Probe(unittest.TestCase):
    # an instance whose assert methods can be called directly
    def runTest(self):
        pass
