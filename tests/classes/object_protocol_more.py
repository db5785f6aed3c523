# object/type protocol methods called directly, on builtin and plain objects.
import sys, math
snips = r'''
object().__setattr__('x', 1)
setattr(object(), 'x', 1)
object.__setattr__(object(), 'x', 1)
object.__setattr__(1, 'x', 1)
object.__setattr__([], 'x', 1)
object.__getattribute__(1, 'real')
object.__getattribute__(1, 'nope')
object.__delattr__(object(), 'x')
object.__setattr__(int, 'x', 1)
type.__setattr__(int, 'x', 1)
setattr(int, 'x', 1)
object.__eq__(1, 1)
object.__eq__(1, 2)
object.__ne__(1, 2)
object.__lt__(1, 2)
object.__hash__(1) == hash(1)
object.__str__(1)
object.__format__(1, '')
object.__format__(1, 'd')
object.__class__
object().__class__
object.__subclasshook__(int)
object.__init_subclass__()
object.__doc__[:10]
object.__name__
object.__bases__
object.__mro__
type.__bases__
type.__mro__
type(type)
type.__name__
int.__mro__
bool.__mro__
bool.__bases__
'x'.__class__.__class__
1 .__class__
object.__setattr__
'abc'.__len__()
[].__class__.__name__
vars(1)
vars()['__name__']
dir(object)[:5]
'__dict__' in dir(type('A', (), {}))
type('A', (), {})().__dict__
type('A', (), {}).__weakref__
''' 
for line in snips.strip().split('\n'):
    try:
        r = eval(line)
        print(line, '->', repr(r))
    except Exception as e:
        print(line, '!!', type(e).__name__, e)
