from .eager import VALUE

PARTNER = VALUE + " partner"
