# Lock serialises, Event wakes every waiter, Semaphore limits.
import asyncio


async def critical(lock, name):
    async with lock:
        print("in", name)
        await asyncio.sleep(0.01)
        print("out", name)


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woken")


async def limited(sem, name, active):
    async with sem:
        active.append(name)
        print(name, "active", len(active))
        await asyncio.sleep(0.01)
        active.remove(name)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(critical(lock, "a"), critical(lock, "b"), critical(lock, "c"))
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in "xyz"]
    await asyncio.sleep(0.01)
    print("set", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, n, []) for n in "pqrs"))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
