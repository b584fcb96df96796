# Common mistake: calling a coroutine function without await.
# The coroutine never runs and Python warns when it is garbage collected.
import asyncio


async def save(data):
    print("saving", data)
    await asyncio.sleep(0.01)


async def main():
    save("report")          # forgot the await: nothing is saved
    print("main continues")
    await save("fixed")     # the right way


asyncio.run(main())
print("done")
