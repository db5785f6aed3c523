from .. import value as parent_value
from ..mod import helper
