# An exception in a nested run comes out of the nested asyncio.run()
# call, like a normal function's; uncaught, it ends the program with the
# whole chain of frames.
import asyncio
import nest_asyncio

nest_asyncio.apply()


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


def parse_now(text):
    return asyncio.run(parse(text))


async def main():
    print(parse_now("12"))
    try:
        parse_now("twelve")
    except ValueError as e:
        print("caught:", e)
    print(parse_now("thirteen"))


asyncio.run(main())
