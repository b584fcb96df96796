# Coroutines and async generators against the async ABCs.
from collections.abc import (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, Generator, Iterator, Callable)
import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


async def ticker(n):
    for i in range(n):
        yield i


coro = fetch(1)
print("coroutine:", isinstance(coro, Coroutine), isinstance(coro, Awaitable))
print("not a generator:", isinstance(coro, Generator), isinstance(coro, Iterator))
coro.close()

agen = ticker(2)
print("async gen:", isinstance(agen, AsyncGenerator), isinstance(agen, AsyncIterator),
      isinstance(agen, AsyncIterable), isinstance(agen, Iterator))
# The functions themselves are just callables.
print("functions:", isinstance(fetch, Coroutine), isinstance(fetch, Callable))


# Structural checks: __await__ makes an Awaitable, __aiter__/__anext__ an AsyncIterator.
class Later:
    def __await__(self):
        yield
        return "later"


class Numbers:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


print(isinstance(Later(), Awaitable), isinstance(Later(), Coroutine))
print(isinstance(Numbers(1), AsyncIterator), isinstance(Numbers(1), AsyncIterable))


async def main():
    print(await fetch(21))
    print([x async for x in Numbers(3)])
    print([x async for x in ticker(3)])


asyncio.run(main())


# Coroutine is abstract: send, throw and __await__ are required.
class Half(Coroutine):
    def send(self, value):
        return value


try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
