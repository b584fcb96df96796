# str() and repr() of queues, and the state words in lock/semaphore/event
# reprs (the addresses are cut off here).
import asyncio


def state(obj):
    text = repr(obj)
    return text[text.index(" at ") + 4:].split(" ", 1)[1]


async def main():
    q = asyncio.Queue(2)
    print(str(q))
    q.put_nowait("x")
    print(str(q))
    print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(5)))
    print(repr(q).startswith("<Queue at 0x"))

    lock = asyncio.Lock()
    print(state(lock))
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await waiter
    lock.release()

    sem = asyncio.Semaphore(1)
    print(state(sem))
    await sem.acquire()
    print(state(sem))
    sem.release()

    ev = asyncio.Event()
    print(state(ev))
    ev.set()
    print(state(ev))

    print(state(asyncio.Condition()))
    print(state(asyncio.Barrier(3)))

    t = asyncio.create_task(asyncio.sleep(1), name="sleeper")
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0])
    t.cancel()
    print(repr(t).split(" coro=")[0], t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print(repr(t).split(" coro=")[0])


asyncio.run(main())
