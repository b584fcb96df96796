# Timeouts: httpx waits 5 seconds by default; a shorter timeout= makes a
# slow server raise httpx.ReadTimeout, one of the TimeoutException kinds.
import asyncio

import httpx


async def handle(reader, writer):
    request_line = await reader.readline()
    target = request_line.decode().split(" ")[1]
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    if target == "/slow":
        await asyncio.sleep(0.5)  # longer than the client waits
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndone")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"

    async with httpx.AsyncClient() as client:
        print(client.timeout)
    print(httpx.Timeout(10.0, connect=2.0))

    async with httpx.AsyncClient(base_url=base, timeout=0.1) as client:
        print((await client.get("/fast")).text)
        try:
            await client.get("/slow")
        except httpx.TimeoutException as e:
            print(type(e).__name__, repr(str(e)))
            print(isinstance(e, httpx.ReadTimeout), isinstance(e, httpx.TransportError))
            print(e.request.method, e.request.url.path)

        # A per-request timeout overrides the client's.
        r = await client.get("/slow", timeout=2.0)
        print(r.status_code, r.text)

    await asyncio.sleep(0.6)  # let the first slow handler finish
    server.close()
    await server.wait_closed()


asyncio.run(main())
