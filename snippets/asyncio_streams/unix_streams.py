# Streams over a UNIX domain socket: a path in the file system instead
# of a host and port. The temporary directory varies, so it is masked.
import asyncio
import os
import tempfile


async def handle(reader, writer):
    request = await reader.readline()
    writer.write(b"echo: " + request)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "server.sock")

    def masked(value):
        return repr(value).replace(folder, "TMP")

    server = await asyncio.start_unix_server(handle, path)
    print(masked(server))

    reader, writer = await asyncio.open_unix_connection(path)
    print("peername:", masked(writer.get_extra_info("peername")))
    print("sockname:", masked(writer.get_extra_info("sockname")))
    writer.write(b"over a unix socket\n")
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()

    server.close()
    await server.wait_closed()
    print("socket file left behind:", os.path.exists(path))

    # No server at that path any more: the file is there, nobody listens.
    try:
        await asyncio.open_unix_connection(path)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
    os.remove(path)
    try:
        await asyncio.open_unix_connection(path)
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    os.rmdir(folder)


asyncio.run(main())
