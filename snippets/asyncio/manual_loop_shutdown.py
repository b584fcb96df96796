# The manual event-loop pattern: run_until_complete, then shutdown_asyncgens
# and shutdown_default_executor before close (task numbers count them).
import asyncio

async def ticker():
    try:
        for i in range(3):
            yield i
    finally:
        print("ticker closed")

async def main():
    async for i in ticker():
        print("tick", i)
    t = asyncio.current_task()
    print(t.get_name())
    return "done"

loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(main()))
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
print(loop.is_closed())
print(asyncio.run(main()))
