# Streaming a response: client.stream() returns as soon as the headers are
# in; the body is then read piece by piece with aiter_lines/aiter_bytes
# while the server is still sending it (chunked transfer encoding here).
import asyncio
import gzip

import httpx


async def handle(reader, writer):
    request_line = await reader.readline()
    target = request_line.decode().split(" ")[1]
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    if target == "/gzip":
        body = gzip.compress(b"squeezed " * 50)
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n"
            + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )
    else:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                     b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
        for n in range(1, 4):
            line = f"event {n}: tick\n".encode()
            writer.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
            await writer.drain()
            await asyncio.sleep(0.05)  # the server takes its time
        writer.write(b"0\r\n\r\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        async with client.stream("GET", "/events") as response:
            print(response, response.headers["transfer-encoding"])
            async for line in response.aiter_lines():
                print("got", repr(line))
        print(response.is_closed, response.is_stream_consumed)

        # Reading a streamed body twice is an error.
        try:
            await response.aread()
        except httpx.StreamConsumed as e:
            print(type(e).__name__)

        # Without stream(), the whole body is read before get() returns.
        response = await client.get("/events")
        print(response.text.splitlines())

        # gzip-encoded bodies are decoded on the way in.
        response = await client.get("/gzip")
        print(response.headers["content-encoding"], len(response.content),
              response.text[:18])
        async with client.stream("GET", "/gzip") as response:
            sizes = [len(chunk) async for chunk in response.aiter_bytes(chunk_size=200)]
        print(sizes)

    server.close()
    await server.wait_closed()


asyncio.run(main())
