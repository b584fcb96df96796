# types.coroutine turns a generator function into one whose generators can
# be awaited: the bridge between generator-based and native coroutines.
import inspect
import types


@types.coroutine
def switch():
    """Yields control to whoever drives the coroutine (an event loop)."""
    reply = yield "switch"
    return reply


async def worker(name):
    print(name, "starting")
    got = await switch()
    print(name, "resumed with", got)
    return name.upper()


coro = worker("w1")
print(inspect.getcoroutinestate(coro))
print("yielded:", coro.send(None))
print(inspect.getcoroutinestate(coro))
print("locals:", inspect.getcoroutinelocals(coro))
try:
    coro.send("hello")
except StopIteration as stop:
    print("returned:", stop.value)
print(inspect.getcoroutinestate(coro))
print(inspect.getcoroutinelocals(coro))


# A minimal round-robin scheduler over native coroutines.
def run(*coros):
    ready = list(coros)
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
        except StopIteration as stop:
            print("finished:", stop.value)
        else:
            ready.append(c)


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    return name


run(counter("a", 2), counter("b", 3))

print(inspect.isawaitable(switch()), inspect.isawaitable(worker))
gen_based = types.coroutine(lambda: None)
print(types.coroutine(worker) is worker)


def plain():
    yield 1


async def bad():
    async def inner():
        return 1

    def delegate():
        return (yield from inner())

    return list(delegate())


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
try:
    types.coroutine(42)
except TypeError as e:
    print("TypeError:", e)
