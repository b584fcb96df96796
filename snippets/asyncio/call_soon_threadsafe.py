# loop.call_soon_threadsafe schedules like call_soon (for callbacks coming
# from other threads); its handle can be cancelled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(print, "threadsafe callback", 1)
    h = loop.call_soon_threadsafe(print, "cancelled")
    print(repr(h))
    h.cancel()
    await asyncio.sleep(0)
    try:
        loop.call_soon_threadsafe()
    except TypeError as e:
        print("TypeError", type(e).__name__)

asyncio.run(main())
