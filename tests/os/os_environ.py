import os
os.environ['UPY_A'] = '1'; os.putenv('UPY_B', '2') if hasattr(os, 'putenv') else None
print(os.environ.get('UPY_A'), os.environ['UPY_A'], 'UPY_A' in os.environ, os.getenv('UPY_A'))
print(os.environ.pop('UPY_A'), os.environ.get('UPY_A', 'gone'), os.environ.setdefault('UPY_C', 'c'), os.getenv('UPY_C'))
try: os.environ['UPY_NOPE']
except KeyError as e: print('KeyError', e)
try: os.environ['X'] = 1
except TypeError as e: print(e)
print(isinstance(os.environ.copy(), dict), type(os.getpid()).__name__, os.getpid() > 0, type(os.cpu_count()).__name__, os.path.sep)
