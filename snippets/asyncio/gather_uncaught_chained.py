# A failing child of gather propagates out of asyncio.run: the traceback
# shows the chained KeyError (the other children are not cancelled).
import asyncio

async def step(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("step 2 failed") from e
    return n

async def main():
    results = await asyncio.gather(step(1), step(2), step(3))
    print(results)

asyncio.run(main())
