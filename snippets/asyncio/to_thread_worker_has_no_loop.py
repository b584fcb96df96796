# Inside a to_thread worker there is no running event loop (it is another
# "thread"), so asyncio.run works there; run_in_executor takes no keywords.
import asyncio, time
def w():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("worker:", e)
    async def inner():
        await asyncio.sleep(0.01)
        return "inner done"
    return asyncio.run(inner())
async def main():
    print(await asyncio.to_thread(w))
    print(asyncio.get_running_loop().is_running())
    try:
        await asyncio.get_running_loop().run_in_executor(None, sum, [1], start=3)
    except TypeError as e:
        print(e)
asyncio.run(main())
