# asyncio.Condition and asyncio.Barrier: coordinating several tasks.
import asyncio


async def main():
    cond = asyncio.Condition()
    items = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print(f"consumer {i} took {items.pop(0)}")

    tasks = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for item in ("apple", "pear", "plum"):
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)

    woken = []

    async def sleeper(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    tasks = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        print(repr(cond).split("[")[1])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("woken:", woken)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    barrier = asyncio.Barrier(3)

    async def runner(name, delay):
        await asyncio.sleep(delay)
        print(f"{name} at the barrier")
        index = await barrier.wait()
        print(f"{name} released")
        return index

    indices = await asyncio.gather(runner("a", 0.1), runner("b", 0.05), runner("c", 0))
    print("indices:", sorted(indices))
    print(repr(barrier).split("[")[1], barrier.parties, barrier.n_waiting, barrier.broken)
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
