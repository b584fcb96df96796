# An HTTPStatusError nobody catches: the program stops with a traceback
# that ends in httpx's message for the 404.
import asyncio

import httpx


async def handle(reader, writer):
    await reader.readline()
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    await writer.drain()
    writer.close()


async def fetch(url):
    async with httpx.AsyncClient() as client:
        response = await client.get(url)
        print("got", response.status_code)
        return response.raise_for_status()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 47803)
    async with server:
        await fetch("http://127.0.0.1:47803/users/42")


asyncio.run(main())
