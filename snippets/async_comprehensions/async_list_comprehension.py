# Async comprehensions (PEP 530): `async for` and `await` inside
# list, set and dict comprehensions of a coroutine.
import asyncio


async def ticker(n, delay=0):
    """An async generator: yields 0..n-1, pausing between values."""
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    # `async for` inside a list comprehension.
    print([i async for i in ticker(5)])
    # `await` inside an ordinary comprehension makes it asynchronous too.
    print([await square(i) for i in range(5)])
    # Both at once, with a condition that awaits.
    print([await square(i) async for i in ticker(6) if await square(i) % 2 == 0])
    # Set and dict comprehensions.
    print({i % 3 async for i in ticker(7)})
    print({i: await square(i) async for i in ticker(4)})
    # Nested: an async comprehension inside a plain one (allowed since 3.11).
    print({n: [x async for x in ticker(n)] for n in range(4)})
    # Several clauses, mixing sync and async loops.
    print([(a, b) async for a in ticker(3) for b in "xy" if a != 1])


asyncio.run(main())
