import unittest
class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print('setUpClass')
    def setUp(self): self.x = 1
    def test_eq(self): self.assertEqual(self.x, 1); print('test_eq ran')
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print(type(cm.exception).__name__)
        self.assertRaises(KeyError, {}.__getitem__, 'k')
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        raise ValueError('oops')
    @unittest.skip('because')
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_misc(self):
        self.assertIn(1, [1]); self.assertIsNone(None); self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2]); self.assertGreater(2, 1); self.assertNotEqual(1, 2)
        print('misc ok')
class U(unittest.TestCase):
    def test_ok(self): pass
if __name__ == '__main__':
    r = unittest.main(exit=False)
    print(r.result.testsRun, len(r.result.failures), len(r.result.errors), len(r.result.skipped), len(r.result.expectedFailures), r.result.wasSuccessful())
    unittest.main()
