# deque errors; the last one is uncaught.
from collections import deque

for attempt in (lambda: deque().popleft(), lambda: deque([1]).remove(2),
                lambda: deque([1])[5], lambda: deque([1]).index(7),
                lambda: deque(maxlen=-1)):
    try:
        attempt()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

queue = deque(["job1"])
print("processing", queue.popleft())
print("processing", queue.pop())
