# wait_for cancels the inner task on timeout; its finally block still runs.
import asyncio


async def slow(seconds):
    try:
        await asyncio.sleep(seconds)
        return "slow result"
    finally:
        print("slow finally, seconds =", seconds)


async def main():
    print(await asyncio.wait_for(slow(0.05), timeout=1))
    try:
        await asyncio.wait_for(slow(10), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, e.args, e is not None)
    print(asyncio.TimeoutError is TimeoutError)
    # A timeout of None waits forever; timeout 0 with a done future returns.
    print(await asyncio.wait_for(slow(0.05), None))
    try:
        await asyncio.wait_for(slow(1), 0)
    except TimeoutError:
        print("timeout 0 raised TimeoutError")

    async def failing():
        await asyncio.sleep(0.05)
        raise ValueError("inner failure")

    try:
        await asyncio.wait_for(failing(), 1)
    except ValueError as e:
        print("propagated:", e)


asyncio.run(main())
