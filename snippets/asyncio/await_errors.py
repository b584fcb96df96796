# Errors of await: non-awaitables, reused coroutines, bad __await__.
import asyncio


async def noop():
    return 1


class BadAwait:
    def __await__(self):
        return 42


async def main():
    for obj in [1, "s", None, [1]]:
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    c = noop()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    await 3.5


asyncio.run(main())
