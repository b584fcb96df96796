# gather: results in argument order, whatever the completion order.
import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    print("finished", n)
    return n * n


async def main():
    r = await asyncio.gather(job(1, 0.03), job(2, 0.01), job(3, 0.02))
    print(r)
    print(await asyncio.gather())
    t = asyncio.create_task(job(4, 0))
    print(await asyncio.gather(t, job(5, 0)))


asyncio.run(main())
