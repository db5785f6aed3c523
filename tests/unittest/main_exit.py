# A test module run the usual way: unittest.main() reports on stderr and
# exits with status 1 because a test fails (stdout stays empty).
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_sub(self):
        self.assertEqual(5 - 3, 1)

    @unittest.skip("later")
    def test_mul(self):
        pass


if __name__ == "__main__":
    unittest.main()
