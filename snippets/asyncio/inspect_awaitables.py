# inspect's view of coroutines and awaitables.
import asyncio
import inspect


class Ticket:
    """Any object whose class defines __await__ is awaitable."""

    def __await__(self):
        yield
        return "ticket"


async def fetch():
    await asyncio.sleep(0)
    return 42


async def main():
    coro = fetch()
    print("coroutine:", inspect.iscoroutine(coro), inspect.isawaitable(coro))
    print("state:", inspect.getcoroutinestate(coro))
    task = asyncio.ensure_future(coro)
    print("task awaitable:", inspect.isawaitable(task))
    print("result:", await task)
    print("state after:", inspect.getcoroutinestate(coro))
    print("Ticket():", inspect.isawaitable(Ticket()), "Ticket:", inspect.isawaitable(Ticket))
    print("await Ticket():", await Ticket())
    for obj in (1, "s", fetch, None):
        print(repr(obj)[:22], inspect.isawaitable(obj))
    print(asyncio.iscoroutinefunction(fetch), asyncio.iscoroutinefunction(main),
          asyncio.iscoroutinefunction(print))
    print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED,
          inspect.CORO_CLOSED)
    print("running:", inspect.getcoroutinestate(current))


current = main()
asyncio.run(current)
