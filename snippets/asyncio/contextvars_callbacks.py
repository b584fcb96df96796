# Callbacks run in a copy of the context current when they were scheduled
# (call_soon, call_later, add_done_callback), or in an explicit context=.
import asyncio
import contextvars

rid = contextvars.ContextVar("rid", default="none")

def report(label):
    def cb(*args):
        print(label, "sees rid =", rid.get())
    return cb

async def work(n):
    rid.set(f"req-{n}")
    loop = asyncio.get_running_loop()
    loop.call_soon(report(f"call_soon from task {n}"))
    fut = loop.create_future()
    fut.add_done_callback(report(f"done callback added in task {n}"))
    rid.set(f"req-{n}-changed")
    loop.call_later(0.05, fut.set_result, None)
    await fut
    await asyncio.sleep(0.05)

async def main():
    await asyncio.gather(work(1), work(2))
    other = contextvars.Context()
    other.run(rid.set, "explicit")
    asyncio.get_running_loop().call_soon(report("explicit context"), context=other)
    t = asyncio.create_task(asyncio.sleep(0.01))
    t.add_done_callback(report("task callback with context"), context=other)
    await t
    await asyncio.sleep(0.05)
    print("main sees", rid.get())

asyncio.run(main())
