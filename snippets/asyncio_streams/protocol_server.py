# The lower level under streams: protocols and transports. The loop calls
# a Protocol's methods (connection_made, data_received, eof_received,
# connection_lost); the transport writes and closes.
import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection_made", type(transport).__name__)

    def data_received(self, data):
        print("server: data_received", data)
        self.transport.write(data[::-1])

    def eof_received(self):
        print("server: eof_received")
        self.transport.write(b"bye")
        return False  # False: the transport closes itself

    def connection_lost(self, exc):
        print("server: connection_lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = []

    def connection_made(self, transport):
        print("client: connection_made")
        transport.write(b"hello")

    def data_received(self, data):
        print("client: data_received", data)
        self.received.append(data)

    def eof_received(self):
        print("client: eof_received")

    def connection_lost(self, exc):
        print("client: connection_lost", exc)
        self.done.set_result(b"".join(self.received))


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    done = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: Client(done), "127.0.0.1", port)
    print("create_connection gave", type(protocol).__name__)
    print("can_write_eof:", transport.can_write_eof())
    print("is_closing:", transport.is_closing())
    print("buffer size:", transport.get_write_buffer_size())
    print("peer port matches:", transport.get_extra_info("peername")[1] == port)
    print("unknown extra:", transport.get_extra_info("nothing", "default"))

    await asyncio.sleep(0.05)
    transport.pause_reading()
    print("is_reading after pause:", transport.is_reading())
    transport.resume_reading()
    print("is_reading after resume:", transport.is_reading())

    transport.write_eof()  # half-close: the server sees EOF
    try:
        transport.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        transport.write("text")
    except TypeError as e:
        print("TypeError:", e)

    print("all received:", await done)
    print("is_closing:", transport.is_closing())

    async with server:  # closes the server and waits for it on exit
        print("serving:", server.is_serving())
    print("serving:", server.is_serving())


asyncio.run(main())
