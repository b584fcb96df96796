# asyncio.wait, as_completed and shield.
import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [asyncio.create_task(job(i, 0.05 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    for fut in asyncio.as_completed([job("x", 0.15), job("y", 0.05), job("z", 0.1)]):
        print(await fut)
    inner = asyncio.create_task(job("shielded", 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(outer.cancelled())
    print(await inner)


asyncio.run(main())
