# An echo server and its client in one program: asyncio.start_server
# calls handle_client for each connection with a (reader, writer) pair;
# asyncio.open_connection gives the client its own pair.
import asyncio

handler_done = None  # an asyncio.Event, made in main()


async def handle_client(reader, writer):
    # Each line the client sends comes back upper-cased.
    while True:
        line = await reader.readline()
        if not line:  # b'' at end of stream: the client closed its side
            break
        writer.write(line.upper())
        await writer.drain()  # wait until the data is handed to the OS
    print("server: client done, closing")
    writer.close()
    await writer.wait_closed()
    handler_done.set()


async def main():
    global handler_done
    handler_done = asyncio.Event()
    # Port 0: the OS picks a free port; the server's socket tells which.
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print("serving on", host, "port chosen:", port > 0)
    print("is_serving:", server.is_serving())

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    peer = writer.get_extra_info("peername")
    print("client connected to", peer[0], "same port:", peer[1] == port)
    print("socket family:", writer.get_extra_info("socket").family)

    for message in [b"hello\n", b"asyncio streams\n"]:
        writer.write(message)
        await writer.drain()
        reply = await reader.readline()
        print("sent", message, "got", reply)

    # writelines sends several pieces at once.
    writer.writelines([b"one\n", b"two\n"])
    print(await reader.readline(), await reader.readline())

    writer.close()
    print("client closing:", writer.is_closing())
    await writer.wait_closed()
    await handler_done.wait()  # let the server side finish first

    server.close()
    await server.wait_closed()
    print("is_serving after close:", server.is_serving())


asyncio.run(main())
