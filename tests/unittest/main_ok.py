# unittest.main() with passing tests: status 0 (SystemExit(False)), the
# code after it does not run.
import unittest


class Fine(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)

    @unittest.expectedFailure
    def test_two(self):
        self.assertTrue(False)


if __name__ == "__main__":
    try:
        unittest.main()
    except SystemExit as e:
        print("SystemExit", repr(e.code))
        raise
    print("not reached")
