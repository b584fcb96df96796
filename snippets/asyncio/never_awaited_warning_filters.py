# The "coroutine ... was never awaited" RuntimeWarning goes through the
# warnings filters: "ignore" silences it, "error" turns it into an
# "Exception ignored in" report (the coroutine is being freed, so the
# exception cannot propagate).
import asyncio
import warnings


async def save(record):
    await asyncio.sleep(0)
    print("saved", record)


save("a")                      # warned once for this line

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    save("b")                  # silenced

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    save("c")
print([str(w.message) for w in seen], seen[0].category.__name__)

warnings.simplefilter("error", RuntimeWarning)
save("d")                      # Exception ignored in: <coroutine object save ...>
print("still running")
