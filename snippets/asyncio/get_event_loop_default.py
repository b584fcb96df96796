# In 3.11 the first get_event_loop() in the main thread creates a loop.
import asyncio

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
print(asyncio.get_event_loop() is loop)


async def hello():
    await asyncio.sleep(0.05)
    return "hello from run_until_complete"

print(loop.run_until_complete(hello()))

# asyncio.run uses its own new loop and leaves no current loop behind.
async def which():
    return asyncio.get_running_loop() is loop

print(asyncio.run(which()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
