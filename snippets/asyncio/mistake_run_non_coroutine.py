# Common mistake: passing something other than a coroutine to asyncio.run.
import asyncio


async def main():
    return "ok"


for bad in (main, 42, None, [main()]):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
    if isinstance(bad, list):
        bad[0].close()

try:
    asyncio.create_task(main)
except RuntimeError as e:
    print("RuntimeError:", e)

print(asyncio.run(main()))
asyncio.run(main)
