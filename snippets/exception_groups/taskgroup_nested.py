# TaskGroups nest: an inner group's ExceptionGroup becomes one error of the
# outer group, so the final group is a tree.
import asyncio

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("inner a"))
        tg.create_task(fail("inner b"))

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
            outer.create_task(fail("outer", 0.5))
    except ExceptionGroup as eg:
        print(repr(eg))
        leaves = eg.subgroup(ValueError)
        print("same tree:", repr(leaves) == repr(eg))

    # except* reaches into the nested groups.
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
    except* ValueError as eg:
        def flatten(g):
            for e in g.exceptions:
                if isinstance(e, BaseExceptionGroup):
                    yield from flatten(e)
                else:
                    yield str(e)
        print("leaves:", sorted(flatten(eg)))

    # SystemExit and KeyboardInterrupt in a task are raised as they are.
    async def bail():
        raise SystemExit(3)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bail())
    except SystemExit as e:
        print("SystemExit", e.code)

    # Results of the successful tasks stay available.
    async def square(n):
        await asyncio.sleep(0)
        return n * n

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n)) for n in range(5)]
    print([t.result() for t in tasks])

asyncio.run(main())
