# A producer/consumer pipeline with a bounded Queue, task_done and join.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print("put", i)
    print("producer done")


async def consumer(name, queue, seen):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.05)
        seen.append((name, item))
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue.maxsize, queue.empty(), queue.full())
    # (How full the queue is at each put depends on timing, so it is not printed.)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, seen)) for i in range(2)]
    await producer(queue, 6)
    await queue.join()
    print("all items processed:", sorted(item for _, item in seen))
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(queue.empty(), queue.qsize())


asyncio.run(main())
