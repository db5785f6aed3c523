# exception() with no active exception, chained exceptions in records.
import logging, sys
logging.basicConfig(stream=sys.stdout)
logging.exception('no active exception')
try:
    try:
        1/0
    except Exception as e:
        raise ValueError('wrapped') from e
except ValueError:
    logging.getLogger('c').error('chained', exc_info=True)
