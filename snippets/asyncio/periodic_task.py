# A periodic background job that is stopped by cancellation, with the
# cleanup in finally and the number of ticks reported through a list.
import asyncio


async def heartbeat(interval, log):
    n = 0
    try:
        while True:
            n += 1
            log.append(n)
            await asyncio.sleep(interval)
    except asyncio.CancelledError:
        print("heartbeat cancelled after", n, "beats")
        raise
    finally:
        print("heartbeat finally")


async def main():
    log = []
    task = asyncio.create_task(heartbeat(0.1, log), name="heartbeat")
    await asyncio.sleep(0.25)
    print("stopping", task.get_name(), "done?", task.done())
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print("gather gave", [type(r).__name__ for r in results])
    print("beats:", log)
    print(task.cancelled(), task.done())


asyncio.run(main())
