# ClassVar annotations are not fields; kw_only=True and KW_ONLY make
# keyword-only fields.
from dataclasses import dataclass, field, fields, KW_ONLY
from typing import ClassVar


@dataclass
class Counter:
    instances: ClassVar[int] = 0
    name: str
    step: int = 1

    def __post_init__(self):
        Counter.instances += 1


Counter("a")
Counter("b", 2)
print(Counter.instances, [f.name for f in fields(Counter)])


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Request:
    url: str
    _: KW_ONLY
    timeout: float = 10.0
    retries: int = 3


print(Request("http://x", retries=5))
try:
    Request("http://x", 5.0)
except TypeError as e:
    print("TypeError:", e)
