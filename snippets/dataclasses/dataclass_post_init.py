# __post_init__ runs after the generated __init__; InitVar fields are
# passed to it and not stored; field(init=False) is computed there.
from dataclasses import dataclass, field, InitVar, fields


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError("sides must be non-negative")
        self.area = self.width * self.height


print(Rectangle(2, 3))
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class User:
    name: str
    password: InitVar[str]
    password_hash: int = field(init=False, repr=False)

    def __post_init__(self, password):
        self.password_hash = len(password) * 31


u = User("ann", "secret")
print(u, u.password_hash, [f.name for f in fields(u)])
print(hasattr(u, "password"), User.__annotations__["password"])
