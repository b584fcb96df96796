# Building requests offline: how params= combines with the URL and the
# client, base_url joining, and the errors for misspelt keyword arguments.
import asyncio
import httpx
print(httpx.Client(base_url='http://x.test').base_url, httpx.Client(base_url='http://x.test/a').base_url)
print(httpx.Request('GET', 'http://x.test/a?x=1', params={'y': 2}).url)
print(httpx.Client().build_request('GET', 'http://x.test/a?x=1', params={'y': 2}).url)
print(httpx.Client(params={'c':1}).build_request('GET', 'http://x.test/a?x=1').url)
print(httpx.Client(params={'c':1}).build_request('GET', 'http://x.test/a?x=1', params={'y':2}).url)
print(httpx.Client().build_request('GET', 'http://x.test/a?x=1', params={}).url)
print(httpx.Client(base_url='http://x.test').build_request('GET', '/p').url)
print(httpx.Client(base_url='http://x.test/api').build_request('GET', 'p/q').url)
for f in [lambda: httpx.Client().get("http://x.test", timout=3), lambda: httpx.Client().post("http://x.test", jsn=1),
          lambda: httpx.get("http://x.test", timout=3), lambda: httpx.post("http://x.test", jsn=3),
          lambda: httpx.Client(proxies="x"), lambda: httpx.AsyncClient(app=1), lambda: httpx.delete("u", json=1),
          lambda: httpx.Client().delete("u", json=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
async def main():
    async with httpx.AsyncClient() as c:
        try:
            await c.get("http://x.test", timout=3)
        except TypeError as e:
            print(e)
asyncio.run(main())
