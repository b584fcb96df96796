# Module-level get_event_loop() (3.11 makes a loop with a warning-free call
# in the main thread) and run_until_complete.
import asyncio


async def compute(x):
    await asyncio.sleep(0.05)
    return x * 10


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(compute(4)))
task = loop.create_task(compute(5))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_later(0.05, fut.set_result, "from call_later")
print(loop.run_until_complete(fut))
print(loop.run_until_complete(asyncio.gather(compute(1), compute(2))))
t0 = loop.time()
loop.run_until_complete(asyncio.sleep(0.1))
print("loop.time() advanced:", loop.time() - t0 >= 0.1)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def inside():
    return asyncio.get_running_loop() is loop and asyncio.get_event_loop() is loop

print(loop.run_until_complete(inside()))
loop.close()
coro = compute(1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
