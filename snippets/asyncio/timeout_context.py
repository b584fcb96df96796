# asyncio.timeout / timeout_at (3.11): cancel a block that runs too long.
import asyncio


async def slow_io(seconds):
    try:
        await asyncio.sleep(seconds)
        return f"done after {seconds}"
    finally:
        print(f"slow_io({seconds}) cleaned up")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            print("expired before?", cm.expired())
            await slow_io(10)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, "| expired:", cm.expired())
        print("cause:", type(e.__cause__).__name__)

    async with asyncio.timeout(5) as cm:
        result = await slow_io(0.01)
    print(result, "| expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(loop.time() + 60)
        print("rescheduled:", cm.when() > loop.time())

    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")

    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Uncaught: the TimeoutError is chained to the CancelledError.
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)


asyncio.run(main())
