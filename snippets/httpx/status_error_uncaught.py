# raise_for_status() on a 404 that nobody catches: the program stops with
# a traceback ending in httpx's message. (The responses are made by hand,
# as in a unit test, so the URL in the message is the same on every run.)
import httpx


def check(response):
    print("status", response.status_code)
    return response.raise_for_status()


request = httpx.Request("GET", "https://api.example.org/users/42")
print(check(httpx.Response(200, json={"id": 42}, request=request)))
check(httpx.Response(404, request=request))
print("not reached")
