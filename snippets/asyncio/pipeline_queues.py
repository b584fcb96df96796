# A three-stage pipeline connected by queues, shut down with sentinels.
import asyncio

DONE = object()


async def produce(out_q, n):
    for i in range(1, n + 1):
        await out_q.put(i)
    await out_q.put(DONE)


async def square(in_q, out_q):
    while True:
        item = await in_q.get()
        if item is DONE:
            await out_q.put(DONE)
            break
        await asyncio.sleep(0.01)
        await out_q.put(item * item)


async def collect(in_q):
    total = []
    while (item := await in_q.get()) is not DONE:
        total.append(item)
    return total


async def main():
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(produce(q1, 6), square(q1, q2), collect(q2))
    print(results)
    print(q1.empty(), q2.empty(), q1.qsize(), q2.qsize())


asyncio.run(main())
