# Without nest_asyncio, asyncio refuses to start a loop inside a running
# one: asyncio.run() and loop.run_until_complete() both raise
# RuntimeError, and the coroutine passed in is never run (Python warns
# about it when it is freed).
import asyncio


async def compute():
    return 42


async def main():
    coro = compute()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("asyncio.run:", e)
    del coro  # freed unawaited: RuntimeWarning on stderr

    loop = asyncio.get_running_loop()
    coro = compute()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("run_until_complete:", e)
    coro.close()  # closed: no warning

    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)

    # Awaiting is the way without nesting.
    print("awaited:", await compute())


asyncio.run(main())

# Once the outer loop finished, asyncio.run works again.
print("top level:", asyncio.run(compute()))
