from . import attr_partner

NAME = "attr_early"
