# Misusing asyncio locks: sync with, awaiting a Lock, loop= arguments
# (removed in 3.10); a semaphore at zero; Queue.join with nothing queued.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        with lock:
            pass
    except TypeError as e:
        print(e)
    except AttributeError as e:
        print("AE", e)
    try:
        await lock
    except TypeError as e:
        print(e)
    sem = asyncio.Semaphore(0)
    try:
        await asyncio.wait_for(sem.acquire(), 0.05)
    except TimeoutError:
        print("sem timeout", sem.locked(), sem._value)
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print(e)
    q = asyncio.Queue()
    print(await asyncio.wait_for(q.join(), 0.1))
    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(repr(ev).split(" at ")[1].split(" ", 1)[1])
    ev.set()
    await w
    try:
        asyncio.Queue(maxsize="a").full()
    except TypeError as e:
        print(e)

asyncio.run(main())
