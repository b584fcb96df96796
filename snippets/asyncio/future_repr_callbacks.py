# Future and task reprs list done callbacks (cb=[...]) and what a task waits for.
import asyncio


def on_done(fut):
    print("on_done got", fut.result())


class Reporter:
    def __call__(self, fut):
        print("Reporter called")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    fut.add_done_callback(on_done)
    print(repr(fut))
    fut.add_done_callback(print)
    print(repr(fut))
    fut.add_done_callback(on_done)
    fut.add_done_callback(Reporter())
    print(repr(fut))

    async def waiter():
        return await fut

    t = asyncio.create_task(waiter(), name="waiter")
    await asyncio.sleep(0)
    print(repr(t))
    fut.remove_done_callback(print)
    fut.set_result("ok")
    print(repr(fut))
    print(await t)

    # call_later / call_at argument errors
    for delay in (None, "soon"):
        try:
            loop.call_later(delay, print)
        except TypeError as e:
            print("TypeError:", e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print("TypeError:", e)
    h = loop.call_later(0.05, on_done, fut)
    text = repr(h)
    print(text[:text.index(" when=")], text[text.index(" on_done"):])
    h.cancel()
    print(repr(h).split(" when=")[0], h.cancelled())
    h2 = loop.call_soon(print, "from call_soon")
    print(repr(h2))
    await asyncio.sleep(0.05)


asyncio.run(main())
