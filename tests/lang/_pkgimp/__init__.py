print('_pkgimp init', __name__, __package__)
value = 1
from .mod import helper
