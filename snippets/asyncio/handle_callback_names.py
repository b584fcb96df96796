# How handles describe their callbacks: functions with where they were
# defined, bound methods and built-ins by qualified name.
import asyncio
class K:
    def meth(self, x): pass
loop = asyncio.new_event_loop()
fut = loop.create_future()
for cb in [fut.set_result, K().meth, print, len, loop.stop, [].append, lambda: 0]:
    print(repr(loop.call_soon(cb, 1)))
loop.close()
