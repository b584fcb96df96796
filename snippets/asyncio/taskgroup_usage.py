# TaskGroup: structured concurrency; the block waits for every task it started.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name.upper()


async def fails(delay, message):
    await asyncio.sleep(delay)
    raise ValueError(message)


async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("slow task cancelled and cleaned up")


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("a", 0.1))
        t2 = tg.create_task(fetch("b", 0.05), name="fetch-b")
        print("tasks created; name of t2:", t2.get_name())
    print("results:", t1.result(), t2.result())

    # One failure cancels the siblings and raises an ExceptionGroup.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow_cleanup())
            tg.create_task(fails(0.05, "boom"))
    except* ValueError as eg:
        print("caught", type(eg).__name__, repr(eg.exceptions))

    # Two failures at the same time end up in one group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(0.05, "first"))
            tg.create_task(fails(0.05, "second"))
    except ExceptionGroup as eg:
        print(eg)
        print(sorted(str(e) for e in eg.exceptions))

    # Adding a task after the group finished is an error.
    late = fetch("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()


asyncio.run(main())
