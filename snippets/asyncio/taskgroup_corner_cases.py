# TaskGroup corner cases: the body itself failing, a child failing while the
# body waits, a child cancelled on purpose, and using a group before entering
# it or entering it twice.
import asyncio

async def child(n, fail=False):
    try:
        await asyncio.sleep(0.05 * n)
        if fail:
            raise KeyError(n)
        return n
    finally:
        print("child", n, "finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(5))
            raise ValueError("body failed")
    except* ValueError as eg:
        print("body error grouped:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1, fail=True))
            await asyncio.sleep(1)
    except* KeyError as eg:
        print("child error while body sleeping:", repr(eg.exceptions[0]))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(1))
        t.cancel()
    print("cancelled child does not fail the group:", t.cancelled())
    tg2 = asyncio.TaskGroup()
    early = child(0)
    try:
        tg2.create_task(early)
    except RuntimeError as e:
        print(e)
    early.close()
    print(repr(tg2))
    async with tg2:
        print(repr(tg2))
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            print(e)

asyncio.run(main())
