# sys.exit() inside the main coroutine ends the program with that code;
# asyncio.run still cancels the other tasks first (their finally runs).
import asyncio
import sys

async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print("bg cleanup")

async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0.05)
    print("exiting with code 3")
    sys.exit(3)

asyncio.run(main())
