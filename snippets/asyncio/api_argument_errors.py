# Wrong arguments to asyncio's functions and the errors they raise (coroutines
# that never ran are closed at the end, so no never-awaited warnings).
import asyncio

async def c():
    return 1

made = []


def keep(coro):
    made.append(coro)
    return coro


async def main():
    tests = [
        ("sleep str", lambda: asyncio.sleep("x")),
        ("gather int", lambda: asyncio.gather(1)),
        ("create_task int", lambda: asyncio.create_task(1)),
        ("create_task func", lambda: asyncio.create_task(c)),
        ("as_completed coro", lambda: asyncio.as_completed(keep(c()))),
        ("wait coro", lambda: asyncio.wait(keep(c()))),
        ("shield int", lambda: asyncio.shield(1)),
        ("ensure_future int", lambda: asyncio.ensure_future(1)),
        ("Queue get_nowait", lambda: asyncio.Queue().get_nowait()),
        ("wait_for str timeout", lambda: asyncio.wait_for(keep(asyncio.sleep(0)), "x")),
        ("Semaphore str", lambda: asyncio.Semaphore("2")),
        ("Event wait arg", lambda: asyncio.Event().wait(1)),
        ("Timeout str", lambda: asyncio.timeout("x")),
    ]
    for name, fn in tests:
        try:
            r = fn()
            if asyncio.iscoroutine(r) or asyncio.isfuture(r):
                await r
            print(name, "ok")
        except Exception as e:
            print(name, "->", type(e).__name__, e)
    for coro in made:
        coro.close()

asyncio.run(main())
