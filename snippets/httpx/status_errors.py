# HTTP error statuses: httpx does not raise for them by itself; the status
# predicates say what happened and raise_for_status() turns 4xx/5xx into
# httpx.HTTPStatusError (and returns the response when all is well).
import asyncio

import httpx

STATUSES = {"/ok": "200 OK", "/missing": "404 Not Found",
            "/teapot": "418 I'm a teapot", "/broken": "500 Internal Server Error"}


async def handle(reader, writer):
    request_line = await reader.readline()
    target = request_line.decode().split(" ")[1]
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    status = STATUSES.get(target, "404 Not Found")
    body = status.encode()
    writer.write(
        f"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body
    )
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for path in STATUSES:
            r = await client.get(path)
            print(r, r.is_success, r.is_client_error, r.is_server_error, r.text)

        # raise_for_status() returns the response itself on success...
        ok = await client.get("/ok")
        print(ok.raise_for_status() is ok)

        # ...and raises HTTPStatusError with the request and response on it.
        r = await client.get("/missing")
        try:
            r.raise_for_status()
        except httpx.HTTPStatusError as e:
            print(type(e).__name__)
            print(str(e).replace(str(port), "PORT"))
            print(e.response.status_code, e.request.method)
            print(isinstance(e, httpx.HTTPError), isinstance(e, httpx.RequestError))

        r = await client.get("/broken")
        try:
            r.raise_for_status()
        except httpx.HTTPError as e:
            print(str(e).splitlines()[0].replace(str(port), "PORT"))

    # httpx.codes names the statuses.
    print(httpx.codes.NOT_FOUND, httpx.codes.NOT_FOUND == 404, repr(httpx.codes.OK))
    print(httpx.codes.get_reason_phrase(503))

    server.close()
    await server.wait_closed()


asyncio.run(main())
