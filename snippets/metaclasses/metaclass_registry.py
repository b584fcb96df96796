# A classic use: a metaclass that registers every class it makes.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:  # skip the abstract base itself
            mcls.registry[name.lower()] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    def run(self):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin):
    def run(self, text):
        return text[::-1]


print(sorted(PluginMeta.registry))
for name, cls in sorted(PluginMeta.registry.items()):
    print(name, "->", cls().run("generator"))

# The same with __init_subclass__, which needs no metaclass.
class Handler:
    handlers = []

    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Handler.handlers.append(cls.__name__)


class Json(Handler, prefix="json"):
    pass


class Text(Handler):
    pass


print(Handler.handlers, Json.prefix, repr(Text.prefix))
