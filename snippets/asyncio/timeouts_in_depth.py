# asyncio.timeout in depth: reschedule, nesting, timeout_at in the past,
# reuse errors; wait_for with a task that swallows cancellation; cancelling
# a shield; cancelling a task blocked inside a TaskGroup.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.05)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside, re-raising")
            raise
    print("unreachable")

async def main2():
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timed out?", inner.expired())
                raise
    except TimeoutError:
        print("outer expired:", outer.expired(), "inner expired:", inner.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("never")
    except TimeoutError:
        print("deadline already passed")
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("in time:", cm.expired())
    cm2 = asyncio.timeout(1)
    try:
        cm2.reschedule(1)
    except RuntimeError as e:
        print(e)
    async with cm2:
        pass
    try:
        async with cm2:
            pass
    except RuntimeError as e:
        print(e)
    async def ignore():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored"
    try:
        r = await asyncio.wait_for(ignore(), 0.05)
        print("wait_for returned", r)
    except TimeoutError:
        print("timeout")
    t = asyncio.create_task(asyncio.sleep(1))
    s = asyncio.shield(t)
    s.cancel("outer msg")
    try:
        await s
    except asyncio.CancelledError as e:
        print("shield cancelled", e.args, t.cancelled())
    t.cancel()
    async def tg_body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
            await asyncio.sleep(1)
    t2 = asyncio.create_task(tg_body())
    await asyncio.sleep(0.05)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("taskgroup task cancelled from outside")

try:
    asyncio.run(main())
except TimeoutError as e:
    print("TimeoutError", repr(e), type(e.__cause__).__name__)
asyncio.run(main2())
