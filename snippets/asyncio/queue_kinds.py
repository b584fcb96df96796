# The non-blocking queue operations, QueueFull/QueueEmpty, and the queue flavours.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull:", type(e).__name__, repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty:", type(e).__name__, repr(e))

    # Each put needs one task_done; a third one is too many.
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # Waiting get with a timeout
    try:
        await asyncio.wait_for(q.get(), timeout=0.05)
    except asyncio.TimeoutError:
        print("get timed out")

    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "medium")]:
        pq.put_nowait(item)
    print("priority:", [pq.get_nowait() for _ in range(3)])

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print("lifo:", [await lq.get() for _ in range(4)])

    fifo = asyncio.Queue()
    for i in range(4):
        fifo.put_nowait(i)
    print("fifo:", [fifo.get_nowait() for _ in range(4)])

    print(issubclass(asyncio.PriorityQueue, asyncio.Queue), issubclass(asyncio.QueueFull, Exception))
    print(asyncio.Queue(0).maxsize, asyncio.Queue(-1).full())


asyncio.run(main())
