# asyncio: gather 10,000 tasks that each yield to the loop several times.
import asyncio


async def worker(i):
    total = 0
    for step in range(5):
        await asyncio.sleep(0)
        total += i * step
    return total


async def main():
    checksum = 0
    for _ in range(4):
        results = await asyncio.gather(*(worker(i) for i in range(10_000)))
        checksum += sum(results)
    return checksum


print("checksum:", asyncio.run(main()))
