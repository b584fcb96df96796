from . import second


def hello():
    return "first.hello, then " + second.world()
