# StreamReader's reading methods, fed by hand with feed_data/feed_eof
# (what a transport does with the bytes it receives).
import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"first line\nsecond line\nkey: value;rest")
    reader.feed_eof()

    print(await reader.readline())          # up to and including b'\n'
    print(await reader.readexactly(6))      # exactly 6 bytes
    print(await reader.readuntil(b"\n"))    # up to a separator
    print(await reader.readuntil(b";"))
    print(await reader.read(2))             # at most 2 bytes
    print(await reader.read())              # everything up to EOF
    print("at_eof:", reader.at_eof())
    print(await reader.read(), await reader.readline())  # b'' at EOF

    # readexactly at EOF before n bytes: IncompleteReadError with the
    # partial data.
    reader = asyncio.StreamReader()
    reader.feed_data(b"abc")
    reader.feed_eof()
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e)
        print("partial:", e.partial, "expected:", e.expected)

    # readuntil without the separator before EOF: IncompleteReadError too.
    reader = asyncio.StreamReader()
    reader.feed_data(b"no separator here")
    reader.feed_eof()
    try:
        await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial)

    # A line longer than the reader's limit: LimitOverrunError, the data
    # stays in the buffer.
    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789abcdef\n")
    reader.feed_eof()
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, "consumed:", e.consumed)
    print(await reader.read(4))

    # readline turns the overrun into a ValueError.
    reader = asyncio.StreamReader(limit=4)
    reader.feed_data(b"toolongline\n")
    try:
        await reader.readline()
    except ValueError as e:
        print(type(e).__name__, e)

    # Async iteration yields lines until EOF.
    reader = asyncio.StreamReader()
    reader.feed_data(b"a\nb\nc")
    reader.feed_eof()
    print([line async for line in reader])

    # Bad arguments.
    for bad in (lambda: asyncio.StreamReader(limit=0),
                lambda: reader.readuntil(b"")):
        try:
            r = bad()
            if asyncio.iscoroutine(r):
                await r
        except ValueError as e:
            print(type(e).__name__, e)
    reader = asyncio.StreamReader()
    reader.feed_eof()
    try:
        reader.feed_data(b"late")
    except AssertionError as e:
        print("AssertionError", e)
    print(repr(reader))


asyncio.run(main())
