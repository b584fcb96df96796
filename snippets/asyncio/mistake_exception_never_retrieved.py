# Common mistake: a task fails and nobody awaits it or asks for its exception.
import asyncio


async def background():
    await asyncio.sleep(0.01)
    raise ConnectionError("lost connection")


async def main():
    asyncio.create_task(background(), name="fire-and-forget")
    await asyncio.sleep(0.1)
    print("main finished without noticing")


asyncio.run(main())
print("after run")
