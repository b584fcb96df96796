# An IncompleteReadError nobody catches: the peer closed the connection
# before sending all the bytes readexactly() asked for.
import asyncio


async def handle(reader, writer):
    writer.write(b"9 bytes..")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        header = await reader.readexactly(4)
        print("header:", header)
        try:
            body = await reader.readexactly(100)
        finally:
            writer.close()
            await writer.wait_closed()
        print("never printed", body)


asyncio.run(main())
