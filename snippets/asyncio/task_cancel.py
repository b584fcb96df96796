# Cancelling tasks: CancelledError inside, cancelled() outside.
import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "cleanup")


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "swallowed"


async def main():
    t = asyncio.create_task(forever("t"))
    await asyncio.sleep(0.03)
    print(t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled(), t.done())
    print(t.cancel())
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    u = asyncio.create_task(forever("u"))
    await asyncio.sleep(0)
    u.cancel("stop it")
    try:
        await u
    except asyncio.CancelledError as e:
        print("message", e.args)
    print(issubclass(asyncio.CancelledError, BaseException))
    v = asyncio.create_task(forever("v"))
    await asyncio.sleep(0)
    v.cancel()
    await v


asyncio.run(main())
