"""unittest.main: load the tests of a module (or those named on the
command line), run them with a TextTestRunner and exit with its status."""

import sys
import os

from . import loader, runner

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    if os.path.isfile(name) and name.lower().endswith(".py"):
        if os.path.isabs(name):
            rel = name
            cwd = os.getcwd()
            if name.startswith(cwd + os.sep):
                rel = name[len(cwd) + 1:]
            name = rel
        name = name[:-3]
        return name.replace("\\", ".").replace("/", ".")
    return name


class _UsageError(Exception):
    pass


def _text_width():
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        width = 80
    return width - 2


def _fill(parts, indent, width, prefix=None):
    lines = []
    line = []
    used = len(prefix) - 1 if prefix is not None else len(indent) - 1
    for part in parts:
        if used + 1 + len(part) > width and line:
            lines.append(indent + " ".join(line))
            line = []
            used = len(indent) - 1
        line.append(part)
        used += len(part) + 1
    if line:
        lines.append(indent + " ".join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


def _help_item(invocation, text, column, width):
    words = text.split()
    room = max(width - column, 11)
    rows = []
    row = ""
    for w in words:
        if row and len(row) + 1 + len(w) > room:
            rows.append(row)
            row = w
        else:
            row = row + " " + w if row else w
    if row:
        rows.append(row)
    head = "  " + invocation
    if len(head) <= column - 2:
        out = [head.ljust(column) + rows[0]]
    else:
        out = [head, " " * column + rows[0]]
    out.extend(" " * column + r for r in rows[1:])
    return out


class TestProgram:
    """Runs the tests of a module from the command line; main is this
    class."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, "warnoptions", None):
            self.warnings = "default"
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0]) if argv else "python -m unittest"
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _options(self):
        opts = [("-h, --help", "[-h]", "show this help message and exit"),
                ("-v, --verbose", "[-v]", "Verbose output"),
                ("-q, --quiet", "[-q]", "Quiet output"),
                ("--locals", "[--locals]", "Show local variables in tracebacks")]
        if self.failfast is None or self._set_failfast:
            opts.append(("-f, --failfast", "[-f]", "Stop on first fail or error"))
        if self.catchbreak is None or self._set_catchbreak:
            opts.append(("-c, --catch", "[-c]", "Catch Ctrl-C and display results so far"))
        if self.buffer is None or self._set_buffer:
            opts.append(("-b, --buffer", "[-b]", "Buffer stdout and stderr during tests"))
        opts.append(("-k TESTNAMEPATTERNS", "[-k TESTNAMEPATTERNS]",
                     "Only run tests which match the given substring"))
        return opts

    def _usage(self):
        # laid out as argparse does: the positional arguments go on a line
        # of their own when everything does not fit
        width = _text_width()
        prefix = "usage: "
        opt_parts = [o[1] for o in self._options()]
        pos_parts = ["[tests ...]"]
        full = prefix + " ".join([self.progName] + opt_parts + pos_parts)
        if len(full) <= width:
            return full
        indent = " " * (len(prefix) + len(self.progName) + 1)
        if len(prefix) + len(self.progName) <= 0.75 * width:
            lines = _fill([self.progName] + opt_parts, indent, width, prefix)
            lines.extend(_fill(pos_parts, indent, width))
        else:
            indent = " " * len(prefix)
            lines = [self.progName] + _fill(opt_parts + pos_parts, indent, width)
        return prefix + "\n".join(lines)

    def _print_help(self):
        width = _text_width()
        column = 23
        out = [self._usage(), "", "positional arguments:"]
        out.extend(_help_item("tests", "a list of any number of test modules, classes and "
                              "test methods.", column, width))
        out.append("")
        out.append("options:")
        for invocation, _, text in self._options():
            out.extend(_help_item(invocation, text, column, width))
        out.append("")
        print("\n".join(out))
        print(MAIN_EXAMPLES % {"prog": self.progName})

    def _parse(self, args):
        self._set_failfast = self._set_catchbreak = self._set_buffer = False
        can_failfast = self.failfast is None
        can_catch = self.catchbreak is None
        can_buffer = self.buffer is None
        tests = []
        patterns = None
        only_positional = False
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or not arg.startswith("-") or arg == "-":
                tests.append(arg)
                continue
            if arg == "--":
                only_positional = True
                continue
            if arg.startswith("--"):
                name = arg[2:]
                value = None
                if "=" in name:
                    name, value = name.split("=", 1)
                if name == "help":
                    self._print_help()
                    sys.exit(0)
                elif name == "verbose":
                    self.verbosity = 2
                elif name == "quiet":
                    self.verbosity = 0
                elif name == "locals":
                    self.tb_locals = True
                elif name == "failfast" and can_failfast:
                    self.failfast = self._set_failfast = True
                elif name == "catch" and can_catch:
                    self.catchbreak = self._set_catchbreak = True
                elif name == "buffer" and can_buffer:
                    self.buffer = self._set_buffer = True
                else:
                    raise _UsageError("unrecognized arguments: %s" % arg)
                continue
            flags = arg[1:]
            while flags:
                c = flags[0]
                flags = flags[1:]
                if c == "h":
                    self._print_help()
                    sys.exit(0)
                elif c == "v":
                    self.verbosity = 2
                elif c == "q":
                    self.verbosity = 0
                elif c == "f" and can_failfast:
                    self.failfast = self._set_failfast = True
                elif c == "c" and can_catch:
                    self.catchbreak = self._set_catchbreak = True
                elif c == "b" and can_buffer:
                    self.buffer = self._set_buffer = True
                elif c == "k":
                    if flags:
                        value, flags = flags, ""
                    elif i < len(args):
                        value = args[i]
                        i += 1
                    else:
                        raise _UsageError("argument -k: expected one argument")
                    if "*" not in value:
                        value = "*%s*" % value
                    if patterns is None:
                        patterns = []
                    patterns.append(value)
                else:
                    raise _UsageError("unrecognized arguments: %s" % arg)
        self.tests = tests
        if patterns is not None:
            self.testNamePatterns = patterns

    def parseArgs(self, argv):
        try:
            self._parse(argv[1:])
        except _UsageError as e:
            print(self._usage(), file=sys.stderr)
            print("%s: error: %s" % (self.progName, e), file=sys.stderr)
            sys.exit(2)
        if self.tests:
            self.testNames = [_convert_name(name) for name in self.tests]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            if self.module is None:
                self.test = self.testLoader.discover(".")
            else:
                self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
