# Handle reprs and callback error reports abbreviate arguments as reprlib does
# (long strings, big ints, long or deep lists); a failing done callback is
# reported and the next callbacks still run.
import asyncio
loop = asyncio.new_event_loop()
def f(*a): pass
for args in [("x"*40,), ("\n"*20,), ("\n"*8,), (10**50,), (list(range(10)),), ((1,),), ([[[[[[[1]]]]]]],), (3.14159, None, True), (("a"*29),), ({"k": 1},)]:
    print(repr(loop.call_soon(f, *args)))
loop.close()


def bad_cb(fut):
    raise RuntimeError("callback failed for " + fut.get_name())

async def work():
    await asyncio.sleep(0.01)
    return 1

async def main():
    t = asyncio.create_task(work(), name="worker")
    t.add_done_callback(bad_cb)
    t.add_done_callback(lambda f: print("second callback still runs", f.result()))
    await t
    await asyncio.sleep(0.01)
    print("main continues")

asyncio.run(main())
