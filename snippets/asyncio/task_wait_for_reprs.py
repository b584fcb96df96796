# What a task waits for shows in its repr (wait_for=...), for each kind of
# awaitable; finished tasks show an abbreviated result.
import asyncio

async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await lock.acquire()
    async def s(): await asyncio.sleep(1)
    cases = {
        "gather": asyncio.gather(asyncio.sleep(1)),
        "queue": q.get(),
        "event": ev.wait(),
        "lock": lock.acquire(),
        "wait_for": asyncio.wait_for(asyncio.sleep(1), 5),
        "wait": asyncio.wait([asyncio.create_task(s())]),
        "task": asyncio.create_task(s()),
    }
    tasks = {}
    for name, aw in cases.items():
        async def waiter(aw=aw):
            return await aw
        tasks[name] = asyncio.create_task(waiter(), name=name)
    await asyncio.sleep(0.05)
    for name, t in tasks.items():
        r = repr(t)
        print(name, r[r.index("wait_for="):] if "wait_for=" in r else r)
    for t in tasks.values():
        t.cancel()
    await asyncio.sleep(0.05)
    g = asyncio.gather()
    print(type(g).__name__, type(asyncio.gather(asyncio.sleep(0))))
    await asyncio.sleep(0)
    # Results are abbreviated as reprlib does; names are shown with repr().
    async def value(v):
        return v
    for v in ["x" * 50, list(range(20)), 10 ** 60]:
        t = asyncio.create_task(value(v), name="it's")
        await t
        print(repr(t).split(" coro=")[0], repr(t).split("> ")[-1])

asyncio.run(main())
