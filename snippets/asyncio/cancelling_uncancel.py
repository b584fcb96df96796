# Task.cancelling() counts pending cancel requests; uncancel() takes one back.
import asyncio


async def stubborn():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught cancel, cancelling() =", task.cancelling())
        print("uncancel() ->", task.uncancel())
        print("cancelling() now", task.cancelling())
    await asyncio.sleep(0.05)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.05)
    print(t.cancelling())
    t.cancel()
    t.cancel()
    print("after two cancels:", t.cancelling())
    print(await t)
    print(t.cancelled(), t.cancelling())


asyncio.run(main())
