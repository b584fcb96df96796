# Futures: results, exceptions, done callbacks and InvalidStateError texts.
import asyncio


def show(label):
    def cb(fut):
        if fut.cancelled():
            print(label, "saw a cancelled future")
        elif fut.exception() is not None:
            print(label, "saw exception", repr(fut.exception()))
        else:
            print(label, "saw result", fut.result())
    return cb


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    first = show("first")
    fut.add_done_callback(first)
    fut.add_done_callback(show("second"))
    fut.add_done_callback(first)
    print("removed", fut.remove_done_callback(first))
    print("removed", fut.remove_done_callback(first))
    loop.call_later(0.05, fut.set_result, "value")
    print("await ->", await fut)
    await asyncio.sleep(0)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    err = loop.create_future()
    err.add_done_callback(show("err"))
    err.set_exception(KeyError("missing"))
    await asyncio.sleep(0)
    try:
        await err
    except KeyError as e:
        print("await raised", repr(e))
    try:
        err.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    # Exception classes are instantiated; StopIteration is refused.
    f2 = loop.create_future()
    f2.set_exception(ValueError)
    print(repr(f2.exception()))
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration("no"))
    except TypeError as e:
        print("TypeError:", e)

    c = loop.create_future()
    c.add_done_callback(show("cancel"))
    print(c.cancel("why"), c.cancel())
    await asyncio.sleep(0)
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    # A callback added to a done future is scheduled at once, not called inline.
    fut.add_done_callback(show("late"))
    print("added late callback")
    await asyncio.sleep(0)
    print(asyncio.isfuture(fut), asyncio.isfuture(42))


asyncio.run(main())
