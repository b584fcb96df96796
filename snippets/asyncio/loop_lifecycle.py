# Event loop life cycle: stopping before a future completes, running one loop
# inside another, closing (twice), and using a closed loop.
import asyncio

loop = asyncio.new_event_loop()


async def stopper():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.05)
    return "finished later"

task = loop.create_task(stopper())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print(task.done())
print(loop.run_until_complete(task))

other = asyncio.new_event_loop()


async def nested_run():
    coro = asyncio.sleep(0)
    try:
        other.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

loop.run_until_complete(nested_run())
print(repr(loop).replace("0x", ""), repr(other))
other.close()
loop.close()
loop.close()
print(repr(loop))
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
coro = asyncio.sleep(0)
try:
    loop.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
print(loop.create_future().get_loop() is loop)
