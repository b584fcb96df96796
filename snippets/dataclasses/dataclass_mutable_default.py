# A list, dict or set default would be shared by every instance, so
# @dataclass refuses it; default_factory is the fix.
from dataclasses import dataclass, field

for kind in ("list", "dict", "set"):
    try:
        exec(f"""
@dataclass
class Bag:
    tags: {kind} = {kind}()
""")
    except ValueError as e:
        print("ValueError:", e)


@dataclass
class Bag:
    tags: list = field(default_factory=list)


b1, b2 = Bag(), Bag()
b1.tags.append("x")
print(b1, b2)
try:
    field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)
