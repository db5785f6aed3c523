"""Configuring logging from a dictionary (CPython's logging.config.dictConfig)."""

import re
import sys
import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030

_ident = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)
_cfg_index = re.compile(r'^\[\s*(\w+)\s*\]\s*')
_cfg_dot = re.compile(r'^\.\s*(\w+)\s*')
_cfg_word = re.compile(r'^\s*(\w+)\s*')


def valid_ident(s):
    if not _ident.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    parts = name.split('.')
    used = parts.pop(0)
    try:
        found = __import__(used)
        for frag in parts:
            used += '.' + frag
            try:
                found = getattr(found, frag)
            except AttributeError:
                __import__(used)
                found = getattr(found, frag)
        return found
    except ImportError as e:
        v = ValueError('Cannot resolve %r: %s' % (name, e))
        raise v from e


class DictConfigurator:
    def __init__(self, config):
        self.config = config

    # value conversion: ext:// and cfg:// strings

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith('ext://'):
                return _resolve(value[6:].strip())
            if value.startswith('cfg://'):
                return self.cfg_convert(value[6:])
        elif isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        elif isinstance(value, list):
            return [self.convert(v) for v in value]
        return value

    def cfg_convert(self, value):
        rest = value
        m = _cfg_word.match(rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = _cfg_dot.match(rest)
            if m:
                d = d[m.group(1)]
            else:
                m = _cfg_index.match(rest)
                if not m:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                idx = m.group(1)
                if idx.isdigit() and not isinstance(d, dict):
                    d = d[int(idx)]
                else:
                    try:
                        d = d[idx]
                    except (KeyError, TypeError):
                        d = d[int(idx)]
            rest = rest[m.end():]
        return d

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = _resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                handlers = config.get('handlers', {})
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError('No handler found with name %r' % name)
                    try:
                        handler = logging._handlers[name]
                        level = handlers[name].get('level', None)
                        if level:
                            handler.setLevel(logging._checkLevel(level))
                    except Exception as e:
                        raise ValueError('Unable to configure handler %r' % name) from e
                for name, lconf in config.get('loggers', {}).items():
                    try:
                        self.configure_logger(name, lconf, True)
                    except Exception as e:
                        raise ValueError('Unable to configure logger %r' % name) from e
                root = config.get('root', None)
                if root:
                    try:
                        self.configure_root(root, True)
                    except Exception as e:
                        raise ValueError('Unable to configure root logger') from e
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            logging._handlers.clear()
            logging.shutdown(logging._handlerList[:])
            del logging._handlerList[:]

            formatters = config.get('formatters', {})
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            filters = config.get('filters', {})
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e

            handlers = config.get('handlers', {})
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if 'target not configured yet' in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler %r' % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e

            root = logging.root
            existing = sorted(root.manager.loggerDict.keys())
            child_loggers = []
            loggers = config.get('loggers', {})
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    while i < len(existing) and existing[i].startswith(prefixed):
                        child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            for log in existing:
                logger = root.manager.loggerDict[log]
                if log in child_loggers:
                    if not isinstance(logger, logging.PlaceHolder):
                        logger.setLevel(logging.NOTSET)
                        logger.handlers = []
                        logger.propagate = True
                elif isinstance(logger, logging.Logger):
                    logger.disabled = disable_existing
            rconf = config.get('root', None)
            if rconf:
                try:
                    self.configure_root(rconf)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        c = _resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            if defaults:
                return c(fmt, dfmt, style, config['validate'], defaults=defaults)
            return c(fmt, dfmt, style, config['validate'])
        if defaults:
            return c(fmt, dfmt, style, defaults=defaults)
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = _resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            klass = _resolve(cname) if isinstance(cname, str) else cname
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        config['class'] = cname
                        raise ValueError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(config).configure()
