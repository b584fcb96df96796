# Union and Optional: flattening, duplicates, equality, isinstance.
from typing import Union, Optional, List, get_args, get_origin

print(Union[int], Union[int, int, str], Union[int, Union[str, float]])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(Union[int, str] == (int | str))
print(Optional[int] | str, Union[int, str] | None, List[int] | None)
print(get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))

def find(items: List[str], key: str) -> Optional[int]:
    try:
        return items.index(key)
    except ValueError:
        return None

print(find(["a", "b"], "b"), find([], "z"), find.__annotations__["return"])
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
