# Connecting where nobody listens: take a free port by binding a socket,
# close it, then connect there. The error names the port, which changes
# from run to run, so it is printed masked.
import asyncio
import socket


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def masked(error, port):
    return str(error).replace(str(port), "PORT")


async def main():
    port = free_port()

    # asyncio.open_connection: the loop's connect call fails.
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, masked(e, port))
        print("errno:", e.errno, "is OSError:", isinstance(e, OSError))

    # The same through the protocol API.
    loop = asyncio.get_running_loop()
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except OSError as e:
        print(type(e).__name__, masked(e, port))

    # A blocking socket gives the plain errno message.
    with socket.socket() as s:
        try:
            s.connect(("127.0.0.1", port))
        except ConnectionRefusedError as e:
            print(type(e).__name__, e)
        print("connect_ex:", s.connect_ex(("127.0.0.1", port)))

    # Arguments that cannot work.
    for args in [(None, None), ("127.0.0.1", "no-such-service")]:
        try:
            await loop.create_connection(asyncio.Protocol, *args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.open_connection("127.0.0.1", 70000)
    except OverflowError as e:
        print(type(e).__name__, e)


asyncio.run(main())
