# shield protects an inner task from the outer cancellation.
import asyncio


async def important(log):
    await asyncio.sleep(0.2)
    log.append("important work finished")
    return "saved"


async def main():
    log = []
    inner = asyncio.create_task(important(log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.05)
    except asyncio.TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)
    print(log)

    # Cancelling the task that awaits a shield.
    inner2 = asyncio.create_task(important(log))

    async def waiter():
        return await asyncio.shield(inner2)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.05)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled:", w.cancelled(), "inner still running:", not inner2.done())
    print(await inner2, len(log))

    # shield of a coroutine makes a task; shield of a done future returns it.
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    print(asyncio.shield(fut) is fut, await asyncio.shield(asyncio.sleep(0.01, "x")))


asyncio.run(main())
