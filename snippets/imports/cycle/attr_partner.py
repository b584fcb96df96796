from . import attr_early

print(attr_early.NAME)
