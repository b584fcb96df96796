# async with: __aenter__/__aexit__ classes, and __aexit__ suppressing errors.
import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("close", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress

    async def query(self, q):
        await asyncio.sleep(0.01)
        return f"{self.name}: {q}"


async def main():
    async with Connection("db") as conn:
        print(await conn.query("select 1"))

    async with Connection("quiet", suppress=True):
        raise KeyError("swallowed")
    print("KeyError was suppressed")

    try:
        async with Connection("loud"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)

    async with Connection("a") as a, Connection("b") as b:
        print(a.name, b.name)

    # Using a plain context manager with async with is a TypeError.
    class Plain:
        def __enter__(self):
            return self

        def __exit__(self, *args):
            pass

    try:
        async with Plain():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with Connection("sync"):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
