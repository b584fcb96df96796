# A server that never answers and a timeout nobody catches: the traceback
# shows httpx.ReadTimeout and, as its direct cause, the transport's own
# httpcore.ReadTimeout.
import asyncio

import httpx


async def handle(reader, writer):
    await reader.readline()  # reads the request line, then says nothing


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        async with httpx.AsyncClient(timeout=0.2) as client:
            print("asking...")
            await client.get(f"http://127.0.0.1:{port}/never")


asyncio.run(main())
