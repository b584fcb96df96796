# Constructing Future and Task directly, and ensure_future's type errors.
import asyncio

async def main():
    f = asyncio.Future()
    print(f.get_loop() is asyncio.get_running_loop(), repr(f))
    async def c():
        return 5
    t = asyncio.Task(c(), name="direct")
    print(await t, t.get_name())
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    f2 = asyncio.Future()
    f2.set_result(1)
    print(await f2, list(f2.__await__()) if False else "")
    print(asyncio.isfuture(asyncio.Future), asyncio.isfuture(f2))

asyncio.run(main())
