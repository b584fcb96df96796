# An async generator left suspended (break out of async for, or dropped
# after anext) is closed by the event loop soon after, not at once:
# its finally runs at a later loop iteration or during asyncio.run's shutdown.
import asyncio


async def numbers(label, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.01)
    finally:
        print(label, "finally")


async def main():
    async for i in numbers("first", 10):
        if i == 1:
            break
    print("after break")
    await asyncio.sleep(0.05)
    print("after a sleep")

    async for i in numbers("second", 10):
        break
    print("after second break")
    g = numbers("third", 5)
    print("anext:", await anext(g))
    print("leaving main")


asyncio.run(main())
print("after asyncio.run")

loop = asyncio.new_event_loop()


async def partial_use():
    async for i in numbers("fourth", 3):
        break
    print("partial_use done")


async def noop():
    pass

loop.run_until_complete(partial_use())
print("first run_until_complete returned")
loop.run_until_complete(noop())
print("second run_until_complete returned")
loop.close()
