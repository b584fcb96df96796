# The typing module's special forms and aliases print as typing.X[...].
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet,
                    Callable, Iterator, Iterable, Generator, Sequence, Mapping,
                    Literal, Final, ClassVar, Annotated, Type, Deque,
                    DefaultDict, AsyncIterator, Awaitable, Coroutine, NoReturn)

print(Any, Optional, Union, List, Callable, NoReturn)
print(Optional[int], Union[int, str], Union[int, str, None])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[str], FrozenSet[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterator[int], Iterable[str], Generator[int, None, str], Sequence[float], Mapping[str, int])
print(AsyncIterator[int], Awaitable[str], Coroutine[None, None, int])
print(Literal["r", "w"], Final[int], ClassVar[List[int]], Annotated[int, "meters"])
print(Type[int], Deque[int], DefaultDict[str, int])
print(Optional[List[int]], List[Optional[int]], Dict[str, Callable[[int], int]])
