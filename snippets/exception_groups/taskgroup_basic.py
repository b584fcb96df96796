# asyncio.TaskGroup runs tasks together and waits for all of them.
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(fetch("a", 0.02))
        b = tg.create_task(fetch("b", 0.01))
        c = tg.create_task(fetch("c", 0), name="third")
        print(repr(tg))
        print("names:", c.get_name())
    # Leaving the block waited for every task.
    print("results:", a.result(), b.result(), c.result())
    print(repr(tg))

    # Tasks may start more tasks in the same group.
    results = []
    async with asyncio.TaskGroup() as tg:
        async def spawner(n):
            results.append(n)
            if n < 3:
                tg.create_task(spawner(n + 1))
        tg.create_task(spawner(0))
    print("spawned:", results)

    # create_task after the group finished is an error.
    late = fetch("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print(type(e).__name__, e)
    late.close()

    # So is entering a group twice, or using it before entering.
    g = asyncio.TaskGroup()
    coro = fetch("never", 0)
    try:
        g.create_task(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()
    async with g:
        try:
            async with g:
                pass
        except RuntimeError as e:
            print(type(e).__name__, e)

asyncio.run(main())
