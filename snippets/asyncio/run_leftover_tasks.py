# When main returns, asyncio.run cancels the tasks still running and waits
# for their cleanup; a task whose cleanup fails is reported on stderr.
import asyncio


async def background(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("background", n, "cleanup")


async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        raise ValueError("cleanup failed")


async def main():
    # (Only one task prints: the order leftovers are cancelled in is a set's.)
    asyncio.create_task(background(1))
    asyncio.create_task(bad_cleanup(), name="bad-cleanup")
    await asyncio.sleep(0.05)
    print("main returns with", len(asyncio.all_tasks()) - 1, "tasks pending")
    return "main result"


print(asyncio.run(main()))
print("after run")
