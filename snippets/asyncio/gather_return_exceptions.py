# gather: results in argument order, return_exceptions, and a failing child.
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "done")
    return name


async def main():
    print(await asyncio.gather(work("slow", 0.1), work("fast", 0.05)))
    results = await asyncio.gather(
        work("a", 0.05), work("b", 0.05, fail=True), work("c", 0.1), return_exceptions=True
    )
    print([type(r).__name__ for r in results], results[1])

    # Without return_exceptions the first error propagates, but the other
    # children are not cancelled: they keep running to completion.
    t_slow = asyncio.create_task(work("survivor", 0.2))
    try:
        await asyncio.gather(work("bad", 0.05, fail=True), t_slow)
    except ValueError as e:
        print("gather raised:", e)
    print("survivor cancelled?", t_slow.cancelled())
    print("survivor result:", await t_slow)

    print(await asyncio.gather())
    # Cancelling the gather future cancels its children.
    g = asyncio.gather(work("x", 1), work("y", 1))
    await asyncio.sleep(0.05)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())


asyncio.run(main())
