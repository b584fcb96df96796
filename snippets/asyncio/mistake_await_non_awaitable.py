# Common mistake: awaiting something that is not awaitable.
import asyncio
import time


def not_async():
    return 5


class HasAwait:
    def __await__(self):
        return iter([])


class BadAwait:
    def __await__(self):
        return 42


async def main():
    for thing in (3, "text", None, [1]):
        try:
            await thing
        except TypeError as e:
            print("TypeError:", e)
    try:
        await not_async()
    except TypeError as e:
        print("TypeError:", e)
    print("custom awaitable:", await HasAwait())
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    # time.sleep blocks; asyncio.sleep is awaitable. Awaiting time.sleep's result fails:
    await time.sleep(0.01)


asyncio.run(main())
