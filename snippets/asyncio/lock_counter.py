# A Lock keeps a read-modify-write of a shared counter consistent.
import asyncio

counter = 0


async def unsafe_increment():
    global counter
    value = counter
    await asyncio.sleep(0.01)
    counter = value + 1


async def safe_increment(lock):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0.01)
        counter = value + 1


async def main():
    global counter
    await asyncio.gather(*(unsafe_increment() for _ in range(10)))
    print("without a lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_increment(lock) for _ in range(10)))
    print("with a lock:", counter)
    print(lock.locked(), "[unlocked]" in repr(lock))
    await lock.acquire()
    print(lock.locked(), "[locked]" in repr(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
