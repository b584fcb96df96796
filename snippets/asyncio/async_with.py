# async with: __aenter__/__aexit__ awaited, exceptions passed and suppressed.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self

    async def __aexit__(self, typ, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


async def early():
    async with Resource("early") as r:
        return r.name


async def main():
    async with Resource("a") as r:
        print("body", r.name)
    async with Resource("b", suppress=True):
        raise KeyError("hidden")
    print(await early())
    async with Resource("c"), Resource("d"):
        print("two")
    for i in range(3):
        async with Resource(i):
            if i == 1:
                break
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
    async with Resource("e"):
        raise ValueError("propagates")


asyncio.run(main())
