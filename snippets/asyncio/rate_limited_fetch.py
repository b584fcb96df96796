# Fetching many "URLs" with at most two in flight, collecting results in the
# order they finish with as_completed, and failures with return_exceptions.
import asyncio

DELAYS = {"a": 0.15, "b": 0.05, "c": 0.1, "d": 0.05, "bad": 0.05}


async def fetch(url, sem, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        try:
            await asyncio.sleep(DELAYS[url])
            if url == "bad":
                raise ValueError(f"bad url {url!r}")
            return url.upper()
        finally:
            active[0] -= 1


async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    urls = ["a", "b", "c", "d"]
    finished = []
    for coro in asyncio.as_completed([fetch(u, sem, active, peak) for u in urls]):
        finished.append(await coro)
    print("finished:", sorted(finished), "peak in flight:", peak[0])
    results = await asyncio.gather(*(fetch(u, sem, active, peak) for u in ["a", "bad", "d"]), return_exceptions=True)
    print(results)
    print("still in flight:", active[0])


asyncio.run(main())
