# asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.05), ("b", 0.2), ("c", 0.3)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print("timeout", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("ALL_COMPLETED", names(done), names(pending))

    tasks = [
        asyncio.create_task(job("ok", 0.05), name="ok"),
        asyncio.create_task(job("bad", 0.1, fail=True), name="bad"),
        asyncio.create_task(job("late", 0.5), name="late"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="sometime")
    except ValueError as e:
        print("ValueError:", e)
    coro = job("bare", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()


asyncio.run(main())
