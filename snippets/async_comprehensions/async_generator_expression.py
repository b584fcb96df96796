# An async generator expression is an async generator: consume it with
# `async for`, an async comprehension, or `__anext__`.
import asyncio
import inspect


async def numbers():
    for i in range(1, 6):
        await asyncio.sleep(0)
        yield i


async def main():
    evens = (n * 10 async for n in numbers() if n % 2 == 0)
    print(type(evens).__name__, inspect.isasyncgen(evens))
    async for value in evens:
        print("got", value)

    doubled = (n * 2 async for n in numbers())
    print("first:", await doubled.__anext__())
    print("rest:", [d async for d in doubled])

    # `await` in a generator expression also makes it asynchronous.
    async def half(x):
        return x / 2

    halves = (await half(n) for n in range(3))
    print(type(halves).__name__, [h async for h in halves])
    try:
        await halves.__anext__()
    except StopAsyncIteration:
        print("exhausted: StopAsyncIteration")


# An async generator expression may be created outside a coroutine.
lazy = (x async for x in numbers())
print(type(lazy).__name__)
asyncio.run(main())


async def consume():
    return [x async for x in lazy]


print(asyncio.run(consume()))
