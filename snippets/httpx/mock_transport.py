# Testing code that uses httpx without a server: httpx.MockTransport calls
# a function for every request, and that function returns the Response.
# Here it stands in for a small users API, used with the blocking
# httpx.Client and with httpx.AsyncClient.
import asyncio
import json

import httpx

USERS = {1: {"id": 1, "name": "Ada"}, 2: {"id": 2, "name": "Grace"}}


def api(request):
    """The fake server: routes on method and path."""
    path = request.url.path
    if path == "/old-users":
        return httpx.Response(301, headers={"Location": "/users"})
    if path == "/users" and request.method == "GET":
        limit = int(request.url.params.get("limit", "10"))
        return httpx.Response(200, json=list(USERS.values())[:limit])
    if path == "/users" and request.method == "POST":
        user = json.loads(request.content)
        user["id"] = len(USERS) + 1
        return httpx.Response(201, json=user, headers={"Location": f"/users/{user['id']}"})
    if path.startswith("/users/"):
        user = USERS.get(int(path.rsplit("/", 1)[1]))
        if user is None:
            return httpx.Response(404, json={"detail": "Not Found"})
        return httpx.Response(200, json=user)
    return httpx.Response(404)


transport = httpx.MockTransport(api)
with httpx.Client(transport=transport, base_url="https://api.example.org") as client:
    r = client.get("/users", params={"limit": 1})
    print(r, r.json(), r.request.url)
    r = client.post("/users", json={"name": "Linus"})
    print(r.status_code, r.reason_phrase, r.json(), r.headers["location"])
    print(client.get("/users/2").json()["name"])

    r = client.get("/users/9")
    print(r, r.json())
    try:
        r.raise_for_status()
    except httpx.HTTPStatusError as e:
        print(e)

    r = client.get("/old-users")
    print(r, r.next_request)
    r = client.get("/old-users", follow_redirects=True)
    print(r, [h.status_code for h in r.history], len(r.json()))


async def async_api(request):
    await asyncio.sleep(0.01)  # a handler for AsyncClient may be async
    return api(request)


async def main():
    async with httpx.AsyncClient(transport=httpx.MockTransport(async_api),
                                 base_url="https://api.example.org") as client:
        users = await asyncio.gather(*(client.get(f"/users/{n}") for n in (1, 2, 3)))
        print([(r.status_code, r.json().get("name")) for r in users])


asyncio.run(main())
