# Event: waiters block until another task sets the flag.
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up")
    return name


async def main():
    event = asyncio.Event()
    print(event.is_set(), repr(event).split(" ")[0], "[unset]" in repr(event))
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(0.05)
    print("setting the event")
    event.set()
    print(await asyncio.gather(*tasks))
    print(event.is_set(), "[set]" in repr(event))
    # Waiting on a set event returns True at once.
    print(await event.wait())
    event.clear()
    print(event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.05)
    except asyncio.TimeoutError:
        print("nobody set it again")


asyncio.run(main())
