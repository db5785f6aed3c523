"""unittest.main: load the tests of a module (or those named on the
command line), run them with a TextTestRunner and exit with its status.
The command line is CPython's (its help laid out as argparse does)."""

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

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

_DISCOVERY_EPILOG = ("For test discovery all test modules must be importable from the top "
                     "level directory of the project.")


def _convert_name(name):
    # a path to a .py file below the current directory names its module
    if os.path.isfile(name) and name.lower().endswith(".py"):
        if os.path.isabs(name):
            cwd = os.getcwd()
            if name.startswith(cwd + os.sep):
                name = name[len(cwd) + 1:]
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
    if prefix is not None and lines:
        lines[0] = lines[0][len(indent):]
    return lines


def _wrap(text, room):
    rows = []
    row = ""
    for w in text.split():
        if row and len(row) + 1 + len(w) > room:
            rows.append(row)
            row = w
        else:
            row = row + " " + w if row else w
    if row:
        rows.append(row)
    return rows


def _help_item(invocation, text, column, width):
    rows = _wrap(text, max(width - column, 11))
    head = "  " + invocation
    if len(head) <= column - 2:
        out = [head.ljust(column) + rows[0]]
    else:
        out = [head, " " * column + rows[0]]
    out.extend(" " * column + r for r in rows[1:])
    return out


def _usage(prog, opt_parts, pos_parts, width):
    # argparse's layout: the positional arguments start a line of their
    # own when everything does not fit on one
    prefix = "usage: "
    full = prefix + " ".join([prog] + opt_parts + pos_parts)
    if len(full) <= width:
        return full
    indent = " " * (len(prefix) + len(prog) + 1)
    if len(prefix) + len(prog) <= 0.75 * width:
        lines = _fill([prog] + opt_parts, indent, width, prefix)
        lines.extend(_fill(pos_parts, indent, width))
    else:
        indent = " " * len(prefix)
        lines = [prog] + _fill(opt_parts + pos_parts, indent, width)
    return prefix + "\n".join(lines)


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

    # ---- the command line ----

    def _options(self):
        """(invocation in help, usage part, help text, handler) of each option."""
        opts = [("-h, --help", "[-h]", "show this help message and exit"),
                ("-v, --verbose", "[-v]", "Verbose output"),
                ("-q, --quiet", "[-q]", "Quiet output"),
                ("--locals", "[--locals]", "Show local variables in tracebacks")]
        if self._can_failfast:
            opts.append(("-f, --failfast", "[-f]", "Stop on first fail or error"))
        if self._can_catch:
            opts.append(("-c, --catch", "[-c]", "Catch Ctrl-C and display results so far"))
        if self._can_buffer:
            opts.append(("-b, --buffer", "[-b]", "Buffer stdout and stderr during tests"))
        opts.append(("-k TESTNAMEPATTERNS", "[-k TESTNAMEPATTERNS]",
                     "Only run tests which match the given substring"))
        return opts

    def _discovery_options(self):
        return [("-s START, --start-directory START", "[-s START]",
                 "Directory to start discovery ('.' default)"),
                ("-p PATTERN, --pattern PATTERN", "[-p PATTERN]",
                 "Pattern to match tests ('test*.py' default)"),
                ("-t TOP, --top-level-directory TOP", "[-t TOP]",
                 "Top level directory of project (defaults to start directory)")]

    def _usage(self, discovery=False):
        opts = self._options()
        pos = ["[tests ...]"]
        prog = self.progName
        if discovery:
            opts = opts + self._discovery_options()
            pos = []
            prog += " discover"
        return _usage(prog, [o[1] for o in opts], pos, _text_width())

    def _print_help(self, discovery=False):
        width = _text_width()
        if discovery:
            out = [self._usage(True), "", "options:"]
            for invocation, _, text in self._options() + self._discovery_options():
                out.extend(_help_item(invocation, text, 24, width))
            out.append("")
            out.extend(_wrap(_DISCOVERY_EPILOG, width))
            print("\n".join(out))
            return
        out = [self._usage(), "", "positional arguments:"]
        out.extend(_help_item("tests", "a list of any number of test modules, classes and "
                              "test methods.", 23, width))
        out.append("")
        out.append("options:")
        for invocation, _, text in self._options():
            out.extend(_help_item(invocation, text, 23, width))
        out.append("")
        print("\n".join(out))
        if self.module is None:
            print(MODULE_EXAMPLES % {"prog": self.progName})
            self._print_help(True)
        else:
            print(MAIN_EXAMPLES % {"prog": self.progName})

    def _parse(self, args, discovery=False):
        """Parse the options into attributes; return the positional
        arguments."""
        positional = []
        only_positional = False
        values = {"s": "start", "p": "pattern", "t": "top"} if discovery else {}
        longs = {"verbose": "v", "quiet": "q", "failfast": "f", "catch": "c",
                 "buffer": "b", "help": "h"}
        if discovery:
            longs.update({"start-directory": "s", "pattern": "p", "top-level-directory": "t"})
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or not arg.startswith("-") or arg == "-":
                positional.append(arg)
                continue
            if arg == "--":
                only_positional = True
                continue
            if arg.startswith("--"):
                name, eq, value = arg[2:].partition("=")
                if name == "locals" and not eq:
                    self.tb_locals = True
                    continue
                flag = longs.get(name)
                if flag is None or (eq and flag not in values):
                    raise _UsageError("unrecognized arguments: %s" % arg)
                flags = flag + value if eq else flag
            else:
                flags = arg[1:]
            while flags:
                c, flags = flags[0], flags[1:]
                if c == "h":
                    self._print_help(discovery)
                    sys.exit(0)
                elif c == "v":
                    self.verbosity = 2
                elif c == "q":
                    self.verbosity = 0
                elif c == "f" and self._can_failfast:
                    self.failfast = True
                elif c == "c" and self._can_catch:
                    self.catchbreak = True
                elif c == "b" and self._can_buffer:
                    self.buffer = True
                elif c == "k" or c in values:
                    if flags:
                        value, flags = flags, ""
                    elif i < len(args) and not args[i].startswith("-"):
                        value = args[i]
                        i += 1
                    else:
                        raise _UsageError("argument -%s: expected one argument" % c)
                    if c == "k":
                        if "*" not in value:
                            value = "*%s*" % value
                        if self.testNamePatterns is None:
                            self.testNamePatterns = []
                        self.testNamePatterns.append(value)
                    else:
                        setattr(self, values[c], value)
                else:
                    raise _UsageError("unrecognized arguments: %s" % arg)
        return positional

    def parseArgs(self, argv):
        self._can_failfast = self.failfast is None
        self._can_catch = self.catchbreak is None
        self._can_buffer = self.buffer is None
        args = argv[1:]
        discovery = self.module is None and args[:1] == ["discover"]
        try:
            if discovery:
                self.start = self.pattern = self.top = None
                rest = self._parse(args[1:], True)
                if len(rest) > 3:
                    raise _UsageError("unrecognized arguments: %s" % " ".join(rest[3:]))
                for name, value in zip(("start", "pattern", "top"), rest):
                    setattr(self, name, value)
            else:
                self.tests = self._parse(args)
        except _UsageError as e:
            prog = self.progName + (" discover" if discovery else "")
            print(self._usage(discovery), file=sys.stderr)
            print("%s: error: %s" % (prog, e), file=sys.stderr)
            sys.exit(2)
        if discovery or (self.module is None and not self.tests):
            self.testNames = None
            if not discovery:
                self.start = self.pattern = self.top = None
            self.createTests(from_discovery=True)
            return
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
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start or ".", self.pattern or "test*.py",
                                             self.top)
        elif self.testNames is None:
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
