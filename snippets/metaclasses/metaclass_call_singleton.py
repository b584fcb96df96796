# Overriding __call__ on the metaclass controls what calling the class does.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path, debug=False):
        self.path = path
        self.debug = debug


a = Config("app.ini", debug=True)
b = Config("other.ini")
print(a is b, b.path, b.debug)


# Counting instances.
class Counted(type):
    def __call__(cls, *args):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*args)


class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x, self.y = x, y


points = [Point(i, i * i) for i in range(4)]
print(Point.count, points[-1].y)

# A metaclass __call__ can refuse to make instances.
class NoInstances(type):
    def __call__(cls, *args, **kwargs):
        raise TypeError(f"{cls.__name__} cannot be instantiated")


class Constants(metaclass=NoInstances):
    PI = 3.14159


print(Constants.PI)
try:
    Constants()
except TypeError as e:
    print("TypeError:", e)
