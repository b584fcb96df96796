# SystemExit raised inside a background task stops the loop and the program
# (exit code 4); the task's exception is then reported as never retrieved.
import asyncio

async def task_exits():
    await asyncio.sleep(0.01)
    raise SystemExit(4)

async def main():
    t = asyncio.create_task(task_exits())
    await asyncio.sleep(1)
    print("never")

asyncio.run(main())
