# Reading a body in pieces: iter_bytes and iter_text with a chunk size, on a
# read response and on a streamed one (a mock transport, no network).
import httpx
def handler(request):
    return httpx.Response(200, content=b"abcdefghij" * 3)
with httpx.Client(transport=httpx.MockTransport(handler)) as c:
    r = c.get("http://x.test/")
    print(list(r.iter_bytes(7)), list(r.iter_bytes()), list(r.iter_text(8)))
    with c.stream("GET", "http://x.test/") as r:
        print(list(r.iter_bytes(4)))
