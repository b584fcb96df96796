# Async generators: types, asend/athrow/aclose, inspect predicates.
import asyncio
import inspect


async def agen():
    try:
        x = yield 1
        print("received", x)
        await asyncio.sleep(0)
        yield 2
        yield 3
    finally:
        print("agen cleanup")


async def main():
    g = agen()
    print(type(g), inspect.isasyncgen(g), inspect.isasyncgenfunction(agen))
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("thrown"))
    except ValueError as e:
        print("ValueError", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g2 = agen()
    print(await g2.__anext__())
    await g2.aclose()
    print("closed")


asyncio.run(main())
