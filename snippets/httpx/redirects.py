# Redirects: a Client does not follow them unless asked. Without
# follow_redirects the 3xx response comes back with .next_request ready;
# with it, the final response keeps the hops in .history.
import asyncio

import httpx

PAGES = {
    "/old": ("301 Moved Permanently", "/new"),
    "/new": ("302 Found", "/final?via=new"),
    "/loop": ("302 Found", "/loop"),
}


async def handle(reader, writer):
    request_line = await reader.readline()
    method, target, _ = request_line.decode().split(" ", 2)
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    path = target.split("?")[0]
    if path in PAGES:
        status, location = PAGES[path]
        head = f"HTTP/1.1 {status}\r\nLocation: {location}\r\nContent-Length: 0\r\n"
        body = b""
    else:
        body = f"{method} {target}".encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n"
    writer.write((head + "Connection: close\r\n\r\n").encode() + body)
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    def show(url):
        return str(url).replace(str(port), "PORT")

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        r = await client.get("/old")
        print(r, r.is_redirect, r.headers["location"])
        print(show(r.next_request.url))

        r = await client.get("/old", follow_redirects=True)
        print(r, r.text, show(r.url))
        print([(h.status_code, show(h.url)) for h in r.history])

        try:
            await client.get("/loop", follow_redirects=True)
        except httpx.TooManyRedirects as e:
            print(type(e).__name__, e)

    # follow_redirects=True on the client applies to every request.
    async with httpx.AsyncClient(follow_redirects=True) as client:
        r = await client.get(f"http://127.0.0.1:{port}/new")
        print(r.status_code, r.text, len(r.history))

    server.close()
    await server.wait_closed()


asyncio.run(main())
