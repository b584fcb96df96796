# Subclassing a parameterized generic: list[int] and typing.Dict[str, int]
# as bases resolve to the real classes through __mro_entries__.
class MyList(list[int]):
    def total(self): return sum(self)
m = MyList([1, 2, 3])
print(m, m.total(), MyList.__orig_bases__, MyList.__mro__, isinstance(m, list))
from typing import List, Dict
class Reg(Dict[str, int]):
    pass
r = Reg(a=1); print(r, Reg.__orig_bases__, Reg.__mro__)
