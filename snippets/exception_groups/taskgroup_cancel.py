# Cancelling the task that runs a TaskGroup cancels the group's tasks and
# the CancelledError propagates.
import asyncio

cancelled = []

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        # The group cancels its tasks in no particular order: just record it.
        cancelled.append(name)
        raise

async def parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("one"))
        tg.create_task(child("two"))
        print("parent waiting")
    print("never reached")

async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("parent cancelled:", task.cancelled())
    print("children cancelled:", sorted(cancelled))

    # A task cancelling itself is not an error of the group.
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child("self"))
        await asyncio.sleep(0)
        t.cancel()
    print("group finished, t.cancelled() =", t.cancelled(), cancelled[-1])

    # Errors win over cancellation.
    async def failing():
        await asyncio.sleep(0)
        raise ValueError("boom")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("sibling"))
            tg.create_task(failing())
    except* ValueError as eg:
        print("errors:", eg.exceptions)
    print("last cancelled:", cancelled[-1])

asyncio.run(main())
