# asyncio.Queue: producers and consumers, maxsize, task_done/join.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        total += item
        await asyncio.sleep(0)
    return total


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.maxsize)
    _, total = await asyncio.gather(producer(q, 5), consumer(q))
    print("total", total)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())


asyncio.run(main())
