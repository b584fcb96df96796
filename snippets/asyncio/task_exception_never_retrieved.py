# A fire-and-forget task that fails: nobody awaits it, so when the task is
# freed asyncio reports "Task exception was never retrieved" on stderr.
import asyncio


async def flaky(n):
    await asyncio.sleep(0)
    raise ValueError(f"job {n} failed")


async def careful(n):
    await asyncio.sleep(0)
    raise KeyError(n)


async def main():
    task = asyncio.create_task(flaky(1))
    await asyncio.sleep(0.01)
    print("task done:", task.done())
    del task                      # the last reference: reported now
    print("after del")

    asyncio.create_task(flaky(2))  # never referenced: reported when it ends
    await asyncio.sleep(0.01)

    checked = asyncio.create_task(careful(3))
    await asyncio.sleep(0.01)
    print("retrieved:", repr(checked.exception()))
    del checked                   # retrieved, so nothing is reported

    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError("lost in a future"))
    del fut
    print("end of main")


asyncio.run(main())
print("after run")
