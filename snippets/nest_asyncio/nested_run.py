# nest_asyncio.apply() makes the event loop reentrant: a coroutine can
# call asyncio.run() or loop.run_until_complete() and block until the
# inner work is done, while the same loop keeps running other tasks.
import asyncio
import nest_asyncio

nest_asyncio.apply()


async def inner(name, delay):
    await asyncio.sleep(delay)
    print(f"  inner {name} ran in {asyncio.current_task().get_name()}")
    return name.upper()


async def ticker():
    # Another task: it keeps ticking while main() is blocked in a
    # nested run.
    for i in range(3):
        print("  tick", i)
        await asyncio.sleep(0.02)


def blocking_helper():
    # A plain (non-async) function that needs a coroutine's result.
    return asyncio.run(inner("from sync code", 0.01))


async def main():
    me = asyncio.current_task()
    print("main runs in", me.get_name())
    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    print("nested asyncio.run ->", asyncio.run(inner("a", 0.05)))
    loop = asyncio.get_running_loop()
    print("nested run_until_complete ->",
          loop.run_until_complete(inner("b", 0.01)))
    print("from a sync function ->", blocking_helper())

    # After the nested runs, main is still the current task and the loop
    # is still running.
    print("current task restored:", asyncio.current_task() is me)
    print("loop running:", loop.is_running())

    # Nested runs can nest again.
    async def level(n):
        if n == 0:
            return "bottom"
        return f"{n}/" + asyncio.run(level(n - 1))
    print("three levels:", asyncio.run(level(3)))

    await ticking


asyncio.run(main())
