# asyncio.Runner (new in 3.11) runs several coroutines on one loop.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def remember():
    return asyncio.get_running_loop()


async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover task cancelled when the runner closes")


async def start_background():
    asyncio.create_task(forever())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    loop1 = runner.run(remember())
    loop2 = runner.run(remember())
    print("same loop:", loop1 is loop2, loop1 is runner.get_loop())
    print("running between runs:", runner.get_loop().is_running())
    runner.run(start_background())
    print("leaving the with block")
print("loop closed:", loop1.is_closed())

late = add(1, 1)
try:
    runner.run(late)
except RuntimeError as e:
    print("RuntimeError:", e)
late.close()

r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
try:
    r.run(add)
except ValueError as e:
    print("ValueError:", e)
r.close()
r.close()


async def nested():
    coro = add(0, 0)
    try:
        asyncio.Runner().run(coro)
    finally:
        coro.close()

asyncio.run(nested())
