# Hello world: asyncio.run drives a coroutine to completion and returns its value.
import asyncio


async def main():
    print("Hello ...")
    await asyncio.sleep(0.05)
    print("... World!")
    return 42


result = asyncio.run(main())
print("main returned", result)

# A coroutine function call makes a coroutine object; nothing runs yet.
coro = main()
print(type(coro).__name__, asyncio.iscoroutine(coro))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
print(asyncio.run(coro))

# asyncio.run returns whatever the coroutine returns, including None.
async def nothing():
    pass

print(asyncio.run(nothing()))
