# Sending data with httpx: query parameters, JSON and form bodies, custom
# headers and a base_url, against a server that echoes what it received.
import asyncio
import json

import httpx


async def handle(reader, writer):
    request_line = await reader.readline()
    method, target, _ = request_line.decode().split(" ", 2)
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    echo = {
        "method": method,
        "target": target,
        "content-type": headers.get("content-type"),
        "x-request-id": headers.get("x-request-id"),
        "user-agent": headers.get("user-agent"),
        "body": body.decode(),
    }
    payload = json.dumps(echo).encode()
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n".encode()
        + payload
    )
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    # base_url: every request path is relative to it.
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}/api") as client:
        # params= builds the query string (spaces become '+', True 'true').
        r = await client.get("/search", params={"q": "event loop", "page": 2, "all": True})
        print(r.json()["target"])

        # json= sends a JSON body with Content-Type: application/json.
        r = await client.post("/posts", json={"title": "hello", "tags": ["a", "b"]})
        echo = r.json()
        print(echo["method"], echo["content-type"])
        print(echo["body"])

        # data= sends an HTML form body.
        r = await client.post("/login", data={"user": "ada", "password": "s3cret!"})
        print(r.json()["content-type"], r.json()["body"])

        # content= sends raw bytes (or text) as they are.
        r = await client.put("/raw", content=b"\x00binary")
        print(r.json()["method"], repr(r.json()["body"]))

        # Extra headers for one request; httpx's own User-Agent otherwise.
        r = await client.delete("/posts/7", headers={"X-Request-ID": "abc-123"})
        print(r.json()["method"], r.json()["target"], r.json()["x-request-id"])
        print(r.json()["user-agent"])

        # The request that was sent is kept on the response.
        print(r.request.method, str(r.request.url).replace(str(port), "PORT"))
        print(r.request.headers["x-request-id"])

    server.close()
    await server.wait_closed()


asyncio.run(main())
