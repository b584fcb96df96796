# server.serve_forever() runs until its task is cancelled; cancelling
# closes the server. Here a client asks the server to stop.
import asyncio

stop_requested = None  # an asyncio.Event, made in main()


async def handle(reader, writer):
    command = (await reader.readline()).strip()
    print("server got", command)
    writer.write(b"ok\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    if command == b"stop":
        stop_requested.set()


async def send(port, command):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(command + b"\n")
    print("client got", await reader.readline())
    writer.close()
    await writer.wait_closed()


async def main():
    global stop_requested
    stop_requested = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0,
                                        start_serving=False)
    print("serving before serve_forever:", server.is_serving())
    port = server.sockets[0].getsockname()[1]
    serving = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving:", server.is_serving())

    # A second serve_forever on the same server is an error.
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" sockets=")[0])

    await send(port, b"hello")
    await send(port, b"stop")
    await stop_requested.wait()

    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print("serving:", server.is_serving(), "sockets:", server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
