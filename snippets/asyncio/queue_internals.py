# Queue storage: a deque for Queue, a heap for PriorityQueue, a list for
# LifoQueue, and a subclass overriding the _init/_put/_get hooks.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [5, 1, 4, 2, 3]:
        pq.put_nowait(item)
    print(str(pq), pq._queue)
    print([pq.get_nowait() for _ in range(5)])
    q = asyncio.Queue()
    q.put_nowait("a"); q.put_nowait("b")
    print(q._queue, str(q))
    lq = asyncio.LifoQueue()
    lq.put_nowait(1); lq.put_nowait(2)
    print(lq._queue, lq.get_nowait())

    class UniqueQueue(asyncio.Queue):
        def _init(self, maxsize):
            self._queue = []
            self._seen = set()
        def _put(self, item):
            if item not in self._seen:
                self._seen.add(item)
                self._queue.append(item)
        def _get(self):
            return self._queue.pop(0)

    uq = UniqueQueue()
    for x in [1, 2, 1, 3, 2]:
        uq.put_nowait(x)
    print(uq.qsize(), [uq.get_nowait() for _ in range(uq.qsize())])
    print(type(q._getters).__name__)

asyncio.run(main())
