# The event loop's own socket methods: add_reader/add_writer call back
# when a file descriptor is ready; loop.sock_* are coroutines over
# non-blocking sockets.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)

    # add_reader: the callback runs (with its arguments) whenever the fd
    # is readable, until remove_reader.
    got = loop.create_future()

    def on_readable(sock, tag):
        data = sock.recv(100)
        print("readable:", tag, data)
        print("remove_reader:", loop.remove_reader(sock))
        got.set_result(data)

    loop.add_reader(b.fileno(), on_readable, b, "b")
    a.send(b"wake up")
    print("got", await got)
    print("remove_reader again:", loop.remove_reader(b))

    # add_writer: a connected socket is writable at once.
    ready = loop.create_future()
    loop.add_writer(a, lambda: ready.done() or ready.set_result("writable"))
    print(await ready, loop.remove_writer(a))

    # sock_sendall / sock_recv / sock_recv_into.
    await loop.sock_sendall(a, b"through sock_sendall")
    print(await loop.sock_recv(b, 7))
    buf = bytearray(20)
    n = await loop.sock_recv_into(b, buf)
    print(n, bytes(buf[:n]))

    # sock_recv waits until data comes.
    async def later():
        await asyncio.sleep(0.01)
        await loop.sock_sendall(b, b"late data")
    sender = asyncio.create_task(later())
    print(await loop.sock_recv(a, 100))
    await sender

    # sock_accept / sock_connect with a listening socket.
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(server))
    await loop.sock_connect(client, server.getsockname())
    conn, addr = await accepting
    print("accepted the client:", addr == client.getsockname())
    await loop.sock_sendall(conn, b"hi")
    print(await loop.sock_recv(client, 10))

    # Bad file descriptors.
    for fd in (-1, "not a file", None):
        try:
            loop.add_reader(fd, print)
        except ValueError as e:
            print("ValueError:", e)

    for s in (a, b, server, client, conn):
        s.close()


asyncio.run(main())
