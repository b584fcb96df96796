# loop.run_in_executor(None, func, *args) runs a blocking function in the
# default executor and gives back an awaitable future.
import asyncio
import time


def blocking_sum(n):
    time.sleep(0.05)
    return sum(range(n))


def blocking_fail():
    raise PermissionError("not allowed")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking_sum, 100)
    print(type(fut).__name__, asyncio.isfuture(fut))
    print(await fut)
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking_sum, 10),
        loop.run_in_executor(None, blocking_sum, 20),
    )
    print(results)
    try:
        await loop.run_in_executor(None, blocking_fail)
    except PermissionError as e:
        print("PermissionError:", e)


asyncio.run(main())
