# After nest_asyncio.apply(), asyncio.run() runs on the current event
# loop instead of a new one, and leaves it open: it can be used again
# with run_until_complete() at the top level.
import asyncio
import nest_asyncio

nest_asyncio.apply()
loop = asyncio.get_event_loop()


async def which_loop():
    return asyncio.get_running_loop()


print("asyncio.run uses the current loop:", asyncio.run(which_loop()) is loop)
print("closed afterwards:", loop.is_closed())
print("running afterwards:", loop.is_running())
print("again:", asyncio.run(which_loop()) is loop)
print("run_until_complete:", loop.run_until_complete(which_loop()) is loop)


# A task left pending at the end of asyncio.run is not cancelled: the
# loop is not shut down.
async def slow():
    await asyncio.sleep(0.01)
    print("slow task finished later")


async def start_slow():
    asyncio.get_running_loop().create_task(slow())
    return "started"

print(asyncio.run(start_slow()))
print(loop.run_until_complete(asyncio.sleep(0.05, "slept")))

# Applying twice is harmless; a loop of another type cannot be patched.
nest_asyncio.apply()
try:
    nest_asyncio.apply(object())
except ValueError as e:
    print("ValueError:", e)
