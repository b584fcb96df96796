# A custom loop exception handler sees failing callbacks and lost task errors.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "|", type(exc).__name__, exc)
    print("  keys:", sorted(context))


def failing_callback(x):
    raise ZeroDivisionError(f"callback {x} divided by zero")


async def doomed():
    raise KeyError("never retrieved")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(failing_callback, 7)
    await asyncio.sleep(0.05)
    asyncio.create_task(doomed())
    await asyncio.sleep(0.05)
    loop.call_exception_handler({"message": "by hand"})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    # The default handler writes the report to stderr.
    loop.call_exception_handler({"message": "default report", "exception": ValueError("v"), "extra": [1, 2]})
    loop.call_soon(failing_callback, 8)
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
