# asyncio.to_thread: a blocking function runs "in a thread" while the event
# loop goes on (the example of the asyncio documentation, with elapsed
# times rounded instead of clock times).
import asyncio
import time

START = time.monotonic()


def elapsed():
    return round(time.monotonic() - START, 1)


def blocking_io():
    print(f"start blocking_io at {elapsed()}")
    time.sleep(0.4)
    print(f"blocking_io complete at {elapsed()}")
    return "io result"


async def ticker():
    for i in range(2):
        await asyncio.sleep(0.1)
        print(f"tick {i} at {elapsed()}")


async def main():
    print(f"started main at {elapsed()}")
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io), ticker())
    print(f"finished main at {elapsed()}: {result}")


asyncio.run(main())
