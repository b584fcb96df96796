# Limit how many workers run at once with a Semaphore.
import asyncio


async def worker(i, sem, state):
    async with sem:
        state["running"] += 1
        state["peak"] = max(state["peak"], state["running"])
        await asyncio.sleep(0.05)
        state["running"] -= 1
        return i * i


async def main():
    sem = asyncio.Semaphore(3)
    print(sem.locked())
    state = {"running": 0, "peak": 0}
    results = await asyncio.gather(*(worker(i, sem, state) for i in range(10)))
    print(results)
    print("peak concurrency:", state["peak"])

    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    await bounded.acquire()
    print("locked:", bounded.locked())
    bounded.release()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("plain semaphore can exceed its start value:", plain._value)

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
