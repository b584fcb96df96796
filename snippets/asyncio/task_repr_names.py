# Task names, reprs and states.
import asyncio


async def sleeper(x):
    await asyncio.sleep(0.05)
    return x


async def failer():
    raise ValueError("nope")


async def main():
    t = asyncio.create_task(sleeper(1))
    print(t.get_name().startswith("Task-"))
    t.set_name("sleepy")
    print(repr(t))
    await t
    print(repr(t))
    t2 = asyncio.create_task(sleeper(2), name="named")
    t2.cancel()
    await asyncio.sleep(0)
    print(repr(t2))
    t3 = asyncio.create_task(failer(), name="failing")
    await asyncio.sleep(0)
    print(repr(t3))
    print(repr(t3.exception()))
    t4 = asyncio.create_task(sleeper(3), name=42)
    print(t4.get_name(), type(t4.get_name()).__name__)
    await t4
    print(t4.get_coro().__name__, t4.get_loop() is asyncio.get_running_loop())
    fut = asyncio.get_running_loop().create_future()
    print(repr(fut))
    fut.set_result([1, 2])
    print(repr(fut))
    f2 = asyncio.get_running_loop().create_future()
    f2.cancel()
    print(repr(f2))


asyncio.run(main())
