# A worker pool draining a queue: task_done in finally keeps join() honest
# even when an item fails; the idle workers are cancelled afterwards.
import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            if item == "boom":
                raise ValueError(item)
            results.append((name, item))
        except ValueError as e:
            print(name, "failed on", e)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for item in ["a", "b", "boom", "c"]:
        q.put_nowait(item)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(r[1] for r in results))
    print(all(w.cancelled() for w in workers))

asyncio.run(main())
