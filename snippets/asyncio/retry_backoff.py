# Retrying a flaky coroutine with exponential backoff and an overall timeout.
import asyncio

attempts = {"count": 0}


async def flaky_fetch(url):
    attempts["count"] += 1
    await asyncio.sleep(0.01)
    if attempts["count"] < 3:
        raise ConnectionError(f"attempt {attempts['count']} failed for {url}")
    return f"content of {url}"


async def retry(coro_factory, retries=5, base_delay=0.01):
    for attempt in range(1, retries + 1):
        try:
            return await coro_factory()
        except ConnectionError as e:
            delay = base_delay * 2 ** (attempt - 1)
            print(f"{e}; retrying in {delay:.2f}s")
            await asyncio.sleep(delay)
    raise RuntimeError(f"gave up after {retries} attempts")


async def always_fails():
    await asyncio.sleep(0)
    raise ConnectionError("down")


async def main():
    print(await retry(lambda: flaky_fetch("https://example.com")))
    try:
        await retry(always_fails, retries=3)
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", repr(e.__context__))
    try:
        async with asyncio.timeout(0.05):
            await retry(always_fails, retries=10, base_delay=0.02)
    except TimeoutError:
        print("overall timeout hit")


asyncio.run(main())
