# await on coroutines, on objects with __await__, and coroutine methods.
import asyncio


async def add(a, b):
    return a + b


async def nested():
    x = await add(1, 2)
    y = await add(x, 10)
    return y * 2


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield from ()
        return self.v


async def main():
    print(await nested())
    print(await Ready("ready"))
    c = add(2, 3)
    print(type(c).__name__, c.cr_running, c.cr_await)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "done"


print(asyncio.run(main()))

# Driving a coroutine by hand.
c = nested()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

c = add(1, 1)
c.close()
print("closed without warning")
