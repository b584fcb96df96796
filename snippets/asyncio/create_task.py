# Tasks: names, reprs, results, ordering of steps.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2), name="second")
    print(t1.get_name(), t2.get_name(), t1.done())
    print(await t1, await t2)
    print(t1.done(), t1.result(), t2.cancelled())
    print(t1)
    print(asyncio.current_task().get_name())


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
t = loop.create_task(worker("c", 1))
print(loop.run_until_complete(t))
print(loop.run_until_complete(worker("d", 1)))
loop.close()
print(loop.is_closed())
