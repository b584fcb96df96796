# A periodic background job that is stopped by cancellation, with the
# cleanup in finally and the ticks reported through a list; main stops it
# after three beats, signalled with an Event.
import asyncio


async def heartbeat(interval, log, three_beats):
    n = 0
    try:
        while True:
            n += 1
            log.append(n)
            if n == 3:
                three_beats.set()
            await asyncio.sleep(interval)
    except asyncio.CancelledError:
        print("heartbeat cancelled after", n, "beats")
        raise
    finally:
        print("heartbeat finally")


async def main():
    log = []
    three_beats = asyncio.Event()
    task = asyncio.create_task(heartbeat(0.05, log, three_beats), name="heartbeat")
    # Waiting for an event (not a fixed time) keeps the count exact.
    await three_beats.wait()
    print("stopping", task.get_name(), "done?", task.done())
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print("gather gave", [type(r).__name__ for r in results])
    print("beats:", log)
    print(task.cancelled(), task.done())


asyncio.run(main())
