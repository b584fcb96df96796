# Several clients at once: the server handles each connection in its own
# task, and asyncio.gather runs the clients concurrently. Results come
# back in the order of the gather arguments.
import asyncio

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    number = int(await reader.readline())
    # Answers after a delay that depends on the client, so the replies
    # finish in a different order than the clients started.
    await asyncio.sleep(0.02 * (5 - number))
    writer.write(f"{name} squared is {number * number}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, number, finished):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n{number}\n".encode())
    await writer.drain()
    reply = await reader.readline()
    finished.append(name)
    rest = await reader.read()  # b'': the server closed the connection
    writer.close()
    await writer.wait_closed()
    return reply.decode().strip(), rest


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    finished = []
    async with server:
        results = await asyncio.gather(
            *(client(port, f"client{i}", i, finished) for i in range(1, 5)))
    for r in results:
        print(r)
    print("finished first to last:", finished)


asyncio.run(main())
