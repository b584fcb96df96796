# Queue edge cases around waiting: cancelled putters and getters, a
# subclass overriding full(), LIFO and priority storage while waiting,
# join() releasing after the last task_done(), and the error cases.
import asyncio


class PairQueue(asyncio.Queue):
    # full() overridden: the queue holds at most two items.
    def full(self):
        return self.qsize() >= 2


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    t = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    # A putter waits: the str shows it, the waiters live in a deque.
    print(str(q), type(q._putters).__name__)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("put cancelled:", str(q))
    print(q.get_nowait(), str(q))

    # A getter waiting for the next put.
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(5)
    print(await g, str(q))

    # Error cases.
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(e))
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(e))
    for _ in range(4):
        try:
            q.task_done()
            print("task_done:", str(q))
        except ValueError as e:
            print(type(e).__name__, e)

    # The subclass's full() decides when put() waits.
    m = PairQueue()
    await m.put(1)
    await m.put(2)
    t = asyncio.create_task(m.put(3))
    await asyncio.sleep(0)
    print(str(m), t.done())
    print(await m.get(), await m.get())
    await asyncio.sleep(0)
    print(str(m), t.done())

    # PriorityQueue and LifoQueue keep their own storage.
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        await pq.put(x)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue(2)
    await lq.put(1)
    await lq.put(2)
    asyncio.create_task(lq.put(3))
    await asyncio.sleep(0)
    print(await lq.get(), str(lq))
    await asyncio.sleep(0)
    print(str(lq), lq._queue)

    # Three getters, the first cancelled: the two items go to the others.
    q2 = asyncio.Queue()
    getters = [asyncio.create_task(q2.get()) for _ in range(3)]
    await asyncio.sleep(0)
    getters[0].cancel()
    q2.put_nowait('a')
    q2.put_nowait('b')
    await asyncio.sleep(0)
    print([g.cancelled() or g.result() for g in getters], str(q2), q2._queue)

    # join() waits for both task_done() calls.
    j = asyncio.create_task(q2.join())
    await asyncio.sleep(0)
    print("joined:", j.done())
    q2.task_done()
    q2.task_done()
    await asyncio.sleep(0)
    print("joined:", j.done())

    # An uncaught QueueEmpty ends the program with a traceback.
    q2.get_nowait()

asyncio.run(main())
