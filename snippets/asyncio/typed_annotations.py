# Type-annotated asyncio code: subscripted Queue/Future/Task types in
# annotations are evaluated at module level and must work.
import asyncio

jobs: asyncio.Queue[int] = asyncio.Queue()
ranked: asyncio.PriorityQueue[tuple[int, str]] = asyncio.PriorityQueue()


async def double(q: asyncio.Queue[int]) -> list[int]:
    out: list[int] = []
    while not q.empty():
        out.append(q.get_nowait() * 2)
    return out


async def main() -> None:
    for i in range(3):
        jobs.put_nowait(i)
    task: asyncio.Task[list[int]] = asyncio.create_task(double(jobs))
    fut: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await task, await fut)
    ranked.put_nowait((2, "b"))
    ranked.put_nowait((1, "a"))
    print(ranked.get_nowait())
    print(type(jobs).__name__, type(task).__name__, type(fut).__name__)
    print(asyncio.Queue[int]().maxsize)


asyncio.run(main())
