# What streams and transports show about themselves: reprs of the
# server, the reader, the writer and its transport as the connection
# goes through its states. Port numbers vary from run to run and are
# masked; file descriptor numbers are what the loop's own ones leave.
import asyncio
import re


def masked(obj, port):
    # Both the server's port and the client's own (ephemeral) one.
    return re.sub(r"'127\.0\.0\.1', \d+", "'127.0.0.1', PORT", repr(obj))


async def handle(reader, writer):
    await reader.read()  # until the client closes
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(masked(server, port))

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(masked(writer, port))
    print(masked(reader, port))
    print(masked(writer.get_extra_info("socket"), port))
    print(writer.get_extra_info("sockname")[0], writer.get_extra_info("peername")[1] == port)

    writer.transport.pause_reading()
    print(masked(writer.transport, port))
    writer.transport.resume_reading()

    writer.close()
    print(masked(writer.transport, port))
    await writer.wait_closed()
    print(masked(writer.transport, port))
    print(masked(reader, port))

    server.close()
    await server.wait_closed()
    print(server)


asyncio.run(main())
