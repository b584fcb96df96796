# Each task runs in a copy of the context it was created in: a ContextVar
# set inside one request handler does not leak into the others or main.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def handle(n):
    request_id.set(f"req-{n}")
    log("start")
    await asyncio.sleep(0.05 * (3 - n))
    log("end")
    return request_id.get()


async def main():
    log("main before")
    request_id.set("main")
    results = await asyncio.gather(*(handle(i) for i in range(3)))
    print(results)
    log("main after gather")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    print(ctx[request_id], request_id.get())
    t = asyncio.create_task(handle(9), context=ctx)
    await t
    print(ctx[request_id])
    print(await asyncio.to_thread(request_id.get))

asyncio.run(main())
log("outside")
