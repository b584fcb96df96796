# list[int], dict[str, int] and int | None: types.GenericAlias and
# types.UnionType, as Python 3.9+/3.10+ make them.
import types

nums = list[int]
print(nums, type(nums), nums.__origin__, nums.__args__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[float], type[int])
print(list[int] == list[int], list[int] == list[str], nums([1, 2]))

opt = int | None
print(opt, type(opt), opt.__args__)
print(int | str | float, (int | str) == (str | int), int | int)
print(list[int] | None, None | dict[str, int])
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(isinstance(opt, types.UnionType), isinstance(nums, types.GenericAlias))

class Node:
    pass

print(list[Node], dict[str, "Node"])

def parse(text: str | bytes, default: int | None = None) -> list[int]:
    return [int(p) for p in text.split()] or [default]

print(parse("1 2 3"), parse.__annotations__)

for bad in ("isinstance([], list[int])", "int | 3", "int[str]"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
