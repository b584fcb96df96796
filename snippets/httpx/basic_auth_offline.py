# Basic authentication through a mock transport: tuples, BasicAuth with str or
# bytes, and credentials in the URL, all encoded as UTF-8.
import httpx
def handler(request):
    return httpx.Response(200, text=request.headers.get("authorization", "none"))
for auth in [("user", "pässword"), httpx.BasicAuth("us€r", "pw"), httpx.BasicAuth(b"bytes", b"pw"), None]:
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as c:
        print(c.get("http://x.test/").text, c.get("http://me:sécret@x.test/").text)
