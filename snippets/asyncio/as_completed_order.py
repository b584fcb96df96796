# as_completed yields awaitables in the order the work finishes.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def main():
    aws = [job("c", 0.3), job("a", 0.1), job("b", 0.2)]
    for fut in asyncio.as_completed(aws):
        print(await fut)

    try:
        for fut in asyncio.as_completed([job("quick", 0.05), job("slow", 5)], timeout=0.2):
            print(await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
