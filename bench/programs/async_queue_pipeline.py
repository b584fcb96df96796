# asyncio: producers and consumers over a bounded queue.
import asyncio


async def producer(queue, start, count):
    for i in range(start, start + count):
        await queue.put(i)


async def consumer(queue, totals):
    while True:
        item = await queue.get()
        totals.append(item * 2)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=64)
    totals = []
    consumers = [asyncio.create_task(consumer(queue, totals)) for _ in range(4)]
    await asyncio.gather(*(producer(queue, k * 50_000, 50_000) for k in range(4)))
    await queue.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    return sum(totals) + len(totals)


print("checksum:", asyncio.run(main()))
