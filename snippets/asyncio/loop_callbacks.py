# Low-level scheduling: call_soon, call_later, call_at with run_forever/stop.
import asyncio

loop = asyncio.new_event_loop()
events = []


def note(what, *args):
    events.append(what)
    print("callback", what, args)


loop.call_soon(note, "soon-1")
loop.call_soon(note, "soon-2", 1, 2)
loop.call_later(0.1, note, "later-0.1")
h = loop.call_later(0.15, note, "cancelled")
start = loop.time()
loop.call_at(start + 0.2, note, "at+0.2")
loop.call_later(0.3, loop.stop)
print(type(h).__name__, h.cancelled())
h.cancel()
print("cancelled:", h.cancelled(), "when is a float:", isinstance(h.when(), float))
print("running before:", loop.is_running())
loop.run_forever()
print("running after:", loop.is_running())
print(events)
print("elapsed >= 0.3:", loop.time() - start >= 0.3)

# stop() called from a callback before run_forever: one iteration then stop.
loop.call_soon(note, "again")
loop.stop()
loop.run_forever()
print(events[-1])

# A callback that raises is reported through the exception handler.
def bad():
    raise ValueError("bad callback")

loop.set_exception_handler(lambda lp, ctx: print("handler got:", ctx["message"], repr(ctx["exception"])))
loop.call_soon(bad)
loop.call_soon(loop.stop)
loop.run_forever()

loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
