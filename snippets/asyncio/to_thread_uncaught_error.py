# An exception raised in a worker thread travels to the coroutine awaiting
# it; uncaught, the traceback shows both.
import asyncio
import time


def parse(text):
    time.sleep(0.01)
    return int(text)


async def main():
    print(await asyncio.to_thread(parse, "12"))
    print(await asyncio.to_thread(parse, "twelve"))


asyncio.run(main())
