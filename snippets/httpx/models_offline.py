# httpx's building blocks, no network needed: URLs, query parameters,
# headers, requests and responses made by hand (as tests and mocks do).
import httpx

# URL: parsed, normalised and percent-encoded.
url = httpx.URL("https://Example.COM:443/search path?q=a b#top")
print(repr(url))
print(url.scheme, url.host, url.port, url.path, url.query, url.fragment)
print(url.join("../other?x=1"), url.copy_with(path="/new"))
print(httpx.URL("http://localhost:8000/api").copy_add_param("page", 2))

# QueryParams: a multi-dict, encoded as a form would be.
params = httpx.QueryParams({"tag": ["async", "await"], "q": "event loop", "all": True})
print(params, params["tag"], params.get_list("tag"))
print(params.set("q", "new"), params.remove("tag"), params.merge({"page": 3}))

# Headers: case-insensitive, several values per name allowed.
headers = httpx.Headers({"Content-Type": "application/json", "Authorization": "Bearer x"})
headers["X-Trace"] = "1"
print(headers)
print(headers["content-type"], "AUTHORIZATION" in headers, headers.get("missing", "-"))
multi = httpx.Headers([("Set-Cookie", "a=1"), ("set-cookie", "b=2")])
print(multi["set-cookie"], multi.get_list("set-cookie"), multi)

# A Request as a client would send it.
request = httpx.Request("POST", "http://api.test/items", params={"dry": True},
                        json={"name": "widget", "price": 9.5})
print(request, request.headers["content-type"], request.content)

# A Response made by hand, with the request attached.
response = httpx.Response(201, json={"id": 7}, request=request)
print(response, response.json(), response.headers)
print(response.is_success, response.raise_for_status() is response)

missing = httpx.Response(404, text="not here", request=httpx.Request("GET", "http://api.test/x"))
print(missing, missing.text, missing.encoding)
try:
    missing.raise_for_status()
except httpx.HTTPStatusError as e:
    print(e)

# Timeouts: one number for all four limits, or each set apart.
print(httpx.Timeout(5.0), httpx.Timeout(10, connect=1.5), httpx.Timeout(None))
try:
    httpx.Timeout(connect=1)
except ValueError as e:
    print(type(e).__name__, e)

# The exception hierarchy.
for exc in [httpx.ConnectError, httpx.ReadTimeout, httpx.HTTPStatusError, httpx.InvalidURL]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:-2]])
