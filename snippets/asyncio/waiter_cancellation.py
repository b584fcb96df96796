# Cancelled waiters on queues, locks and semaphores are skipped: the next
# waiter gets the item, the lock or the semaphore slot.
import asyncio

async def main():
    q = asyncio.Queue(1)
    for _ in range(3):
        try:
            await asyncio.wait_for(q.get(), 0.01)
        except TimeoutError:
            pass
    print(repr(q).split(" at ")[1].split(" ", 1)[1], q._getters)
    q.put_nowait(1)
    puts = [asyncio.create_task(q.put(i)) for i in range(2, 4)]
    await asyncio.sleep(0)
    print(str(q))
    puts[0].cancel()
    await asyncio.sleep(0)
    print(q.get_nowait(), str(q))
    await asyncio.sleep(0)
    print(str(q), [t.cancelled() for t in puts])
    lock = asyncio.Lock()
    await lock.acquire()
    waiters = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    waiters[0].cancel()
    lock.release()
    await asyncio.sleep(0)
    print([w.done() for w in waiters], lock.locked())
    sem = asyncio.Semaphore(0)
    ws = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    ws[1].cancel()
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print([w.done() and not w.cancelled() for w in ws], sem._value)
    for w in ws + waiters:
        w.cancel()

asyncio.run(main())
