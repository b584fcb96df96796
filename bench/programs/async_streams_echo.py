# asyncio streams over loopback: an echo server and concurrent clients that
# send lines and read each echo back (event loop I/O, StreamReader buffering).
import asyncio

CLIENTS = 10
LINES = 1_500


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, k):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    total = 0
    for i in range(LINES):
        writer.write(b"client %d line %d\n" % (k, i))
        await writer.drain()
        total += len(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return total


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        totals = await asyncio.gather(*(client(port, k) for k in range(CLIENTS)))
    return sum(totals)


print("checksum:", asyncio.run(main()))
