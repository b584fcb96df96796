# Cancelling a task: cleanup runs in finally, the message travels in CancelledError.
import asyncio


async def long_job(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled with args", e.args)
        raise
    finally:
        print(name, "cleanup in finally")


async def main():
    task = asyncio.create_task(long_job("job1"))
    await asyncio.sleep(0.05)
    print("cancel() ->", task.cancel("stop now"))
    try:
        await task
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print(task.cancelled(), task.done())
    print("cancel again ->", task.cancel())

    task2 = asyncio.create_task(long_job("job2"))
    await asyncio.sleep(0.05)
    task2.cancel()
    try:
        await task2
    except asyncio.CancelledError as e:
        print("no message:", e.args, repr(e))
    try:
        task2.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
