import logging
import unittest


class T(unittest.TestCase):
    def test_captures(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
            logging.getLogger('foo').debug('not captured')
        print(cm.output)
        print([r.getMessage() for r in cm.records])

    def test_root_default(self):
        with self.assertLogs() as cm:
            logging.getLogger('any').warning('w %d', 1)
        print(cm.output)

    def test_fails_without_logs(self):
        with self.assertLogs('quiet', level=logging.WARNING):
            logging.getLogger('quiet').info('too low')

    def test_no_logs(self):
        with self.assertNoLogs('silent'):
            pass
        with self.assertNoLogs('silent', 'ERROR'):
            logging.getLogger('silent').warning('below error')

    def test_no_logs_fails(self):
        with self.assertNoLogs('noisy'):
            logging.getLogger('noisy').info('oops')

    def test_restores(self):
        lg = logging.getLogger('restore')
        lg.setLevel(logging.ERROR)
        with self.assertLogs(lg, 'DEBUG'):
            lg.debug('x')
        print(lg.level, lg.propagate, lg.handlers)


if __name__ == '__main__':
    import io
    r = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(T))
    print(len(r.failures), len(r.errors))
    for t, tb in r.failures:
        print(t.id(), tb.splitlines()[-1])
