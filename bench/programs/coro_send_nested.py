# Coroutines without an event loop: a chain of nested awaits driven by
# send(None), with a generator-based coroutine at the bottom.
import types


@types.coroutine
def pause(value):
    received = yield value
    return received


async def leaf(n):
    total = 0
    for i in range(n):
        total += await pause(i)
    return total


async def middle(n):
    return await leaf(n) + await leaf(n // 2)


async def top(n):
    return await middle(n)


def drive(coro):
    value = None
    try:
        while True:
            got = coro.send(value)
            value = got + 1
    except StopIteration as stop:
        return stop.value


checksum = 0
for k in range(20_000):
    checksum += drive(top(100))
print("checksum:", checksum)
