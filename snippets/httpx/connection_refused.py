# Nothing listening: connecting fails with httpx.ConnectError, a
# TransportError (so also an httpx.RequestError and httpx.HTTPError).
import asyncio

import httpx


async def main():
    # Take a free port, then stop listening on it.
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()

    async with httpx.AsyncClient() as client:
        try:
            await client.get(f"http://127.0.0.1:{port}/")
        except httpx.ConnectError as e:
            print(type(e).__name__, e)
            print([cls.__name__ for cls in type(e).__mro__[1:5]])
            print(e.request.method, e.request.url.path)

        # Bad URLs are refused before any connection is tried.
        for url in ["ftp://example.org/file", "example.org/index.html"]:
            try:
                await client.get(url)
            except httpx.UnsupportedProtocol as e:
                print(type(e).__name__, e)
        try:
            await client.get("http://127.0.0.1:http/")
        except httpx.InvalidURL as e:
            print(type(e).__name__, e)


asyncio.run(main())
