# aiter() and anext(): stepping an asynchronous iterator by hand.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


class Tape:
    """A hand-written async iterator."""

    def __init__(self, *items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def main():
    it = aiter(countdown(3))
    print(await anext(it), await anext(it), await anext(it))
    print("default:", await anext(it, "liftoff"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")

    tape = Tape("a", "b")
    print(aiter(tape) is tape)
    print(await anext(tape), await anext(tape), await anext(tape, None))

    for bad in (aiter, anext):
        try:
            bad([1, 2])
        except TypeError as e:
            print("TypeError:", e)
    try:
        anext(tape, 1, 2)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
