# GET a JSON document with httpx.AsyncClient from a small server started in
# the same program (asyncio.start_server on a free port of 127.0.0.1).
import asyncio
import json

import httpx

POSTS = {1: {"id": 1, "title": "Coroutines pause", "tags": ["async", "await"]}}


async def handle(reader, writer):
    """A tiny HTTP/1.1 server: one request per connection."""
    request_line = await reader.readline()
    method, target, _ = request_line.decode().split(" ", 2)
    while (await reader.readline()) not in (b"\r\n", b""):
        pass  # skip the request headers
    post_id = int(target.rsplit("/", 1)[-1])
    if post_id in POSTS:
        status, body = "200 OK", json.dumps(POSTS[post_id]).encode()
    else:
        status, body = "404 Not Found", b'{"error": "no such post"}'
    writer.write(
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body
    )
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"

    async with httpx.AsyncClient() as client:
        response = await client.get(f"{base}/posts/1")

    # The response: status, reason, headers (case-insensitive) and body.
    print(response)
    print(response.status_code, response.reason_phrase, response.http_version)
    print(response.headers["content-type"], response.headers["CONTENT-LENGTH"])
    print(str(response.url).replace(str(port), "PORT"))
    print(response.request.method, response.is_success, response.is_error)

    # .json() parses the body; .text and .content give it as str and bytes.
    data = response.json()
    print(data["title"], data["tags"])
    print(type(response.text).__name__, type(response.content).__name__)
    print(len(response.content) == int(response.headers["content-length"]))

    server.close()
    await server.wait_closed()


asyncio.run(main())
