from . import first


def world():
    return "second.world"


def early():
    return first.hello()
