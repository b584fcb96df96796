# cast, overload, TYPE_CHECKING, NewType, get_type_hints, get_origin/get_args.
from typing import (TYPE_CHECKING, cast, overload, NewType, get_type_hints,
                    get_origin, get_args, List, Dict, Optional, Callable,
                    Annotated, Literal, final, Any)

if TYPE_CHECKING:
    print("never printed at run time")
print(TYPE_CHECKING, cast(int, "not really an int"), cast(List[str], [1]))

UserId = NewType("UserId", int)
uid = UserId(42)
print(UserId, uid, type(uid), UserId.__supertype__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))


@overload
def only_stub(x: int) -> int: ...


try:
    only_stub(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Tree:
    children: "List[Tree]"
    parent: Optional["Tree"]
    size: int = 0


def build(n: "int", cb: Callable[[int], str] = str) -> "Tree":
    return Tree()


print(get_type_hints(build))
print(get_type_hints(Tree))
for tp in (List[int], Dict[str, int], Optional[int], Literal[1, 2], int, Callable[[int], str],
           Annotated[int, "unit"], list[str], int | None):
    print(tp, get_origin(tp), get_args(tp))


@final
class Leaf:
    pass


print(Leaf.__final__, Any)
