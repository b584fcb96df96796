# Fetching several URLs at once: each request pauses at its await while
# the server works, so asyncio.gather runs them concurrently: ten requests
# that take 0.2 s each finish in about 0.2 s, not 2 s.
import asyncio
import time

import httpx


async def handle(reader, writer):
    request_line = await reader.readline()
    target = request_line.decode().split(" ")[1]
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    await asyncio.sleep(0.2)  # a slow backend
    body = f"item {target.rsplit('/', 1)[-1]}".encode()
    writer.write(
        f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        + body
    )
    await writer.drain()
    writer.close()


async def fetch(client, n):
    response = await client.get(f"/items/{n}")
    return response.text


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        start = time.perf_counter()
        texts = await asyncio.gather(*(fetch(client, n) for n in range(10)))
        elapsed = time.perf_counter() - start
        print(texts)
        print("concurrent:", elapsed < 1.0)

        # One after the other, the same requests take ten times as long.
        start = time.perf_counter()
        for n in range(3):
            await fetch(client, n)
        print("sequential:", time.perf_counter() - start >= 0.6)
    server.close()
    await server.wait_closed()


asyncio.run(main())
