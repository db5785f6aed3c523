import logging
import logging.config
import sys

old = logging.getLogger('old.module')
kept = logging.getLogger('app.kept')

CONFIG = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)-8s %(name)s: %(message)s'},
        'braces': {'format': '{name}|{message}', 'style': '{'},
    },
    'filters': {
        'only_app': {'name': 'app'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                    'formatter': 'brief', 'level': 'DEBUG'},
        'errors': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                   'formatter': 'braces', 'level': 'ERROR', 'filters': ['only_app']},
        'buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10,
                   'target': 'console'},
    },
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['errors'], 'propagate': True},
        'lib': {'level': 'WARNING', 'handlers': ['buffer'], 'propagate': False},
    },
    'root': {'level': 'DEBUG', 'handlers': ['console']},
}
logging.config.dictConfig(CONFIG)
app = logging.getLogger('app')
app.debug('not shown')
app.info('info from app')
app.error('error from app')
logging.getLogger('app.kept').error('child of app')
logging.getLogger('other').error('other logger (filtered out of errors)')
old.error('old loggers are disabled')
print(old.disabled, kept.disabled, app.level, logging.root.level)
lib = logging.getLogger('lib')
lib.warning('buffered warning')
lib.error('error flushes the buffer')
print([h.name for h in logging.root.handlers], [type(h).__name__ for h in lib.handlers])

logging.config.dictConfig({'version': 1, 'incremental': True,
                           'loggers': {'app': {'level': 'ERROR'}}})
app.warning('now hidden')
app.critical('still shown')

logging.config.dictConfig({
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {'f': {'()': 'logging.Formatter', 'fmt': 'custom: %(message)s'}},
    'handlers': {'h': {'()': logging.StreamHandler, 'stream': sys.stdout, 'formatter': 'f'}},
    'root': {'handlers': ['h'], 'level': 'INFO'},
})
logging.info('factory-built handler')
old.warning('old logger still disabled from before: %s', old.disabled)
print(old.disabled)

for bad in [{}, {'version': 2},
            {'version': 1, 'handlers': {'x': {'class': 'no.such.Class'}}},
            {'version': 1, 'loggers': {'a': {'level': 'LOUD'}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print('ValueError', e, '|', type(e.__cause__).__name__)
