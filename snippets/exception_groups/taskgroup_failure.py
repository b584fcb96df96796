# When a task fails, the TaskGroup cancels the others and raises an
# ExceptionGroup of every error once all tasks have finished.
import asyncio

async def worker(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("slow", 1))
            tg.create_task(worker("quick", 0))
            tg.create_task(worker("bad-1", 0.01, ValueError("first failure")))
            tg.create_task(worker("bad-2", 0.01, TypeError("second failure")))
    except* ValueError as eg:
        print("ValueErrors:", repr(eg))
    except* TypeError as eg:
        print("TypeErrors:", repr(eg))

    # The body itself failing also cancels the tasks and joins the group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("background", 1))
            await asyncio.sleep(0)
            raise KeyError("from the body")
    except ExceptionGroup as eg:
        print("caught:", repr(eg), eg.__cause__, eg.__suppress_context__)

    # The group blocks the body's await: it is cancelled, then uncancelled.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("crash", 0, OSError("io")))
            await asyncio.sleep(1)
            print("never reached")
    except* OSError as eg:
        print("OSErrors:", repr(eg))
    print("parent still running, cancelling() =", asyncio.current_task().cancelling())

asyncio.run(main())
