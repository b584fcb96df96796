# An exception travels from a coroutine under wait_for, through a task,
# wait() and shield(), to the top level.
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    raise ValueError("deep")

async def middle():
    return await asyncio.wait_for(inner(), timeout=1)

async def main():
    task = asyncio.create_task(middle())
    done, _ = await asyncio.wait([task])
    print(len(done))
    await asyncio.shield(task)

asyncio.run(main())
