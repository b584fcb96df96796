# The loop API: get_event_loop at module level, call_soon/call_later/call_at,
# run_forever with stop, futures with callbacks.
import asyncio

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_running())


def cb(name):
    print("callback", name)


loop.call_soon(cb, 1)
loop.call_later(0.02, cb, 3)
loop.call_at(loop.time() + 0.01, cb, 2)
h = loop.call_later(0.01, cb, "cancelled")
h.cancel()
loop.call_later(0.03, loop.stop)
loop.run_forever()

fut = loop.create_future()
print(fut.done(), fut)
fut.add_done_callback(lambda f: print("done callback", f.result()))
loop.call_soon(fut.set_result, 42)
print(loop.run_until_complete(fut))
print(fut)
try:
    fut.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f2 = loop.create_future()
try:
    f2.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f2.set_exception(ValueError("bad"))
print(f2.exception(), f2)
loop.close()
c = asyncio.sleep(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
