class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)


class Obj:
    a = 1


o = Obj()
p = Proxy(o)
print(p.a)
p.b = 2
print(o.b, p.b)
del p.b
print(p.log)


class Upper:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return name.upper()
        return object.__getattribute__(self, name)

    def real(self):
        return "real"


u = Upper()
print(u.xyz, u.real())
