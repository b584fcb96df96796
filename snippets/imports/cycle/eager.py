from .eager_partner import PARTNER

VALUE = "eager"
