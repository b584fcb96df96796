# Task and Future states: results before completion, done callbacks,
# operations tasks refuse, and loop calls that are wrong inside a running loop.
import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError(x)
    return x

async def main():
    t = asyncio.create_task(work(1))
    t.add_done_callback(lambda f: print("done cb", f.result()))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(e)
    await t
    await asyncio.sleep(0)
    print(await asyncio.sleep(-1, "neg"))
    t2 = asyncio.create_task(work(-1))
    await asyncio.wait([t2])
    print(repr(t2.exception()), t2.done())
    try:
        t2.result()
    except ValueError as e:
        print("result raised", e)
    try:
        t.set_result(3)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)
    c = work(1)
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutine(c))
    c.close()
    t3 = asyncio.ensure_future(work(5))
    print(isinstance(t3, asyncio.Task), isinstance(t3, asyncio.Future))
    print(await t3)
    t4 = asyncio.create_task(work(2))
    print(await asyncio.wait_for(t4, 1))

    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    coro = work(1)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(e)
    try:
        loop.close()
    except RuntimeError as e:
        print(e)
    async def selfawait():
        await asyncio.current_task()
    try:
        await asyncio.create_task(selfawait())
    except RuntimeError as e:
        print(str(e).split(" coro=")[0])

asyncio.run(main())
